package dev.orrery.core.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The body of a graph template: steps with dependencies. */
public final class Graph {
    public GraphStyle style = GraphStyle.DAG;
    public List<Step> steps = new ArrayList<>();
    /** DAG fields the model does not lift ({@code target}, {@code failFast}). */
    public ObjectNode extra = Json.object();

    public Optional<Step> step(String name) {
        return steps.stream().filter(s -> name.equals(s.name)).findFirst();
    }

    public Graph copy() {
        Graph g = new Graph();
        g.style = style;
        steps.forEach(s -> g.steps.add(s.copy()));
        g.extra = extra.deepCopy();
        return g;
    }
}
