package dev.orrery.app.cli;

import dev.orrery.runtime.argo.ConnectionOptions;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;

/** The options that say which cluster, namespace and argo-server the Argo commands talk to. */
public final class ClusterOptions {
    @Option(names = "--kubeconfig", paramLabel = "FILE",
            description = "The kubeconfig (default: $KUBECONFIG, then ~/.kube/config).")
    Path kubeconfig;

    @Option(names = "--context", paramLabel = "CONTEXT", description = "The kubeconfig context (default: the current one).")
    String context;

    @Option(names = {"-n", "--namespace"}, paramLabel = "NAMESPACE",
            description = "The namespace of the runs (default: the context's, else 'default').")
    String namespace;

    @Option(names = "--argo-server", paramLabel = "URL",
            description = "argo-server's URL, e.g. https://localhost:2746; artifacts are then downloaded through it.")
    URI argoServer;

    @Option(names = "--argo-token", paramLabel = "TOKEN", defaultValue = "${env:ARGO_TOKEN}",
            description = "argo-server's token (default: $ARGO_TOKEN; see 'argo auth token').")
    String argoToken;

    @Option(names = "--artifact-endpoint", paramLabel = "URL",
            description = "Use this S3 endpoint instead of the artifact repository's (e.g. a port-forward).")
    URI artifactEndpoint;

    @Option(names = "--controller-namespace", paramLabel = "NAMESPACE",
            description = "Where the workflow-controller's config map is (default: argo).")
    String controllerNamespace;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "10s", converter = DurationOption.class,
            description = "How long to wait for the cluster to answer before giving up: 500ms, 10s, 2m (default: 10s).")
    Duration timeout;

    ConnectionOptions toConnectionOptions() {
        return new ConnectionOptions(kubeconfig, context, namespace, argoServer,
                argoToken == null || argoToken.isBlank() ? null : argoToken, controllerNamespace, artifactEndpoint,
                timeout);
    }
}
