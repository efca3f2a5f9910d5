package dev.orrery.app.cli;

import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Step;
import dev.orrery.core.text.DurationText;
import dev.orrery.runtime.PhaseStyle;
import dev.orrery.runtime.RunState;
import dev.orrery.runtime.compare.ComparedRun;
import dev.orrery.runtime.compare.ComparedRuns;
import dev.orrery.runtime.compare.ComparisonCsv;
import dev.orrery.runtime.compare.ComparisonJson;
import dev.orrery.runtime.compare.RunComparison;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code orrery runs compare RUN... [--format table|csv|json] [--metric KEY]... [--step STEP]}: runs side
 * by side, one row per run; with one run that fans out (a sweep), its children, one row each with their
 * item's values as parameters. Runs of this computer and of a cluster can be mixed: {@code local:NAME}.
 */
@Command(name = "compare", description = {
    "Compare runs side by side: parameters and metrics, one row per run; differing columns are marked.",
    "With one run that fans out (a sweep), compares its children, one row per item.",
    "Mix engines: with cluster options NAME is a cluster run and local:NAME one of this computer."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:compared", "2:usage error, unknown run or metric, no fan-out step, refusal or no connection"})
final class RunsCompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    EngineOptions engine = new EngineOptions();

    @Parameters(index = "0..*", arity = "1..*", paramLabel = "RUN",
            description = "Runs to compare (NAME, local:NAME, cluster:NAME); one run: its sweep's children.")
    List<String> names = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table (default), csv or json (see docs/metrics.md).")
    OutputFormat format;

    @Option(names = {"-m", "--metric"}, paramLabel = "KEY",
            description = "Show only this metric, step/metric (repeatable; default: all).")
    List<String> metricKeys = new ArrayList<>();

    @Option(names = {"-s", "--step"}, paramLabel = "STEP",
            description = "With one run: the fan-out step whose children to compare (when it has several).")
    String step;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        return RunEngines.run("runs compare", engine, err, engines -> {
            List<String> problems = new ArrayList<>();
            RunComparison comparison = comparison(engines, problems);
            comparison = chosen(comparison);
            switch (format) {
                case table -> table(comparison, out);
                case csv -> out.print(ComparisonCsv.of(comparison));
                case json -> out.print(ComparisonJson.of(comparison));
            }
            out.flush();
            problems.forEach(p -> err.println("orrery runs compare: warning: " + p));
            err.flush();
            return ExitCodes.OK;
        });
    }

    private RunComparison comparison(RunEngines engines, List<String> problems) {
        Instant now = Instant.now();
        if (names.size() == 1) {
            RunEngines.Named run = engines.find(names.get(0));
            RunState state = engines.get(run);
            Pipeline pipeline = run.runtime().pipelineOf(run.ref()).orElseThrow(() -> new RunEngines.Problem(
                    "the pipeline of run " + run.ref().runId() + " is not kept, so its sweep's items are unknown;"
                            + " name two or more runs to compare them"));
            String fanOut = fanOutStep(run, pipeline);
            Step s = pipeline.mainGraph().flatMap(g -> g.steps.stream().filter(x -> fanOut.equals(x.name)).findFirst())
                    .orElseThrow();
            var metrics = run.runtime().metrics(run.ref());
            problems.addAll(metrics.problems());
            List<ComparedRun> rows = ComparedRuns.sweepChildren(state, fanOut, ComparedRuns.itemsOf(s), metrics, now);
            if (rows.isEmpty()) {
                throw new RunEngines.Problem("step " + fanOut + " of run " + run.ref().runId()
                        + " has no children yet; nothing to compare");
            }
            return RunComparison.of(rows);
        }
        if (step != null) {
            throw new RunEngines.Problem("--step chooses the sweep of one run; with several runs, each run is one row");
        }
        List<ComparedRun> rows = new ArrayList<>();
        for (String name : names) {
            RunEngines.Named run = engines.find(name);
            var metrics = run.runtime().metrics(run.ref());
            metrics.problems().forEach(p -> problems.add(run.ref().runId() + ": " + p));
            rows.add(ComparedRuns.ofRun(engines.get(run), metrics, now));
        }
        return RunComparison.of(rows);
    }

    private String fanOutStep(RunEngines.Named run, Pipeline pipeline) {
        List<String> steps = ComparedRuns.fanOutSteps(pipeline);
        if (step != null) {
            if (!steps.contains(step)) {
                throw new RunEngines.Problem("run " + run.ref().runId() + " has no fan-out step '" + step + "'"
                        + (steps.isEmpty() ? " (it has none)" : "; its fan-out steps are: " + String.join(", ", steps)));
            }
            return step;
        }
        if (steps.isEmpty()) {
            throw new RunEngines.Problem("run " + run.ref().runId() + " has no fan-out step (a sweep or a loop over"
                    + " items) whose children to compare; name two or more runs to compare them");
        }
        if (steps.size() > 1) {
            throw new RunEngines.Problem("run " + run.ref().runId() + " has " + steps.size()
                    + " fan-out steps; choose one with --step: " + String.join(", ", steps));
        }
        return steps.get(0);
    }

    private RunComparison chosen(RunComparison comparison) {
        if (metricKeys.isEmpty()) {
            return comparison;
        }
        List<String> all = comparison.allMetrics();
        List<String> unknown = metricKeys.stream().filter(k -> !all.contains(k)).toList();
        if (!unknown.isEmpty()) {
            throw new RunEngines.Problem("no metric " + String.join(", ", unknown) + " in these runs; they have: "
                    + (all.isEmpty() ? "none" : String.join(", ", all)));
        }
        return comparison.withMetrics(metricKeys);
    }

    /**
     * RUN, PHASE, DURATION, then a column per parameter and per metric (a series: its last value); a
     * column whose values are not all equal has {@code *} after its name.
     */
    static void table(RunComparison c, PrintWriter out) {
        boolean sources = new LinkedHashSet<>(c.runs().stream().map(ComparedRun::source).toList()).size() > 1;
        List<String> header = new ArrayList<>(List.of("RUN"));
        if (sources) {
            header.add("SOURCE");
        }
        header.add("PHASE");
        header.add("DURATION");
        int fixed = header.size();
        c.parameters().forEach(p -> header.add(p + (c.parameterDiffers(p) ? " *" : "")));
        c.metrics().forEach(m -> header.add(m + (c.isSeries(m) ? " (last)" : "") + (c.metricDiffers(m) ? " *" : "")));
        TextTable t = new TextTable(header);
        for (int i = fixed + c.parameters().size(); i < header.size(); i++) {
            t.numeric(i);
        }
        for (ComparedRun r : c.runs()) {
            List<String> cells = new ArrayList<>(List.of(r.label()));
            if (sources) {
                cells.add(r.source());
            }
            cells.add(PhaseStyle.of(r.phase()).cliSymbol() + " " + r.phase().argoName());
            cells.add(r.duration() == null ? "-" : DurationText.of(r.duration()));
            c.parameters().forEach(p -> cells.add(r.parameters().getOrDefault(p, "-")));
            for (String m : c.metrics()) {
                OptionalDouble v = r.value(m);
                cells.add(v.isPresent() ? ComparisonCsv.number(v.getAsDouble()) : "-");
            }
            t.row(cells);
        }
        t.print(out);
        if (c.parameters().stream().anyMatch(c::parameterDiffers) || c.metrics().stream().anyMatch(c::metricDiffers)) {
            out.println("* differs between the rows");
        }
        out.flush();
    }
}
