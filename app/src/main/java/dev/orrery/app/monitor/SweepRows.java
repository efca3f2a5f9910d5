package dev.orrery.app.monitor;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.runtime.Metric;
import dev.orrery.runtime.NodeState;
import dev.orrery.runtime.NodeType;
import dev.orrery.runtime.Phase;
import dev.orrery.runtime.PhaseStyle;
import dev.orrery.runtime.RunMetrics;
import dev.orrery.runtime.RunState;
import dev.orrery.runtime.RunSteps;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The children of a fan-out step (a sweep) as table rows: each item's values (from the step's loop
 * items, by the child's index), phase, duration and metrics (a series shows its last value). Plain
 * logic, no JavaFX: {@link SweepTable} shows it.
 */
record SweepRows(List<String> parameters, List<String> metrics, List<Row> rows, Map<Phase, Integer> counts) {

    private static final Pattern INDEX = Pattern.compile("\\((\\d+):");

    /** One child run of the sweep. */
    record Row(int index, String nodeId, Map<String, String> values, Phase phase, Duration duration,
            Map<String, Double> metrics) {
    }

    /**
     * @param items the step's loop items, or null when unknown (then only the index identifies a child)
     * @param metrics the run's metrics, or null while they are read
     */
    static SweepRows of(RunState run, String step, JsonNode items, RunMetrics metrics, Instant now) {
        Set<String> parameters = new LinkedHashSet<>();
        Set<String> metricNames = new LinkedHashSet<>();
        List<Row> rows = new ArrayList<>();
        Map<Phase, Integer> counts = new EnumMap<>(Phase.class);
        for (NodeState n : RunSteps.nodes(run, step)) {
            if (n.type() == NodeType.TASK_GROUP || n.type() == NodeType.STEP_GROUP) {
                continue;
            }
            int index = index(n.displayName());
            Map<String, String> values = new LinkedHashMap<>();
            JsonNode item = items == null || index < 0 || index >= items.size() ? null : items.get(index);
            if (item != null && item.isObject()) {
                item.properties().forEach(e -> values.put(e.getKey(), text(e.getValue())));
            } else if (item != null) {
                values.put("item", text(item));
            }
            parameters.addAll(values.keySet());
            Map<String, Double> own = new LinkedHashMap<>();
            if (metrics != null) {
                for (NodeState leaf : leaves(run, n)) {
                    for (Metric m : metrics.ofNode(leaf.id())) {
                        own.putIfAbsent(m.name(), m.value());
                    }
                }
            }
            metricNames.addAll(own.keySet());
            counts.merge(n.phase(), 1, Integer::sum);
            rows.add(new Row(index, n.id(), values, n.phase(), n.duration(now), own));
        }
        return new SweepRows(List.copyOf(parameters), List.copyOf(metricNames), rows, counts);
    }

    /** A child and, for a retried child, its attempts: where its metrics are. */
    private static List<NodeState> leaves(RunState run, NodeState n) {
        if (n.type().isLeaf()) {
            return List.of(n);
        }
        List<NodeState> out = new ArrayList<>();
        for (String c : n.children()) {
            run.node(c).ifPresent(child -> out.addAll(leaves(run, child)));
        }
        return out;
    }

    private static int index(String displayName) {
        Matcher m = displayName == null ? null : INDEX.matcher(displayName);
        return m != null && m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    private static String text(JsonNode v) {
        return v.isValueNode() ? v.asText() : v.toString();
    }

    /** The row with the highest (or lowest) value of the metric; null when no row has it. */
    Row best(String metric, boolean highest) {
        Row best = null;
        for (Row r : rows) {
            Double v = r.metrics().get(metric);
            if (v != null && !v.isNaN() && (best == null || (highest ? v > best.metrics().get(metric)
                    : v < best.metrics().get(metric)))) {
                best = r;
            }
        }
        return best;
    }

    /** {@code 6 runs: 4 Succeeded · 1 Running · 1 Pending}. */
    String summary() {
        StringBuilder sb = new StringBuilder(rows.size() + (rows.size() == 1 ? " run" : " runs"));
        String sep = ": ";
        for (Map.Entry<Phase, Integer> e : counts.entrySet()) {
            sb.append(sep).append(e.getValue()).append(' ').append(PhaseStyle.of(e.getKey()).label());
            sep = " · ";
        }
        return sb.toString();
    }
}
