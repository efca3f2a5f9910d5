package dev.orrery.app.cli;

import dev.orrery.runtime.PhaseStyle;
import dev.orrery.runtime.RunRef;
import dev.orrery.runtime.RunState;
import dev.orrery.runtime.local.LocalRuntime;
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
 * {@code orrery runs list|watch|metrics|compare|stop|...}: the runs of this computer (the default) or of
 * a cluster namespace (with cluster options), and the actions on one run (as Argo's own CLI makes them).
 */
@Command(name = "runs", description = {
    "List, follow, compare and control runs (this computer's, or a cluster's with cluster options).",
    "Without options: this computer's runs folder (--runs-dir). With --kubeconfig, --context, -n",
    "(or --cluster for the current context): a cluster's. local:NAME names a run of this computer."},
        subcommands = {RunsCommand.ListRuns.class, RunsCommand.Watch.class, RunsMetricsCommand.class,
            RunsCompareCommand.class, RunsCommand.Action.Stop.class,
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
        EngineOptions engine = new EngineOptions();

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            return RunEngines.run("runs list", engine, err, engines -> {
                if (!engines.clusterSelected() && engines.noLocalRunsFolder()) {
                    err.println("orrery runs list: no runs on this computer yet (no runs folder at "
                            + engines.localRunsFolder() + "); 'orrery run FILE' makes one");
                    err.flush();
                    return ExitCodes.OK;
                }
                List<RunState> runs = engines.selected().list();
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
        EngineOptions engine = new EngineOptions();

        @Parameters(index = "0", paramLabel = "NAME", description = "The run's name (local:NAME for this computer's).")
        String name;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            return RunEngines.run("runs watch", engine, err, engines -> {
                RunEngines.Named run = engines.find(name);
                if (run.local() && !engines.get(run).phase().isFinished()) {
                    throw new RunEngines.Problem("run " + run.ref().runId() + " is going in another Orrery process"
                            + " (the one that started it), which prints its progress; this process cannot follow it");
                }
                return ArgoCli.follow(run.runtime(), run.ref(), out, err);
            });
        }
    }

    /** An action on one run; prints what it did. */
    abstract static class Action implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        EngineOptions engine = new EngineOptions();

        @Parameters(index = "0", paramLabel = "NAME", description = "The run's name (local:NAME for this computer's).")
        String name;

        /** Performs the action; returns the line to print. */
        abstract String perform(RunEngines.Named run, RunEngines engines);

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            return RunEngines.run("runs " + spec.name(), engine, spec.commandLine().getErr(), engines -> {
                out.println(perform(engines.find(name), engines));
                out.flush();
                return ExitCodes.OK;
            });
        }

        /**
         * A local run can be controlled only by the Orrery process running it; this one runs none of them.
         * Says so (or that it has finished) instead of pretending.
         */
        static void refuseLocal(RunEngines.Named run, RunEngines engines, String what) {
            if (!run.local()) {
                return;
            }
            RunState s = engines.get(run);
            if (s.phase().isFinished()) {
                throw new RunEngines.Problem("run " + run.ref().runId() + " already finished (" + s.phase().argoName()
                        + "); nothing to " + what);
            }
            throw new RunEngines.Problem("run " + run.ref().runId() + " is going in another Orrery process (the one"
                    + " that started it); " + what + " it there: Ctrl-C where 'orrery run' prints it, or the monitor's"
                    + " buttons in the desktop app");
        }

        @Command(name = "stop", description = "Stop a run: running steps end, exit handlers still run.")
        static final class Stop extends Action {
            @Override
            String perform(RunEngines.Named run, RunEngines engines) {
                refuseLocal(run, engines, "stop");
                run.runtime().stop(run.ref());
                return run.ref().runId() + " stopping";
            }
        }

        @Command(name = "terminate", description = "Terminate a run at once, without exit handlers.")
        static final class Terminate extends Action {
            @Override
            String perform(RunEngines.Named run, RunEngines engines) {
                refuseLocal(run, engines, "terminate");
                run.runtime().terminate(run.ref());
                return run.ref().runId() + " terminating";
            }
        }

        @Command(name = "suspend", description = "Suspend a run (no new steps start).")
        static final class Suspend extends Action {
            @Override
            String perform(RunEngines.Named run, RunEngines engines) {
                refuseLocal(run, engines, "suspend");
                run.runtime().suspend(run.ref());
                return run.ref().runId() + " suspended";
            }
        }

        @Command(name = "resume", description = "Resume a suspended run, or one waiting at a suspend step.")
        static final class Resume extends Action {
            @Override
            String perform(RunEngines.Named run, RunEngines engines) {
                refuseLocal(run, engines, "resume");
                run.runtime().resume(run.ref());
                return run.ref().runId() + " resumed";
            }
        }

        @Command(name = "retry", description = "Run the failed steps of a failed run again, keeping what succeeded"
                + " (cluster runs; on this computer, resubmit).")
        static final class Retry extends Action {
            @Override
            String perform(RunEngines.Named run, RunEngines engines) {
                return run.runtime().retry(run.ref()).runId() + " retrying";
            }
        }

        @Command(name = "resubmit", description = {"Submit a run's pipeline again as a new run; prints its name.",
            "On this computer the new run goes in this process: it is followed to its end, like 'orrery run'."})
        static final class Resubmit extends Action {
            @Override
            String perform(RunEngines.Named run, RunEngines engines) {
                return run.runtime().resubmit(run.ref()).runId();
            }

            @Override
            public Integer call() {
                PrintWriter out = spec.commandLine().getOut();
                PrintWriter err = spec.commandLine().getErr();
                return RunEngines.run("runs resubmit", engine, err, engines -> {
                    RunEngines.Named run = engines.find(name);
                    if (!run.local()) {
                        out.println(perform(run, engines));
                        out.flush();
                        return ExitCodes.OK;
                    }
                    LocalRuntime local = engines.local();
                    PhaseLines lines = new PhaseLines(out);
                    RunFollower.End end = new RunFollower(local, lines, err).follow(() -> {
                        RunRef again = local.resubmit(run.ref());
                        lines.note("run " + again.runId() + " in " + local.runDirectory(again));
                        return again;
                    });
                    lines.summary(end.last());
                    return end.exitCode();
                });
            }
        }

        @Command(name = "delete", description = "Delete a run (on this computer: a finished run and its folder).")
        static final class Delete extends Action {
            @Override
            String perform(RunEngines.Named run, RunEngines engines) {
                if (run.local() && !engines.get(run).phase().isFinished()) {
                    refuseLocal(run, engines, "stop");
                }
                run.runtime().delete(run.ref());
                return run.ref().runId() + " deleted";
            }
        }
    }
}
