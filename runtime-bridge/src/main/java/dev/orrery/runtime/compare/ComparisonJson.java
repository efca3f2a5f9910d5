package dev.orrery.runtime.compare;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.runtime.Metric;
import java.io.UncheckedIOException;

/**
 * A comparison as JSON, a stable shape documented in docs/metrics.md ({@code "format":
 * "orrery.comparison/v1"}): the columns ({@code parameters}, {@code metrics}), which of them differ
 * between the rows, and one object per row with its parameters and its metrics (value, and for a
 * series every value). New fields may be added; existing ones keep their names and meaning.
 */
public final class ComparisonJson {
    public static final String FORMAT = "orrery.comparison/v1";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ComparisonJson() {
    }

    public static String of(RunComparison comparison) {
        try {
            return JSON.writeValueAsString(tree(comparison)) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode tree(RunComparison c) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        ArrayNode params = root.putArray("parameters");
        c.parameters().forEach(params::add);
        ArrayNode metrics = root.putArray("metrics");
        c.metrics().forEach(metrics::add);
        ObjectNode differs = root.putObject("differs");
        ArrayNode dp = differs.putArray("parameters");
        c.parameters().stream().filter(c::parameterDiffers).forEach(dp::add);
        ArrayNode dm = differs.putArray("metrics");
        c.metrics().stream().filter(c::metricDiffers).forEach(dm::add);
        ArrayNode rows = root.putArray("runs");
        for (ComparedRun r : c.runs()) {
            ObjectNode row = rows.addObject();
            row.put("id", r.id());
            row.put("label", r.label());
            row.put("source", r.source());
            if (r.pipeline() == null) {
                row.putNull("pipeline");
            } else {
                row.put("pipeline", r.pipeline());
            }
            row.put("phase", r.phase().argoName());
            if (r.duration() == null) {
                row.putNull("durationSeconds");
            } else {
                row.put("durationSeconds", r.duration().toMillis() / 1000.0);
            }
            ObjectNode p = row.putObject("parameters");
            c.parameters().forEach(name -> {
                String v = r.parameters().get(name);
                if (v != null) {
                    p.put(name, v);
                }
            });
            ObjectNode m = row.putObject("metrics");
            for (String key : c.metrics()) {
                Metric metric = r.metrics().get(key);
                if (metric != null) {
                    m.set(key, metric(metric));
                }
            }
        }
        return root;
    }

    /** {@code {"value": last, "series": bool, "values": [...] (series only), "source": "parameter"}}. */
    public static ObjectNode metric(Metric metric) {
        ObjectNode o = JSON.createObjectNode();
        if (Double.isNaN(metric.value())) {
            o.putNull("value");
        } else {
            o.put("value", metric.value());
        }
        o.put("series", metric.series());
        if (metric.series()) {
            ArrayNode values = o.putArray("values");
            metric.values().forEach(values::add);
        }
        o.put("source", sourceName(metric.source()));
        return o;
    }

    /** The source as the docs name it: {@code parameter}, {@code mlpipeline-metrics}, {@code metrics}. */
    public static String sourceName(Metric.Source source) {
        return switch (source) {
            case PARAMETER -> "parameter";
            case KFP_METRICS -> "mlpipeline-metrics";
            case METRICS_OBJECT -> "metrics";
        };
    }
}
