package dev.orrery.app.cli;

import dev.orrery.core.text.EditDistance;
import dev.orrery.runtime.RunNotFoundException;
import dev.orrery.runtime.RunRef;
import dev.orrery.runtime.RunState;
import dev.orrery.runtime.Runtime;
import dev.orrery.runtime.RuntimeFailure;
import dev.orrery.runtime.UnsupportedRunOperationException;
import dev.orrery.runtime.argo.ArgoRuntime;
import dev.orrery.runtime.local.LocalRuntime;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The engines a command reads runs from, opened when first needed: this computer's runs (LocalRuntime
 * over the runs folder) and, with cluster options, a cluster's (ArgoRuntime). Names runs as people
 * write them: {@code NAME} is a run of the selected engine, {@code local:NAME} always one of this
 * computer, {@code cluster:NAME} always one of the cluster.
 */
final class RunEngines implements AutoCloseable {
    static final String LOCAL_PREFIX = "local:";
    static final String CLUSTER_PREFIX = "cluster:";

    /** A problem the user can act on; its message is printed as is. */
    static final class Problem extends RuntimeException {
        Problem(String message) {
            super(message);
        }
    }

    /** A run as named on the command line, with the engine that has it. */
    record Named(String asWritten, Runtime runtime, RunRef ref) {
        boolean local() {
            return runtime instanceof LocalRuntime;
        }
    }

    /** The body of a command; returns the exit code. */
    interface Body {
        int run(RunEngines engines);
    }

    private final EngineOptions options;
    private LocalRuntime local;
    private ArgoRuntime argo;

    RunEngines(EngineOptions options) {
        this.options = options;
    }

    /**
     * Runs the body with the engines; failures the user can act on (unknown run, refusal, unsupported
     * action, no connection) print one line {@code orrery COMMAND: message} and exit 2, never a stack trace.
     */
    static int run(String command, EngineOptions options, PrintWriter err, Body body) {
        try (RunEngines engines = new RunEngines(options)) {
            return body.run(engines);
        } catch (Problem e) {
            return ArgoCli.fail(err, command, e.getMessage());
        } catch (RuntimeFailure | UnsupportedRunOperationException | IllegalArgumentException
                | IllegalStateException e) {
            if (System.getenv("ORRERY_DEBUG") != null) {
                e.printStackTrace(err);
            }
            return ArgoCli.fail(err, command, e.getMessage());
        }
    }

    /** The engine the options select: the cluster with cluster options, else this computer. */
    Runtime selected() {
        return options.cluster() ? cluster() : local();
    }

    boolean clusterSelected() {
        return options.cluster();
    }

    LocalRuntime local() {
        if (local == null) {
            local = new LocalRuntime(LocalRuntime.Config.in(options.localRunsDir()));
        }
        return local;
    }

    ArgoRuntime cluster() {
        if (argo == null) {
            argo = new ArgoRuntime(options.cluster.toConnectionOptions());
        }
        return argo;
    }

    /** True when this computer has no runs folder yet (nothing was ever run here). */
    boolean noLocalRunsFolder() {
        return !Files.isDirectory(options.localRunsDir());
    }

    String localRunsFolder() {
        return options.localRunsDir().toString();
    }

    /** The run named so; unknown runs fail with a sentence naming close names. */
    Named find(String written) {
        Runtime runtime;
        String name;
        if (written.startsWith(LOCAL_PREFIX)) {
            runtime = local();
            name = written.substring(LOCAL_PREFIX.length());
        } else if (written.startsWith(CLUSTER_PREFIX)) {
            runtime = cluster();
            name = written.substring(CLUSTER_PREFIX.length());
        } else {
            runtime = selected();
            name = written;
        }
        if (name.isBlank()) {
            throw new Problem("'" + written + "' names no run; write NAME, local:NAME or cluster:NAME");
        }
        RunRef ref = new RunRef(runtime.id(), name);
        try {
            runtime.get(ref);
        } catch (RunNotFoundException e) {
            throw new Problem(unknown(runtime, name));
        }
        return new Named(written, runtime, ref);
    }

    /** The run's current state (a run named by {@link #find} may be deleted meanwhile). */
    RunState get(Named run) {
        try {
            return run.runtime().get(run.ref());
        } catch (RunNotFoundException e) {
            throw new Problem(unknown(run.runtime(), run.ref().runId()));
        }
    }

    private String unknown(Runtime runtime, String name) {
        boolean isLocal = runtime instanceof LocalRuntime;
        String where = isLocal ? " on this computer"
                : options.cluster.namespace == null ? "" : " in namespace " + options.cluster.namespace;
        if (isLocal && noLocalRunsFolder()) {
            return "no run named " + name + ": there are no runs on this computer yet (no runs folder at "
                    + localRunsFolder() + ")";
        }
        List<String> close;
        try {
            close = closeNames(name, runtime.list().stream().map(RunState::id).toList());
        } catch (RuntimeException e) {
            close = List.of();
        }
        return "no run named " + name + where + (close.isEmpty() ? "" : "; did you mean " + String.join(", ", close) + "?");
    }

    /** Up to five names close to the one written: sharing a prefix, containing it, or a few edits away. */
    static List<String> closeNames(String name, List<String> names) {
        String n = name.toLowerCase(Locale.ROOT);
        return names.stream().filter(c -> {
            String l = c.toLowerCase(Locale.ROOT);
            return l.startsWith(n) || l.contains(n) || n.startsWith(l)
                    || EditDistance.between(n, l) <= Math.max(2, n.length() / 3);
        }).sorted(Comparator.comparingInt((String c) -> EditDistance.between(n, c.toLowerCase(Locale.ROOT)))
                .thenComparing(c -> c))
                .limit(5).toList();
    }

    @Override
    public void close() {
        if (local != null) {
            local.close();
        }
        if (argo != null) {
            argo.close();
        }
    }
}
