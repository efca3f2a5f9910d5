package dev.orrery.app.cli;

import dev.orrery.core.text.DurationText;
import dev.orrery.runtime.RunNotFoundException;
import dev.orrery.runtime.RunRef;
import dev.orrery.runtime.RunState;
import dev.orrery.runtime.RuntimeFailure;
import dev.orrery.runtime.UnsupportedRunOperationException;
import dev.orrery.runtime.argo.ArgoRuntime;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;

/** What the Argo commands share: opening the runtime, turning failures into messages and exit codes, following a run. */
final class ArgoCli {
    private ArgoCli() {
    }

    /** The body of a command, given an open runtime; returns the exit code. */
    interface Body {
        int run(ArgoRuntime runtime);
    }

    /**
     * Opens the runtime for the options and runs the body. Failures the user can act on (RBAC,
     * connection, unknown run, unsupported action) print one line and exit 2, never a stack trace.
     */
    static int withRuntime(String command, ClusterOptions cluster, PrintWriter err, Body body) {
        try (ArgoRuntime runtime = new ArgoRuntime(cluster.toConnectionOptions())) {
            return body.run(runtime);
        } catch (RunNotFoundException e) {
            return fail(err, command, "no run named " + e.ref().runId() + in(cluster));
        } catch (RuntimeFailure | UnsupportedRunOperationException | IllegalArgumentException e) {
            if (System.getenv("ORRERY_DEBUG") != null) {
                e.printStackTrace(err);
            }
            return fail(err, command, e.getMessage());
        }
    }

    private static String in(ClusterOptions cluster) {
        return cluster.namespace == null ? "" : " in namespace " + cluster.namespace;
    }

    static int fail(PrintWriter err, String command, String message) {
        err.println("orrery " + command + ": " + message);
        err.flush();
        return ExitCodes.USAGE;
    }

    static RunRef ref(ArgoRuntime runtime, String name) {
        return new RunRef(runtime.id(), name);
    }

    /**
     * Follows the run to its end with the shared follow loop and phase lines; returns 0 when it
     * succeeded, 1 when it failed, errored or was deleted.
     */
    static int follow(dev.orrery.runtime.Runtime runtime, RunRef ref, PrintWriter out, PrintWriter err) {
        PhaseLines lines = new PhaseLines(out);
        RunFollower.End end = new RunFollower(runtime, lines, err).follow(ref);
        if (!end.deleted()) {
            lines.summary(end.last());
        }
        return end.exitCode();
    }

    static String duration(RunState s) {
        Duration d = s.duration(Instant.now());
        return DurationText.of(d);
    }
}
