package dev.orrery.app.cli;

import dev.orrery.core.diag.Diagnostic;
import dev.orrery.core.diag.Severity;
import dev.orrery.core.io.LoadResult;
import dev.orrery.core.io.LoadedDocument;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.text.Counts;
import dev.orrery.runtime.LogOptions;
import dev.orrery.runtime.NodeState;
import dev.orrery.runtime.RunRef;
import dev.orrery.runtime.RunState;
import dev.orrery.runtime.RuntimeFailure;
import dev.orrery.runtime.SubmitOptions;
import dev.orrery.runtime.local.ContainerMode;
import dev.orrery.runtime.local.HostSteps;
import dev.orrery.runtime.local.LocalRuntime;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code orrery run FILE [-p name=value]... [--parallelism N] [--runs-dir DIR]}: runs a pipeline on
 * this computer with the local runner, printing one line per step change, and exits 0 when the run
 * succeeded, 1 when it failed, 2 on usage errors, unreadable files or pipelines with errors.
 */
@Command(name = "run", description = {
    "Run a pipeline on this computer: script steps with their interpreter (python3, bash, sh),",
    "container steps with their command on the host (or in docker/podman with --containers).",
    "Prints a line per step change; logs, outputs and state stay in the run folder."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the run succeeded", "1:the run failed", "2:usage error, unreadable file or invalid pipeline"})
public final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The pipeline file (native or Argo YAML).")
    Path file;

    @Option(names = {"-p", "--parameter"}, paramLabel = "NAME=VALUE",
            description = "Set a workflow parameter (repeatable).")
    Map<String, String> parameters = new LinkedHashMap<>();

    @Option(names = "--parallelism", paramLabel = "N", description = "Most steps running at once (default: cores).")
    Integer parallelism;

    @Option(names = "--runs-dir", paramLabel = "DIR",
            description = "Where run folders go (default: $ORRERY_HOME/runs or ~/.orrery/runs).")
    Path runsDir;

    @Option(names = "--pipeline", paramLabel = "NAME", description = "Which pipeline to run when FILE holds several.")
    String pipelineName;

    @Option(names = "--containers", paramLabel = "MODE",
            description = "Where container and script steps run: host (default), docker or podman.")
    String containers = "host";

    @Option(names = "--timeout", paramLabel = "DURATION",
            description = "Stop the run after this long: 90s, 30m, 2h (or ISO-8601, PT30M).")
    String timeoutText;

    private Duration timeout;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            return run(out, err);
        } catch (Usage e) {
            err.println(e.getMessage());
            err.flush();
            return ExitCodes.USAGE;
        } catch (RuntimeFailure | IllegalArgumentException | IllegalStateException e) {
            err.println("orrery run: " + e.getMessage());
            err.flush();
            return ExitCodes.USAGE;
        }
    }

    /** A usage or input problem, with the message to print. */
    private static final class Usage extends RuntimeException {
        Usage(String message) {
            super(message);
        }
    }

    private int run(PrintWriter out, PrintWriter err) {
        if (parallelism != null && parallelism < 1) {
            throw new Usage("orrery run: --parallelism must be 1 or more, was " + parallelism);
        }
        timeout = timeoutText == null ? null : duration(timeoutText);
        ContainerMode mode = containerMode();
        Pipeline pipeline = load(err, mode);
        if (mode == ContainerMode.HOST) {
            warnHostSteps(HostSteps.of(pipeline), err);
        }
        LocalRuntime.Config config = (runsDir != null ? LocalRuntime.Config.in(runsDir) : LocalRuntime.Config.defaults())
                .withContainerMode(mode);
        try (LocalRuntime runtime = new LocalRuntime(config)) {
            SubmitOptions options = new SubmitOptions(parameters, parallelism == null ? 0 : parallelism, null, Map.of());
            PhaseLines lines = new PhaseLines(out);
            RunFollower follower = new RunFollower(runtime, lines, err);
            if (timeout != null) {
                follower.stopAfter(timeout, timeoutText);
            }
            RunFollower.End end = follower.follow(() -> {
                RunRef ref = runtime.submit(pipeline, options);
                lines.note("run " + ref.runId() + " in " + runtime.runDirectory(ref));
                return ref;
            });
            RunState last = finalState(runtime, end.last());
            lines.print(last);
            lines.summary(last);
            failedLogs(runtime, last, out);
            return end.exitCode();
        }
    }

    /** The state once state.json is written (the last snapshot may come before the run's thread ends). */
    private static RunState finalState(LocalRuntime runtime, RunState last) {
        try {
            return runtime.completion(last.ref()).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return last;
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            return last;
        }
    }

    private static Duration duration(String text) {
        var m = java.util.regex.Pattern.compile("(\\d+)(ms|s|m|h)").matcher(text.trim());
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                default -> Duration.ofHours(n);
            };
        }
        try {
            return Duration.parse(text.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new Usage("orrery run: --timeout takes a duration such as 90s, 30m or 2h, not '" + text + "'");
        }
    }

    /** Says which steps run with this computer's programs instead of in their image, before they run. */
    static void warnHostSteps(List<HostSteps.HostStep> steps, PrintWriter err) {
        if (steps.isEmpty()) {
            return;
        }
        String engine = ContainerMode.detect().map(m -> "--containers " + m.cli() + " runs them in their images")
                .orElse("--containers docker|podman runs them in their images where one is installed");
        err.println("orrery run: warning: " + Counts.of(steps.size(), "step") + " will run on this computer,"
                + " not in " + (steps.size() == 1 ? "its image" : "their images")
                + "; what an image brings (python packages, tools) must be installed here (" + engine + "):");
        steps.forEach(s -> err.println("  " + s));
        err.flush();
    }

    private ContainerMode containerMode() {
        ContainerMode mode;
        try {
            mode = ContainerMode.valueOf(containers.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Usage("orrery run: --containers takes host, docker or podman, not '" + containers + "'");
        }
        if (!mode.available()) {
            throw new Usage("orrery run: --containers " + containers + ": the " + mode.cli()
                    + " command is not installed (not on the PATH)");
        }
        return mode;
    }

    private Pipeline load(PrintWriter err, ContainerMode mode) {
        LoadResult loaded;
        try {
            loaded = Documents.load(file);
        } catch (Documents.Unreadable e) {
            throw new Usage(e.getMessage());
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Diagnostic d : Documents.validate(loaded)) {
            // on the host a step runs without its image; the missing image matters only on a cluster
            boolean imageOnly = mode == ContainerMode.HOST && d.isError() && "image".equals(d.location().field());
            diagnostics.add(imageOnly ? new Diagnostic(Severity.WARNING, d.location(), d.message()
                    + " (not needed on this computer; needed on a cluster)") : d);
        }
        List<Diagnostic> shown = diagnostics.stream().filter(d -> d.severity() != Severity.INFO)
                .sorted(Diagnostic.ORDER).toList();
        shown.forEach(d -> err.println(d.format()));
        err.flush();
        if (Diagnostic.anyError(diagnostics)) {
            throw new Usage("orrery run: " + file + " has errors; nothing was run");
        }
        List<LoadedDocument> docs = loaded.documents();
        if (pipelineName != null) {
            return docs.stream().map(LoadedDocument::pipeline).filter(p -> pipelineName.equals(p.displayName()))
                    .findFirst().orElseThrow(() -> new Usage(file + ": no pipeline named '" + pipelineName + "' (it has: "
                            + String.join(", ", docs.stream().map(d -> d.pipeline().displayName()).toList()) + ")"));
        }
        if (docs.size() != 1) {
            throw new Usage(file + ": holds " + docs.size() + " pipelines; choose one with --pipeline NAME ("
                    + String.join(", ", docs.stream().map(d -> d.pipeline().displayName()).toList()) + ")");
        }
        return docs.get(0).pipeline();
    }

    /** The last lines of each failed step, and where the run folder is. */
    private static void failedLogs(LocalRuntime runtime, RunState s, PrintWriter out) {
        for (NodeState n : s.nodes()) {
            if (n.type().isLeaf() && n.phase().isUnsuccessful()) {
                List<String> tail = new ArrayList<>();
                LinkedBlockingQueue<Boolean> end = new LinkedBlockingQueue<>();
                runtime.logs(s.ref(), n.id(), LogOptions.tail(10, false), new dev.orrery.runtime.LogListener() {
                    @Override
                    public void onLine(String line) {
                        synchronized (tail) {
                            tail.add(line);
                        }
                    }

                    @Override
                    public void onEnd(Throwable error) {
                        end.add(true);
                    }
                });
                try {
                    end.poll(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                synchronized (tail) {
                    if (!tail.isEmpty()) {
                        out.println("  last lines of " + n.displayName() + ":");
                        tail.forEach(l -> out.println("    | " + l));
                    }
                }
            }
        }
        out.println("  logs and outputs: " + runtime.runDirectory(s.ref()));
        out.flush();
    }
}
