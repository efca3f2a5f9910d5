package dev.orrery.app.cli;

import dev.orrery.runtime.PhaseStyle;
import dev.orrery.runtime.RunRef;
import dev.orrery.runtime.RunState;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code orrery runs list|watch NAME|stop NAME|...}: the runs of a namespace on Argo Workflows, and the
 * actions on one run (as Argo's own CLI makes them).
 */
@Command(name = "runs", description = "List, follow and control the runs of a namespace on Argo Workflows.",
        subcommands = {RunsCommand.ListRuns.class, RunsCommand.Watch.class, RunsCommand.Action.Stop.class,
            RunsCommand.Action.Terminate.class, RunsCommand.Action.Suspend.class, RunsCommand.Action.Resume.class,
            RunsCommand.Action.Retry.class, RunsCommand.Action.Resubmit.class, RunsCommand.Action.Delete.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done (watch: the run succeeded)", "1:watch: the run failed",
            "2:usage error, unknown run, refusal or no connection"})
public final class RunsCommand implements Callable<Integer> {
    private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    @Spec
    CommandSpec spec;

    /** Without a subcommand: usage, and exit 2. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    /** {@code runs list}: one line per run, newest first. */
    @Command(name = "list", description = "List the runs, newest first: name, phase, progress, start, duration.")
    static final class ListRuns implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ClusterOptions cluster = new ClusterOptions();

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            return ArgoCli.withRuntime("runs list", cluster, spec.commandLine().getErr(), runtime -> {
                List<RunState> runs = runtime.list();
                String format = "%-40s %-10s %-8s %-17s %s";
                out.println(String.format(Locale.ROOT, format, "NAME", "PHASE", "PROGRESS", "STARTED", "DURATION")
                        .stripTrailing());
                for (RunState s : runs) {
                    out.println(String.format(Locale.ROOT, format, s.name(),
                            PhaseStyle.of(s.phase()).cliSymbol() + " " + s.phase().argoName(), s.progress(),
                            s.startedAt() == null ? "-" : STARTED.format(s.startedAt()), ArgoCli.duration(s)));
                }
                out.flush();
                return ExitCodes.OK;
            });
        }
    }

    /** {@code runs watch NAME}: follows one run to its end. */
    @Command(name = "watch", description = "Follow a run until it ends, printing each step's phase changes.")
    static final class Watch implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ClusterOptions cluster = new ClusterOptions();

        @Parameters(index = "0", paramLabel = "NAME", description = "The run (Workflow) name.")
        String name;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            return ArgoCli.withRuntime("runs watch", cluster, err,
                    runtime -> ArgoCli.follow(runtime, ArgoCli.ref(runtime, name), out, err));
        }
    }

    /** An action on one run; prints what it did. */
    abstract static class Action implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ClusterOptions cluster = new ClusterOptions();

        @Parameters(index = "0", paramLabel = "NAME", description = "The run (Workflow) name.")
        String name;

        abstract String perform(dev.orrery.runtime.argo.ArgoRuntime runtime, RunRef ref);

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            return ArgoCli.withRuntime("runs " + spec.name(), cluster, spec.commandLine().getErr(), runtime -> {
                out.println(perform(runtime, ArgoCli.ref(runtime, name)));
                out.flush();
                return ExitCodes.OK;
            });
        }

        @Command(name = "stop", description = "Stop a run: running steps end, exit handlers still run.")
        static final class Stop extends Action {
            @Override
            String perform(dev.orrery.runtime.argo.ArgoRuntime runtime, RunRef ref) {
                runtime.stop(ref);
                return ref.runId() + " stopping";
            }
        }

        @Command(name = "terminate", description = "Terminate a run at once, without exit handlers.")
        static final class Terminate extends Action {
            @Override
            String perform(dev.orrery.runtime.argo.ArgoRuntime runtime, RunRef ref) {
                runtime.terminate(ref);
                return ref.runId() + " terminating";
            }
        }

        @Command(name = "suspend", description = "Suspend a run (no new steps start).")
        static final class Suspend extends Action {
            @Override
            String perform(dev.orrery.runtime.argo.ArgoRuntime runtime, RunRef ref) {
                runtime.suspend(ref);
                return ref.runId() + " suspended";
            }
        }

        @Command(name = "resume", description = "Resume a suspended run, or one waiting at a suspend step.")
        static final class Resume extends Action {
            @Override
            String perform(dev.orrery.runtime.argo.ArgoRuntime runtime, RunRef ref) {
                runtime.resume(ref);
                return ref.runId() + " resumed";
            }
        }

        @Command(name = "retry", description = "Run the failed steps of a failed run again, keeping what succeeded.")
        static final class Retry extends Action {
            @Override
            String perform(dev.orrery.runtime.argo.ArgoRuntime runtime, RunRef ref) {
                return runtime.retry(ref).runId() + " retrying";
            }
        }

        @Command(name = "resubmit", description = "Submit a run's workflow again as a new run; prints its name.")
        static final class Resubmit extends Action {
            @Override
            String perform(dev.orrery.runtime.argo.ArgoRuntime runtime, RunRef ref) {
                return runtime.resubmit(ref).runId();
            }
        }

        @Command(name = "delete", description = "Delete a run.")
        static final class Delete extends Action {
            @Override
            String perform(dev.orrery.runtime.argo.ArgoRuntime runtime, RunRef ref) {
                runtime.delete(ref);
                return ref.runId() + " deleted";
            }
        }
    }
}
