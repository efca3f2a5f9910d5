package dev.orrery.core.diff;

import dev.orrery.core.model.Graph;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Position;
import dev.orrery.core.model.Step;
import dev.orrery.core.model.Template;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One graph of both versions at once, for showing a comparison: every step of either version and every
 * dependency edge of either, each marked as added, removed, changed or unchanged, laid out as the newer
 * version (a removed step keeps its place relative to an old neighbour that is still there). A renamed
 * step is one node under its new name. Built from a {@link PipelineDiff}; neither pipeline is changed.
 *
 * @param nodes in the new graph's order, then removed steps in the old graph's order
 * @param edges in the order of their nodes' dependencies
 */
public record UnionGraph(String graph, List<Node> nodes, List<Edge> edges) {

    /** How a node or an edge compares. */
    public enum Mark {
        UNCHANGED, ADDED, REMOVED, CHANGED
    }

    /**
     * A step of the union. {@code oldName} differs from {@code name} for a renamed step (its mark is
     * CHANGED); {@code changes} are the step's own changes (fields, edges into it, its rename);
     * {@code position} is null when neither version places it.
     */
    public record Node(String name, String oldName, Mark mark, List<Change> changes, Position position) {
        public Node {
            changes = List.copyOf(changes);
        }
    }

    /** A dependency {@code from → to}, by the union's (new) names. */
    public record Edge(String from, String to, Mark mark) {
    }

    public UnionGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    public Optional<Node> node(String name) {
        return nodes.stream().filter(n -> n.name().equals(name)).findFirst();
    }

    /** The union of graph template {@code graph} of both versions, marked as {@code diff} says. */
    public static UnionGraph of(Pipeline before, Pipeline after, PipelineDiff diff, String graph) {
        Graph oldGraph = graphOf(before, graph);
        Graph newGraph = graphOf(after, graph);
        Map<String, String> renames = diff.renamedSteps(graph);
        Map<String, String> newNameOf = new HashMap<>();
        oldGraph.steps.forEach(s -> newNameOf.put(s.name, renames.getOrDefault(s.name, s.name)));

        Map<String, Node> nodes = new LinkedHashMap<>();
        Set<String> inNew = new LinkedHashSet<>();
        for (Step s : newGraph.steps) {
            inNew.add(s.name);
            List<Change> own = diff.ofStep(graph, s.name);
            boolean added = own.stream().anyMatch(c -> c.kind() == ChangeKind.STEP_ADDED);
            String oldName = renames.entrySet().stream().filter(e -> e.getValue().equals(s.name))
                    .map(Map.Entry::getKey).findFirst().orElse(added ? null : s.name);
            Mark mark = added ? Mark.ADDED : own.isEmpty() ? Mark.UNCHANGED : Mark.CHANGED;
            nodes.put(s.name, new Node(s.name, oldName, mark, own, after.layout.get(s.name)));
        }
        for (Step s : oldGraph.steps) {
            String name = newNameOf.get(s.name);
            if (!inNew.contains(name)) {
                nodes.put(name, new Node(name, s.name, Mark.REMOVED, diff.ofStep(graph, s.name),
                        placeNearNeighbour(s, oldGraph, before, after, newNameOf, inNew)));
            }
        }

        Map<String, Edge> edges = new LinkedHashMap<>();
        for (Step s : newGraph.steps) {
            for (String d : s.dependsOn) {
                edges.put(d + "\n" + s.name, new Edge(d, s.name, Mark.ADDED));
            }
        }
        for (Step s : oldGraph.steps) {
            String to = newNameOf.get(s.name);
            for (String d : s.dependsOn) {
                String from = newNameOf.getOrDefault(d, d);
                String key = from + "\n" + to;
                edges.put(key, edges.containsKey(key) ? new Edge(from, to, Mark.UNCHANGED) : new Edge(from, to, Mark.REMOVED));
            }
        }
        return new UnionGraph(graph, new ArrayList<>(nodes.values()), new ArrayList<>(edges.values()));
    }

    /**
     * Where a removed step goes: at its old offset from the first of its old neighbours (the steps it
     * depended on, then those that depended on it) that the new version still has, else where it was.
     */
    private static Position placeNearNeighbour(Step removed, Graph oldGraph, Pipeline before, Pipeline after,
            Map<String, String> newNameOf, Set<String> inNew) {
        Position was = before.layout.get(removed.name);
        if (was == null) {
            return null;
        }
        List<String> neighbours = new ArrayList<>(removed.dependsOn);
        oldGraph.steps.stream().filter(s -> s.dependsOn.contains(removed.name)).forEach(s -> neighbours.add(s.name));
        for (String n : neighbours) {
            String now = newNameOf.getOrDefault(n, n);
            Position oldAt = before.layout.get(n);
            Position newAt = after.layout.get(now);
            if (inNew.contains(now) && oldAt != null && newAt != null) {
                return new Position(newAt.x() + was.x() - oldAt.x(), newAt.y() + was.y() - oldAt.y());
            }
        }
        return was;
    }

    private static Graph graphOf(Pipeline p, String name) {
        return p.template(name).map((Template t) -> t.graph).orElseGet(Graph::new);
    }
}
