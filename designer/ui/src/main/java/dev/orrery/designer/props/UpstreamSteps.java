package dev.orrery.designer.props;

import dev.orrery.core.model.Graph;
import dev.orrery.core.model.Step;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The steps that surely run before a step: those it depends on, transitively (by {@code dependsOn}).
 * Only their outputs exist when it starts, so they are all a source list or a completion may offer.
 */
final class UpstreamSteps {
    private UpstreamSteps() {
    }

    /**
     * The steps of {@code graph} upstream of step {@code name}, nearest first (fewest edges away, then
     * graph order), so that the nearest producer of a name is offered first; empty without a graph.
     */
    static List<Step> of(Graph graph, String name) {
        if (graph == null) {
            return List.of();
        }
        Map<String, Step> byName = new HashMap<>();
        graph.steps.forEach(s -> byName.putIfAbsent(s.name, s));
        Map<String, Integer> distance = new LinkedHashMap<>();
        Step start = byName.get(name);
        List<String> frontier = start == null ? List.of() : start.dependsOn;
        for (int d = 1; !frontier.isEmpty(); d++) {
            List<String> next = new ArrayList<>();
            for (String n : frontier) {
                Step s = byName.get(n);
                if (s != null && !n.equals(name) && distance.putIfAbsent(n, d) == null) {
                    next.addAll(s.dependsOn);
                }
            }
            frontier = next;
        }
        List<Step> out = new ArrayList<>(graph.steps.stream().filter(s -> distance.containsKey(s.name)).toList());
        out.sort(Comparator.comparingInt(s -> distance.get(s.name)));
        return out;
    }
}
