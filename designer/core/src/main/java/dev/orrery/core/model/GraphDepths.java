package dev.orrery.core.model;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How deep each step of a graph sits: the length of the longest dependency chain before it (0 for a
 * step that depends on nothing in the graph). The one place the layouts and the canvas's stand-in
 * positions take their columns from. Iterative, because chains can be thousands of steps long;
 * dependencies on unknown steps and on the step itself are ignored, and an edge that closes a cycle
 * is cut where the walk meets it.
 */
public final class GraphDepths {
    private GraphDepths() {
    }

    /** Depths of the steps of {@code graph} (empty for none). */
    public static Map<String, Integer> of(Graph graph) {
        if (graph == null) {
            return Map.of();
        }
        Map<String, List<String>> dependsOn = new LinkedHashMap<>();
        for (Step s : graph.steps) {
            dependsOn.putIfAbsent(s.name, s.dependsOn);
        }
        return of(dependsOn.keySet(), dependsOn);
    }

    /**
     * Depths of {@code names}, with each name's dependencies in {@code dependsOn}; a dependency counts
     * only when it is itself one of the names.
     */
    public static Map<String, Integer> of(Collection<String> names, Map<String, ? extends List<String>> dependsOn) {
        Set<String> inGraph = new HashSet<>(names);
        Map<String, Integer> depth = new HashMap<>();
        Set<String> onStack = new HashSet<>();
        ArrayDeque<String> stack = new ArrayDeque<>();
        for (String start : names) {
            if (depth.containsKey(start)) {
                continue;
            }
            stack.push(start);
            while (!stack.isEmpty()) {
                String n = stack.peek();
                if (depth.containsKey(n)) {
                    stack.pop();
                    continue;
                }
                onStack.add(n);
                boolean ready = true;
                int d = 0;
                List<String> before = dependsOn.get(n);
                for (String p : before == null ? List.<String>of() : before) {
                    if (p == null || !inGraph.contains(p) || p.equals(n)) {
                        continue;
                    }
                    Integer known = depth.get(p);
                    if (known != null) {
                        d = Math.max(d, known + 1);
                    } else if (!onStack.contains(p)) {
                        stack.push(p);
                        ready = false;
                    }
                    // a dependency still on the stack closes a cycle: that edge is cut
                }
                if (ready) {
                    depth.put(n, d);
                    onStack.remove(n);
                    stack.pop();
                }
            }
        }
        return depth;
    }
}
