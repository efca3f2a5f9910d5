package dev.orrery.app.cli;

import dev.orrery.core.diag.Diagnostic;
import dev.orrery.core.diag.Severity;
import dev.orrery.core.io.LoadResult;
import dev.orrery.core.io.LoadedDocument;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.text.DurationText;
import dev.orrery.runtime.LogOptions;
import dev.orrery.runtime.NodeState;
import dev.orrery.runtime.Phase;
import dev.orrery.runtime.PhaseStyle;
import dev.orrery.runtime.RunRef;
import dev.orrery.runtime.RunState;
import dev.orrery.runtime.RuntimeFailure;
import dev.orrery.runtime.SubmitOptions;
import dev.orrery.runtime.Subscription;
import dev.orrery.runtime.local.ContainerMode;
import dev.orrery.runtime.local.LocalRuntime;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
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
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS", Locale.ROOT);

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
        LocalRuntime.Config config = (runsDir != null ? LocalRuntime.Config.in(runsDir) : LocalRuntime.Config.defaults())
                .withContainerMode(mode);
        try (LocalRuntime runtime = new LocalRuntime(config)) {
            SubmitOptions options = new SubmitOptions(parameters, parallelism == null ? 0 : parallelism, null, Map.of());
            LinkedBlockingQueue<RunState> states = new LinkedBlockingQueue<>();
            RunRef[] ref = new RunRef[1];
            Progress progress = new Progress(out);
            try (Subscription watch = runtime.watch(states::add)) {
                ref[0] = runtime.submit(pipeline, options);
                out.println(time(Instant.now()) + "  run " + ref[0].runId() + " in " + runtime.runDirectory(ref[0]));
                out.flush();
                RunState last = follow(runtime, ref[0], states, progress);
                summary(runtime, last, out);
                return last.phase() == Phase.SUCCEEDED ? ExitCodes.OK : ExitCodes.PROBLEMS;
            }
        }
    }

    private RunState follow(LocalRuntime runtime, RunRef ref, LinkedBlockingQueue<RunState> states, Progress progress) {
        Instant deadline = timeout == null ? null : Instant.now().plus(timeout);
        var done = runtime.completion(ref);
        while (true) {
            RunState s;
            try {
                s = states.poll(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                runtime.terminate(ref);
                return runtime.get(ref);
            }
            if (s != null && s.ref().equals(ref)) {
                progress.print(s);
            }
            if (s == null && done.isDone()) {
                try {
                    RunState last = done.get();
                    progress.print(last);
                    return last;
                } catch (InterruptedException | ExecutionException e) {
                    return runtime.get(ref);
                }
            }
            if (deadline != null && Instant.now().isAfter(deadline)) {
                deadline = null;
                progress.note("--timeout of " + timeoutText + " reached; stopping the run");
                runtime.stop(ref);
            }
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

    private void summary(LocalRuntime runtime, RunState s, PrintWriter out) {
        Duration took = s.duration(Instant.now());
        out.println(time(s.finishedAt() != null ? s.finishedAt() : Instant.now()) + "  run " + s.id() + " "
                + s.phase().argoName() + (s.message() == null ? "" : ": " + s.message()) + " (" + s.progress()
                + " steps, " + DurationText.of(took)
                + ")");
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

    static String time(Instant at) {
        return LocalTime.ofInstant(at, ZoneId.systemDefault()).format(TIME);
    }

    /** Prints a line whenever a step's phase changes: time, symbol, step, phase, and details. */
    private static final class Progress {
        private final PrintWriter out;
        private final Map<String, String> seen = new HashMap<>();

        Progress(PrintWriter out) {
            this.out = out;
        }

        void print(RunState s) {
            for (NodeState n : s.nodes()) {
                boolean root = n.boundaryId() == null && n.stepName() == null && n.id().equals(s.id());
                String key = n.phase() + "/" + n.attempts();
                if (root || key.equals(seen.get(n.id()))) {
                    continue;
                }
                seen.put(n.id(), key);
                if (n.phase() == Phase.PENDING) {
                    continue;
                }
                PhaseStyle style = PhaseStyle.of(n.phase());
                StringBuilder line = new StringBuilder();
                line.append(time(at(n))).append("  ").append(style.cliSymbol()).append(' ')
                        .append(String.format(Locale.ROOT, "%-28s %-9s", n.displayName(), style.label()));
                if (n.phase().isFinished() && n.startedAt() != null && n.finishedAt() != null) {
                    line.append(String.format(Locale.ROOT, " %7s",
                            DurationText.of(Duration.between(n.startedAt(), n.finishedAt()))));
                }
                if (n.phase() == Phase.RUNNING && n.attempts() > 1) {
                    line.append("  attempt ").append(n.attempts());
                }
                if (n.message() != null) {
                    line.append("  ").append(n.message());
                }
                out.println(line.toString().stripTrailing());
            }
            out.flush();
        }

        void note(String message) {
            out.println(time(Instant.now()) + "  " + message);
            out.flush();
        }

        private static Instant at(NodeState n) {
            if (n.finishedAt() != null) {
                return n.finishedAt();
            }
            return n.startedAt() != null && n.attempts() <= 1 ? n.startedAt() : Instant.now();
        }
    }
}
