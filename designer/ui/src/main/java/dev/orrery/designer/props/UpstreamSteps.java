package dev.orrery.designer.props;

import dev.orrery.core.model.Graph;
import dev.orrery.core.model.Step;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The steps that surely run before a step: those it depends on, transitively (by {@code dependsOn}).
 * Only their outputs exist when it starts, so they are all a source list or a completion may offer.
 */
final class UpstreamSteps {
    private UpstreamSteps() {
    }

    /** The steps of {@code graph} upstream of step {@code name}, in graph order; empty without a graph. */
    static List<Step> of(Graph graph, String name) {
        if (graph == null) {
            return List.of();
        }
        Map<String, Step> byName = new HashMap<>();
        graph.steps.forEach(s -> byName.putIfAbsent(s.name, s));
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        Step start = byName.get(name);
        if (start != null) {
            todo.addAll(start.dependsOn);
        }
        while (!todo.isEmpty()) {
            String n = todo.pop();
            Step s = byName.get(n);
            if (!n.equals(name) && s != null && seen.add(n)) {
                todo.addAll(s.dependsOn);
            }
        }
        return graph.steps.stream().filter(s -> seen.contains(s.name)).toList();
    }
}
