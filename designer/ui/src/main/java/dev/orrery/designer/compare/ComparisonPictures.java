package dev.orrery.designer.compare;

import dev.orrery.core.diff.UnionGraph;
import dev.orrery.core.diff.UnionGraph.Mark;
import dev.orrery.core.model.Graph;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Step;
import dev.orrery.designer.canvas.Dependency;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes what the canvas draws for each {@link Version} of a comparison: copies of the versions whose
 * main graph is the union (or one version) placed where the union places it, with the marks by the names
 * each picture uses. Only the graph is drawn: the exit handler and event triggers are left out (their
 * changes are listed with the pipeline's).
 */
final class ComparisonPictures {
    private final UnionGraph union;
    /** Each step's mark by its union name (a step running a changed shared template counts as changed). */
    private final Map<String, Mark> marks;
    private final Map<String, List<String>> dependenciesInto = new HashMap<>();

    ComparisonPictures(UnionGraph union, Map<String, Mark> marks) {
        this.union = union;
        this.marks = marks;
        for (UnionGraph.Edge e : union.edges()) {
            dependenciesInto.computeIfAbsent(e.to(), k -> new ArrayList<>()).add(e.from());
        }
    }

    /** Every step of both versions, each with the dependencies of both. */
    Comparison.Picture both(Pipeline other, Pipeline open, String graph) {
        Pipeline p = base(open.mainGraph().isPresent() ? open : other, graph);
        Graph g = graphOf(p, graph);
        if (g == null) {
            return new Comparison.Picture(p, Map.of(), Map.of());
        }
        Map<String, Step> present = byName(g.steps);
        Map<String, Step> old = new HashMap<>();
        Graph otherGraph = graphOf(other, graph);
        if (otherGraph != null) {
            otherGraph.steps.forEach(s -> old.put(s.name, s));
        }
        List<Step> steps = new ArrayList<>(union.nodes().size());
        for (UnionGraph.Node n : union.nodes()) {
            Step s = present.get(n.name());
            if (s == null || n.mark() == Mark.REMOVED) {
                Step was = old.get(n.oldName());
                if (was == null) {
                    continue;
                }
                s = was.copy();
                s.name = n.name();
            }
            s.dependsOn = new ArrayList<>(dependenciesInto.getOrDefault(n.name(), List.of()));
            s.dependsExpression = null;
            steps.add(s);
        }
        g.steps = steps;
        Comparison.addMissingTemplates(p, other);
        p.layout = unionLayout(n -> n.name());
        return new Comparison.Picture(p, marked(n -> n.name(), Mark.ADDED, Mark.REMOVED, Mark.CHANGED),
                edgeMarks(n -> n.name(), Mark.ADDED, Mark.REMOVED));
    }

    /** The other version as it was, its steps under their old names where the union places them. */
    Comparison.Picture other(Pipeline other, String graph) {
        Pipeline p = base(other, graph);
        p.layout = unionLayout(OLD_NAME);
        return new Comparison.Picture(p, marked(OLD_NAME, Mark.REMOVED, Mark.CHANGED), edgeMarks(OLD_NAME, Mark.REMOVED));
    }

    /** The open version as it is. */
    Comparison.Picture open(Pipeline open, String graph) {
        Pipeline p = base(open, graph);
        Map<String, dev.orrery.core.model.Position> layout = new LinkedHashMap<>(p.layout);
        layout.putAll(unionLayout(NEW_NAME));
        p.layout = layout;
        return new Comparison.Picture(p, marked(NEW_NAME, Mark.ADDED, Mark.CHANGED), edgeMarks(NEW_NAME, Mark.ADDED));
    }

    /** A copy drawing only the graph: the graph is the entrypoint, no exit handler, no triggers. */
    private static Pipeline base(Pipeline source, String graph) {
        Pipeline p = source.copy();
        p.onExit = null;
        p.triggers.clear();
        if (graphOf(p, graph) != null) {
            p.entrypoint = graph;
        } else {
            p.entrypoint = null;
        }
        return p;
    }

    private static Graph graphOf(Pipeline p, String graph) {
        return graph == null ? null : p.template(graph).map(t -> t.graph).orElse(null);
    }

    private static Map<String, Step> byName(List<Step> steps) {
        Map<String, Step> out = new HashMap<>();
        steps.forEach(s -> out.put(s.name, s));
        return out;
    }

    /** A union node's name in one picture, or null when that picture does not have it. */
    private interface Naming {
        String of(UnionGraph.Node n);
    }

    private static final Naming OLD_NAME = n -> n.mark() == Mark.ADDED ? null : n.oldName();
    private static final Naming NEW_NAME = n -> n.mark() == Mark.REMOVED ? null : n.name();

    private Map<String, dev.orrery.core.model.Position> unionLayout(Naming naming) {
        Map<String, dev.orrery.core.model.Position> out = new LinkedHashMap<>();
        for (UnionGraph.Node n : union.nodes()) {
            String name = naming.of(n);
            if (name != null && n.position() != null) {
                out.put(name, n.position());
            }
        }
        return out;
    }

    private Map<String, Mark> marked(Naming naming, Mark... shown) {
        List<Mark> wanted = List.of(shown);
        Map<String, Mark> out = new LinkedHashMap<>();
        for (UnionGraph.Node n : union.nodes()) {
            Mark m = marks.get(n.name());
            String name = naming.of(n);
            if (name != null && wanted.contains(m)) {
                out.put(name, m);
            }
        }
        return out;
    }

    private Map<Dependency, Mark> edgeMarks(Naming naming, Mark... shown) {
        List<Mark> wanted = List.of(shown);
        Map<String, UnionGraph.Node> nodes = new HashMap<>();
        union.nodes().forEach(n -> nodes.put(n.name(), n));
        Map<Dependency, Mark> out = new LinkedHashMap<>();
        for (UnionGraph.Edge e : union.edges()) {
            UnionGraph.Node from = nodes.get(e.from());
            UnionGraph.Node to = nodes.get(e.to());
            if (from == null || to == null || !wanted.contains(e.mark())) {
                continue;
            }
            String a = naming.of(from);
            String b = naming.of(to);
            if (a != null && b != null) {
                out.put(new Dependency(a, b), e.mark());
            }
        }
        return out;
    }
}
