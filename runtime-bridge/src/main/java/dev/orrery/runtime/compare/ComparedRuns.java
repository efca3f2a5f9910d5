package dev.orrery.runtime.compare;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.core.model.Graph;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Step;
import dev.orrery.runtime.Metric;
import dev.orrery.runtime.NodeState;
import dev.orrery.runtime.NodeType;
import dev.orrery.runtime.RunMetrics;
import dev.orrery.runtime.RunState;
import dev.orrery.runtime.RunSteps;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Makes the rows of a comparison from runs as their engines report them. */
public final class ComparedRuns {
    private static final Pattern INDEX = Pattern.compile("\\((\\d+):");

    private ComparedRuns() {
    }

    /**
     * A whole run: its parameters and every metric of its steps.
     *
     * @param metrics the run's metrics; null while they are not read (the row has none)
     */
    public static ComparedRun ofRun(RunState run, RunMetrics metrics, Instant now) {
        Map<String, Metric> byKey = new LinkedHashMap<>();
        if (metrics != null) {
            metrics.metrics().forEach(m -> byKey.putIfAbsent(m.key(), m));
        }
        return new ComparedRun(run.ref().toString(), run.name() == null ? run.id() : run.name(),
                run.runtimeDisplayName(), run.pipelineName(), run.phase(), run.duration(now), run.parameters(),
                byKey);
    }

    /**
     * The children of a fan-out step (a sweep or any loop), one row each: its item's values as
     * parameters (an item that is not an object is the parameter {@code item}), its phase, duration and
     * the metrics of the steps it ran, keyed {@code step/metric} by their step (so all children share
     * their columns).
     *
     * @param items the step's loop items, by the child's index; null when unknown
     * @param metrics the run's metrics; null while they are not read
     */
    public static List<ComparedRun> sweepChildren(RunState run, String step, JsonNode items, RunMetrics metrics,
            Instant now) {
        List<ComparedRun> rows = new ArrayList<>();
        for (NodeState n : children(run, step)) {
            int index = index(n.displayName());
            Map<String, String> values = new LinkedHashMap<>();
            JsonNode item = items == null || index < 0 || index >= items.size() ? null : items.get(index);
            if (item != null && item.isObject()) {
                item.properties().forEach(e -> values.put(e.getKey(), text(e.getValue())));
            } else if (item != null) {
                values.put("item", text(item));
            }
            Map<String, Metric> own = new LinkedHashMap<>();
            if (metrics != null) {
                for (NodeState leaf : leaves(run, n)) {
                    String leafStep = leaf.stepName() == null ? step : leaf.stepName();
                    for (Metric m : metrics.ofNode(leaf.id())) {
                        own.putIfAbsent(leafStep + "/" + m.name(), m);
                    }
                }
            }
            String label = n.displayName() == null ? n.id() : n.displayName();
            rows.add(new ComparedRun(run.ref() + "#" + n.id(), label, run.runtimeDisplayName(), run.pipelineName(),
                    n.phase(), n.duration(now), values, own));
        }
        return rows;
    }

    /** The children of a fan-out step in item order (the engine creates them as they start). */
    public static List<NodeState> children(RunState run, String step) {
        List<NodeState> out = new ArrayList<>(RunSteps.nodes(run, step).stream()
                .filter(n -> n.type() != NodeType.TASK_GROUP && n.type() != NodeType.STEP_GROUP).toList());
        out.sort(java.util.Comparator.comparingInt(n -> {
            int i = index(n.displayName());
            return i < 0 ? Integer.MAX_VALUE : i;
        }));
        return out;
    }

    /** The steps of the pipeline's entry graph that fan out over literal items (sweeps among them). */
    public static List<String> fanOutSteps(Pipeline pipeline) {
        Graph graph = pipeline.mainGraph().orElse(null);
        if (graph == null) {
            return List.of();
        }
        return graph.steps.stream().filter(s -> itemsOf(s) != null).map(s -> s.name).toList();
    }

    /** The step's loop items, or null when it does not loop over literal items. */
    public static JsonNode itemsOf(Step step) {
        return step.loop == null ? null : step.loop.items;
    }

    /** A child and, for a retried child or a child graph, the leaves under it: where its metrics are. */
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
}
