package dev.orrery.runtime.metrics;

import dev.orrery.runtime.ArtifactRef;
import dev.orrery.runtime.Metric;
import dev.orrery.runtime.NodeState;
import dev.orrery.runtime.RunMetrics;
import dev.orrery.runtime.RunState;
import dev.orrery.runtime.RuntimeFailure;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Collects a run's metrics from its nodes' outputs, the same way for every engine: numeric output
 * parameters, then the output artifacts named {@value #KFP_ARTIFACT} and {@value #METRICS_ARTIFACT}
 * (either JSON shape in either), read through the engine's {@code openArtifact} with a cap of
 * {@link #MAX_BYTES}. Only nodes that did the work themselves (leaf nodes) count, so a graph that
 * re-exports a child's output does not report it twice.
 */
public final class MetricsCollector {
    /** Largest metrics file read (after unpacking); larger ones are a problem, not a metric. */
    public static final int MAX_BYTES = 1024 * 1024;
    public static final String KFP_ARTIFACT = "mlpipeline-metrics";
    public static final String METRICS_ARTIFACT = "metrics";

    private MetricsCollector() {
    }

    /**
     * @param open opens an artifact's content (the engine's {@code openArtifact}); it may throw
     *             {@link RuntimeFailure}, which becomes a problem of the run's metrics
     */
    public static RunMetrics collect(RunState run, Function<ArtifactRef, InputStream> open) {
        return collect(run, open, MAX_BYTES);
    }

    static RunMetrics collect(RunState run, Function<ArtifactRef, InputStream> open, int cap) {
        List<Metric> metrics = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (NodeState node : run.nodes()) {
            if (!node.type().isLeaf()) {
                continue;
            }
            String step = label(node);
            for (Map.Entry<String, String> p : node.outputs().parameters().entrySet()) {
                Double v = MetricsParser.number(p.getValue());
                if (v != null) {
                    add(metrics, keys, node, step, p.getKey(), Metric.Source.PARAMETER, List.of(v), false);
                }
            }
            for (ArtifactRef a : node.outputs().artifacts()) {
                if (a.name().equals(KFP_ARTIFACT) || a.name().equals(METRICS_ARTIFACT)) {
                    readArtifact(a, node, step, open, cap, metrics, keys, problems);
                }
            }
        }
        return new RunMetrics(run.ref(), metrics, problems);
    }

    private static void readArtifact(ArtifactRef a, NodeState node, String step,
            Function<ArtifactRef, InputStream> open, int cap, List<Metric> metrics, Set<String> keys,
            List<String> problems) {
        String what = step + ": artifact " + a.name() + " ";
        if (a.size() > cap) {
            problems.add(what + new MetricsContent.TooLarge(cap).getMessage() + "; skipped");
            return;
        }
        byte[] content;
        try (InputStream in = open.apply(a)) {
            content = MetricsContent.read(in, cap);
        } catch (MetricsContent.TooLarge e) {
            problems.add(what + e.getMessage() + "; skipped");
            return;
        } catch (IOException | RuntimeFailure e) {
            problems.add(what + "cannot be read: " + e.getMessage());
            return;
        }
        MetricsParser.Parsed parsed = MetricsParser.parse(content);
        parsed.problems().forEach(p -> problems.add(what + p));
        for (MetricsParser.Entry e : parsed.entries()) {
            add(metrics, keys, node, step, e.name(), e.kfp() ? Metric.Source.KFP_METRICS : Metric.Source.METRICS_OBJECT,
                    e.values(), e.series());
        }
    }

    /** Adds the metric; a name already taken in this step gets the first free {@code #2}, {@code #3}, … */
    private static void add(List<Metric> metrics, Set<String> keys, NodeState node, String step, String name,
            Metric.Source source, List<Double> values, boolean series) {
        String unique = name;
        for (int n = 2; keys.contains(step + "/" + unique); n++) {
            unique = name + "#" + n;
        }
        keys.add(step + "/" + unique);
        metrics.add(new Metric(node.id(), step, unique, source, values, series));
    }

    private static String label(NodeState node) {
        if (node.displayName() != null && !node.displayName().isBlank()) {
            return node.displayName();
        }
        return node.stepName() != null ? node.stepName() : node.name() != null ? node.name() : node.id();
    }
}
