package dev.orrery.designer.canvas;

import dev.orrery.core.model.Graph;
import dev.orrery.core.model.GraphDepths;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Position;
import dev.orrery.core.model.Step;
import dev.orrery.core.model.Template;
import dev.orrery.core.refs.Binding;
import dev.orrery.core.refs.Bindings;
import dev.orrery.designer.doc.ShownSteps;
import dev.orrery.designer.doc.StepPaths;
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
    /** Each step's ports ({@link PortLayout#NONE} for a step with no inputs or outputs). */
    final Map<String, PortLayout> ports = new HashMap<>();
    /** What each step's arguments take from other steps (only steps that take something). */
    private final Map<String, List<Binding>> into = new HashMap<>();
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
            Template t = s.template == null ? null : templates.get(s.template);
            facts.put(s.name, NodeFacts.of(s, t));
            readBindings(s, t);
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
        groups = new GroupLayout(p, g, expanded, templates);
        for (Step inner : groups.innerSteps) {
            steps.add(inner);
            byName.putIfAbsent(inner.name, inner);
            facts.put(inner.name, NodeFacts.of(inner, groups.innerTemplates.get(inner.name)));
            readBindings(inner, groups.innerTemplates.get(inner.name));
        }
        placePorts();
    }

    /** Templates of the steps that have one, kept until the ports are placed. */
    private Map<String, Template> stepTemplates = new HashMap<>();

    private void readBindings(Step s, Template t) {
        List<Binding> b = Bindings.into(s);
        if (!b.isEmpty()) {
            into.put(s.name, b);
        }
        if (t != null) {
            stepTemplates.put(s.name, t);
        }
    }

    /** Each step's ports, knowing which inputs are fed and which outputs feed (once all bindings are read). */
    private void placePorts() {
        Map<String, java.util.Set<String>> feeding = new HashMap<>();
        into.forEach((consumer, list) -> {
            String parent = StepPaths.parent(consumer);
            for (Binding b : list) {
                String producer = parent == null ? b.producer() : StepPaths.child(parent, b.producer());
                feeding.computeIfAbsent(producer, k -> new java.util.HashSet<>()).add(PortLayout.key(b.outputKind(), b.output()));
            }
        });
        for (Step s : steps) {
            ports.put(s.name, PortLayout.of(s, stepTemplates.get(s.name), into.getOrDefault(s.name, List.of()),
                    feeding.getOrDefault(s.name, java.util.Set.of())));
        }
        stepTemplates = null;
    }

    /** What a step's arguments take from other steps (read once here; empty when nothing). */
    List<Binding> bindingsInto(String step) {
        return into.getOrDefault(step, List.of());
    }

    /** The ports of a step, never null. */
    PortLayout ports(String step) {
        return ports.getOrDefault(step, PortLayout.NONE);
    }

    /**
     * What the edge {@code producer → consumer} carries as far as ports go (its first binding), or
     * null when it only orders. Inner steps of expanded groups name their producers by leaf.
     */
    PortLayout.Flow flow(String producer, String consumer) {
        List<Binding> b = into.get(consumer);
        if (b == null) {
            return null;
        }
        String leaf = StepPaths.leaf(producer);
        for (Binding x : b) {
            if (x.producer().equals(leaf)) {
                return new PortLayout.Flow(x.outputKind(), x.output(), x.inputKind(), x.input());
            }
        }
        return null;
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
