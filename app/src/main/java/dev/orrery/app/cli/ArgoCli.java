package dev.orrery.app.cli;

import dev.orrery.core.text.DurationText;
import dev.orrery.runtime.NodeState;
import dev.orrery.runtime.Phase;
import dev.orrery.runtime.PhaseStyle;
import dev.orrery.runtime.RunNotFoundException;
import dev.orrery.runtime.RunRef;
import dev.orrery.runtime.RunState;
import dev.orrery.runtime.RuntimeFailure;
import dev.orrery.runtime.Subscription;
import dev.orrery.runtime.UnsupportedRunOperationException;
import dev.orrery.runtime.argo.ArgoRuntime;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

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
     * Prints a line per node phase change of the run until it finishes; returns 0 when it
     * succeeded, 1 when it failed, errored or was deleted.
     */
    static int follow(ArgoRuntime runtime, RunRef ref, PrintWriter out, PrintWriter err) {
        RunState first = runtime.get(ref);
        PhaseLines lines = new PhaseLines(out);
        LinkedBlockingQueue<Object> events = new LinkedBlockingQueue<>();
        try (Subscription ignored = runtime.watch(new dev.orrery.runtime.RunListener() {
            @Override
            public void onRun(RunState state) {
                if (state.ref().equals(ref)) {
                    events.add(state);
                }
            }

            @Override
            public void onRunDeleted(RunRef deleted) {
                if (deleted.equals(ref)) {
                    events.add(deleted);
                }
            }

            @Override
            public void onConnectionProblem(String problem) {
                if (problem != null) {
                    err.println("orrery: " + problem + " (retrying)");
                    err.flush();
                }
            }
        })) {
            lines.print(first);
            RunState last = first;
            while (!last.phase().isFinished()) {
                Object e = events.poll(1, TimeUnit.MINUTES);
                if (e instanceof RunRef) {
                    err.println("orrery: run " + ref.runId() + " was deleted");
                    err.flush();
                    return ExitCodes.PROBLEMS;
                }
                if (e instanceof RunState s && s.revision() >= last.revision()) {
                    last = s;
                    lines.print(s);
                }
            }
            lines.summary(last);
            return last.phase() == Phase.SUCCEEDED ? ExitCodes.OK : ExitCodes.PROBLEMS;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCodes.PROBLEMS;
        }
    }

    static String duration(RunState s) {
        Duration d = s.duration(Instant.now());
        return DurationText.of(d);
    }

    /** Prints each node's phase changes once, with the shared phase symbols. */
    static final class PhaseLines {
        private final PrintWriter out;
        private final Map<String, Phase> seen = new HashMap<>();

        PhaseLines(PrintWriter out) {
            this.out = out;
        }

        void print(RunState s) {
            for (NodeState n : s.nodes()) {
                if (n.stepName() == null || !n.type().isLeaf() || seen.get(n.id()) == n.phase()) {
                    continue;
                }
                seen.put(n.id(), n.phase());
                PhaseStyle style = PhaseStyle.of(n.phase());
                StringBuilder line = new StringBuilder().append(style.cliSymbol()).append(' ')
                        .append(String.format(Locale.ROOT, "%-28s %-9s", n.displayName(), style.label()));
                if (n.phase().isFinished() && n.startedAt() != null && n.finishedAt() != null) {
                    line.append(' ').append(DurationText.of(Duration.between(n.startedAt(), n.finishedAt())));
                }
                if (n.message() != null) {
                    line.append("  ").append(n.message());
                }
                out.println(line.toString().stripTrailing());
            }
            out.flush();
        }

        void summary(RunState s) {
            out.println("run " + s.id() + " " + s.phase().argoName() + (s.message() == null ? "" : ": " + s.message())
                    + " (" + s.progress() + " steps, " + duration(s) + ")");
            out.flush();
        }
    }
}
