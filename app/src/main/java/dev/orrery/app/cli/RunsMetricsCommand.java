package dev.orrery.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.runtime.Metric;
import dev.orrery.runtime.RunMetrics;
import dev.orrery.runtime.compare.ComparisonCsv;
import dev.orrery.runtime.compare.ComparisonJson;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code orrery runs metrics RUN [--format table|csv|json]}: the metrics a run's steps reported (see
 * docs/metrics.md), one per line: {@code step/metric}, where it was read from, the value (a series:
 * its last value and how many values it has). Problems reading them go to standard error.
 */
@Command(name = "metrics", description = {"Print a run's metrics: step/metric, source, value (a series: last value"
    + " and count)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:printed (even when some metrics files could not be read: those are warnings)",
            "2:usage error, unknown run, refusal or no connection"})
final class RunsMetricsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    EngineOptions engine = new EngineOptions();

    @Parameters(index = "0", paramLabel = "RUN", description = "The run's name (local:NAME for this computer's).")
    String name;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table (default), csv or json.")
    OutputFormat format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        return RunEngines.run("runs metrics", engine, err, engines -> {
            RunEngines.Named run = engines.find(name);
            RunMetrics metrics = run.runtime().metrics(run.ref());
            switch (format) {
                case table -> table(metrics, out);
                case csv -> csv(metrics, out);
                case json -> out.print(json(metrics));
            }
            out.flush();
            for (String p : metrics.problems()) {
                err.println("orrery runs metrics: warning: " + p);
            }
            err.flush();
            return ExitCodes.OK;
        });
    }

    private static void table(RunMetrics metrics, PrintWriter out) {
        if (metrics.metrics().isEmpty()) {
            out.println("run " + metrics.run().runId() + " reported no metrics (see docs/metrics.md for how a step"
                    + " reports them)");
            return;
        }
        TextTable t = new TextTable(List.of("METRIC", "SOURCE", "VALUE", "VALUES")).numeric(2).numeric(3);
        for (Metric m : metrics.metrics()) {
            t.row(List.of(m.key(), ComparisonJson.sourceName(m.source()),
                    Double.isNaN(m.value()) ? "-" : ComparisonCsv.number(m.value()),
                    m.series() ? Integer.toString(m.values().size()) : ""));
        }
        t.print(out);
    }

    private static void csv(RunMetrics metrics, PrintWriter out) {
        out.print("metric,step,name,source,value,series,count\r\n");
        for (Metric m : metrics.metrics()) {
            List<String> cells = new ArrayList<>(List.of(m.key(), m.step(), m.name(),
                    ComparisonJson.sourceName(m.source()), Double.isNaN(m.value()) ? "" : ComparisonCsv.number(m.value()),
                    Boolean.toString(m.series()), Integer.toString(m.values().size())));
            out.print(String.join(",", cells.stream().map(RunsMetricsCommand::quoted).toList()) + "\r\n");
        }
    }

    private static String quoted(String cell) {
        return cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r") ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }

    /** {@code {"run": NAME, "metrics": [{"key", "step", "name", "value", "series", "values"?, "source"}], "problems": []}}. */
    static String json(RunMetrics metrics) {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        root.put("run", metrics.run().runId());
        ArrayNode list = root.putArray("metrics");
        for (Metric m : metrics.metrics()) {
            ObjectNode o = list.addObject();
            o.put("key", m.key());
            o.put("step", m.step());
            o.put("name", m.name());
            o.setAll(ComparisonJson.metric(m));
        }
        ArrayNode problems = root.putArray("problems");
        metrics.problems().forEach(problems::add);
        try {
            return json.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
