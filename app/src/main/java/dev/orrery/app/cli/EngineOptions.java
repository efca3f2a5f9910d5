package dev.orrery.app.cli;

import dev.orrery.runtime.local.LocalRuntime;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Which engine's runs a command reads: this computer's (the default) or a cluster's. Any cluster option
 * ({@code --kubeconfig}, {@code --context}, {@code -n}, {@code --argo-server}, {@code --artifact-endpoint},
 * {@code --controller-namespace}) or {@code --cluster} selects the cluster; otherwise the runs under
 * {@code --runs-dir} (default {@code $ORRERY_HOME/runs} or {@code ~/.orrery/runs}) are read.
 */
public final class EngineOptions {
    @Mixin
    ClusterOptions cluster = new ClusterOptions();

    @Option(names = "--cluster",
            description = "Read the runs of the cluster of the current kubeconfig context (any cluster option does too).")
    boolean onCluster;

    @Option(names = "--runs-dir", paramLabel = "DIR",
            description = "This computer's runs folder (default: $ORRERY_HOME/runs or ~/.orrery/runs).")
    Path runsDir;

    /** True when the command reads a cluster's runs. */
    boolean cluster() {
        return onCluster || cluster.kubeconfig != null || cluster.context != null || cluster.namespace != null
                || cluster.argoServer != null || cluster.artifactEndpoint != null || cluster.controllerNamespace != null;
    }

    /** This computer's runs folder as the options choose it. */
    Path localRunsDir() {
        return runsDir != null ? runsDir : LocalRuntime.defaultRunsDir();
    }
}
