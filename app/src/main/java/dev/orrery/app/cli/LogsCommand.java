package dev.orrery.app.cli;

import dev.orrery.runtime.LogListener;
import dev.orrery.runtime.LogOptions;
import dev.orrery.runtime.NodeState;
import dev.orrery.runtime.RunState;
import dev.orrery.runtime.Subscription;
import dev.orrery.runtime.Runtime;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code orrery logs NAME [--step STEP] [-f] [--tail N]}: the logs of a run's steps (their pods'
 * {@code main} containers). Without {@code --step}, every step that ran a pod, one after the other,
 * each line prefixed with the step's name.
 */
@Command(name = "logs", description = "Print the logs of a run's steps (on a cluster: the main container of each step's pod).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the logs were printed", "1:a step's log could not be read to the end",
            "2:usage error, unknown run or step, refusal or no connection"})
public final class LogsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    EngineOptions engine = new EngineOptions();

    @Parameters(index = "0", paramLabel = "NAME", description = "The run's name (local:NAME for this computer's).")
    String name;

    @Option(names = {"-s", "--step"}, paramLabel = "STEP",
            description = "Only this step (its name, e.g. train, or a loop/retry instance such as train(1)).")
    String step;

    @Option(names = {"-f", "--follow"}, description = "Keep printing new lines until the step ends.")
    boolean follow;

    @Option(names = "--tail", paramLabel = "N", description = "Start with the last N lines of each step.")
    int tail;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (tail < 0) {
            return ArgoCli.fail(err, "logs", "--tail must be 0 or more, was " + tail);
        }
        return RunEngines.run("logs", engine, err, engines -> {
            RunEngines.Named named = engines.find(name);
            Runtime runtime = named.runtime();
            RunState run = engines.get(named);
            if (follow && named.local() && !run.phase().isFinished()) {
                throw new RunEngines.Problem("run " + name + " is going in another Orrery process, which follows its"
                        + " logs; without --follow this prints what its steps wrote so far");
            }
            List<NodeState> steps = run.nodes().stream().filter(n -> n.type() == dev.orrery.runtime.NodeType.POD)
                    .filter(n -> step == null || step.equals(n.displayName()) || step.equals(n.stepName()))
                    .toList();
            if (steps.isEmpty()) {
                String ran = named.local() ? "ran a process" : "ran a pod";
                return ArgoCli.fail(err, "logs", step == null ? "run " + name + " has no step that " + ran + " yet"
                        : "run " + name + " has no step '" + step + "' that " + ran + " (steps: " + String.join(", ",
                                run.nodes().stream().filter(n -> n.type().isLeaf() && n.stepName() != null)
                                        .map(NodeState::displayName).distinct().toList()) + ")");
            }
            int code = ExitCodes.OK;
            boolean prefix = steps.size() > 1;
            for (NodeState n : steps) {
                if (!print(runtime, run, n, prefix ? n.displayName() + ": " : "", out, err)) {
                    code = ExitCodes.PROBLEMS;
                }
            }
            return code;
        });
    }

    private boolean print(Runtime runtime, RunState run, NodeState node, String prefix, PrintWriter out,
            PrintWriter err) {
        CompletableFuture<Throwable> end = new CompletableFuture<>();
        LogOptions options = new LogOptions(follow, tail);
        try (Subscription ignored = runtime.logs(run.ref(), node.id(), options, new LogListener() {
            @Override
            public void onLine(String line) {
                synchronized (out) {
                    out.println(prefix + line);
                }
            }

            @Override
            public void onEnd(Throwable error) {
                end.complete(error);
            }
        })) {
            Throwable error = end.get();
            out.flush();
            if (error != null) {
                err.println("orrery logs: " + error.getMessage());
                err.flush();
                return false;
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            return false;
        }
    }
}
