package dev.orrery.designer.canvas;

import dev.orrery.core.model.Graph;
import dev.orrery.core.model.GraphDepths;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Position;
import dev.orrery.core.model.Step;
import dev.orrery.core.model.Template;
import dev.orrery.designer.doc.ShownSteps;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lookups the canvas needs on every frame, built once per revision in O(steps): steps and their
 * facts by name, and a stand-in position (by dependency depth) for steps that have none stored.
 */
final class GraphIndex {
    final List<Step> steps;
    final Map<String, Step> byName = new LinkedHashMap<>();
    final Map<String, NodeFacts> facts = new HashMap<>();
    final Map<String, Position> fallback = new HashMap<>();
    /** Groups (steps running a graph template) and the inner steps of the expanded ones. */
    final GroupLayout groups;

    GraphIndex(Pipeline p, Graph g) {
        this(p, g, java.util.Set.of());
    }

    /** @param expanded paths of the groups shown expanded */
    GraphIndex(Pipeline p, Graph g, java.util.Set<String> expanded) {
        steps = g == null ? new ArrayList<>() : new ArrayList<>(g.steps);
        Map<String, Template> templates = new HashMap<>();
        for (Template t : p.templates) {
            templates.putIfAbsent(t.name, t);
        }
        for (Step s : steps) {
            byName.putIfAbsent(s.name, s);
            facts.put(s.name, NodeFacts.of(s, s.template == null ? null : templates.get(s.template)));
        }
        String exit = ShownSteps.of(p).exitName();
        if (exit != null && byName.containsKey(exit)) {
            facts.put(exit, facts.get(exit).asExitHandler());
        }
        Map<String, Integer> depth = GraphDepths.of(g);
        Map<Integer, Integer> rows = new HashMap<>();
        for (Step s : steps) {
            if (!p.layout.containsKey(s.name) && !s.name.equals(exit)) {
                int d = depth.getOrDefault(s.name, 0);
                int row = rows.merge(d, 1, Integer::sum) - 1;
                fallback.put(s.name, new Position(80 + d * (NodeView.WIDTH + 80), 80 + row * (NodeView.HEIGHT + 40)));
            }
        }
        if (exit != null && byName.containsKey(exit) && !p.layout.containsKey(exit)) {
            fallback.put(exit, afterEverything(p, exit));
        }
        groups = new GroupLayout(p, g, expanded);
        for (Step inner : groups.innerSteps) {
            steps.add(inner);
            byName.putIfAbsent(inner.name, inner);
            facts.put(inner.name, NodeFacts.of(inner, groups.innerTemplates.get(inner.name)));
        }
    }

    /** The exit handler runs last: without a stored place it stands right of every other step. */
    private Position afterEverything(Pipeline p, String exit) {
        double right = Double.NaN;
        double top = Double.NaN;
        for (Step s : steps) {
            Position at = s.name.equals(exit) ? null : p.layout.getOrDefault(s.name, fallback.get(s.name));
            if (at != null) {
                right = Double.isNaN(right) ? at.x() : Math.max(right, at.x());
                top = Double.isNaN(top) ? at.y() : Math.min(top, at.y());
            }
        }
        return Double.isNaN(right) ? new Position(80, 80)
                : new Position(right + NodeView.WIDTH + 80, top);
    }
}
