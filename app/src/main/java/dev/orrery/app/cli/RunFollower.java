package dev.orrery.app.cli;

import dev.orrery.runtime.Phase;
import dev.orrery.runtime.RunListener;
import dev.orrery.runtime.RunRef;
import dev.orrery.runtime.RunState;
import dev.orrery.runtime.Runtime;
import dev.orrery.runtime.Subscription;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The one follow loop of the CLI, for every engine ({@code orrery run}, {@code submit --watch},
 * {@code runs watch}, {@code runs resubmit} on this computer): takes the run's snapshots from the
 * runtime's watch, prints them through {@link PhaseLines} until the run finishes or is deleted, and
 * optionally stops the run after a time limit.
 */
final class RunFollower {
    /** How a follow ended: the last snapshot, and whether the run was deleted meanwhile. */
    record End(RunState last, boolean deleted) {
        int exitCode() {
            return !deleted && last.phase() == Phase.SUCCEEDED ? ExitCodes.OK : ExitCodes.PROBLEMS;
        }
    }

    private final Runtime runtime;
    private final PhaseLines lines;
    private final PrintWriter err;
    private Duration timeout;
    private String timeoutText;

    RunFollower(Runtime runtime, PhaseLines lines, PrintWriter err) {
        this.runtime = runtime;
        this.lines = lines;
        this.err = err;
    }

    /** Stops the run (as {@code runs stop} does) once it has gone on this long. */
    RunFollower stopAfter(Duration limit, String asWritten) {
        this.timeout = limit;
        this.timeoutText = asWritten;
        return this;
    }

    /** Subscribes, then runs the action (e.g. submit) and follows the run it returns. */
    End follow(java.util.function.Supplier<RunRef> start) {
        LinkedBlockingQueue<Object> events = new LinkedBlockingQueue<>();
        RunRef[] target = new RunRef[1];
        try (Subscription ignored = runtime.watch(new RunListener() {
            @Override
            public void onRun(RunState state) {
                events.add(state);
            }

            @Override
            public void onRunDeleted(RunRef deleted) {
                events.add(deleted);
            }

            @Override
            public void onConnectionProblem(String problem) {
                if (problem != null) {
                    err.println("orrery: " + problem + " (retrying)");
                    err.flush();
                }
            }
        })) {
            target[0] = start.get();
            return loop(target[0], events);
        }
    }

    /** Follows a run that exists already. */
    End follow(RunRef ref) {
        return follow(() -> ref);
    }

    private End loop(RunRef ref, LinkedBlockingQueue<Object> events) {
        RunState last = runtime.get(ref);
        lines.print(last);
        Instant deadline = timeout == null ? null : Instant.now().plus(timeout);
        try {
            while (!last.phase().isFinished()) {
                Object e = events.poll(200, TimeUnit.MILLISECONDS);
                if (e instanceof RunRef deleted && deleted.equals(ref)) {
                    err.println("orrery: run " + ref.runId() + " was deleted");
                    err.flush();
                    return new End(last, true);
                }
                if (e instanceof RunState s && s.ref().equals(ref) && s.revision() >= last.revision()) {
                    last = s;
                    lines.print(s);
                }
                if (deadline != null && Instant.now().isAfter(deadline)) {
                    deadline = null;
                    lines.note("--timeout of " + timeoutText + " reached; stopping the run");
                    runtime.stop(ref);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            runtime.terminate(ref);
            return new End(runtime.get(ref), false);
        }
        return new End(last, false);
    }
}
