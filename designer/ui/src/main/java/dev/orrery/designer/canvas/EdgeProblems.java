package dev.orrery.designer.canvas;

import dev.orrery.core.diag.Diagnostic;
import dev.orrery.core.diag.Location;
import dev.orrery.core.model.Step;
import dev.orrery.core.refs.Binding;
import dev.orrery.core.refs.Bindings;
import dev.orrery.core.refs.IoKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The validator's findings that concern a dependency, attached to the edge they are about: a
 * dependency on a step the graph does not have (an edge from a missing step, drawn as a stub) and
 * the edges of a dependency cycle. Which edge is structural (the graph's strongly connected
 * components); what is shown is the validator's message for the step the finding is located at.
 * Findings about a binding (at a step's input port: an output that does not exist, a kind mismatch,
 * a producer that does not run first) go on the edge from the producer to the consumer, drawn even
 * when no dependency joins them; from a missing producer, as a stub.
 */
final class EdgeProblems {
    /** A dependency: {@code to} runs after {@code from}; {@code from} may name no step (a dangling one). */
    record Edge(String from, String to) {
    }

    private static final String DEPENDENCY_FIELD = "dependsOn";
    private final Map<Edge, List<Diagnostic>> byEdge;

    /**
     * The steps at the end of an edge with a problem: the picture asks {@link #has} for every edge
     * of the graph on each repaint, and most are answered by one lookup of a string (whose hash is
     * kept) instead of making a record and hashing it (in code run too rarely to be compiled, that
     * cost 100–200 ms for 15,000 edges).
     */
    private final java.util.Set<String> consumers = new java.util.HashSet<>();

    private EdgeProblems(Map<Edge, List<Diagnostic>> byEdge) {
        this.byEdge = byEdge;
        byEdge.keySet().forEach(e -> consumers.add(e.to()));
    }

    static final EdgeProblems NONE = new EdgeProblems(Map.of());

    static EdgeProblems of(GraphIndex index, List<Diagnostic> problems) {
        Map<String, List<Diagnostic>> dependencyFindings = new HashMap<>();
        Map<String, List<Diagnostic>> portFindings = new HashMap<>();
        for (Diagnostic d : problems) {
            if (d.location().step() != null && DEPENDENCY_FIELD.equals(d.location().field())) {
                dependencyFindings.computeIfAbsent(d.location().step(), k -> new ArrayList<>()).add(d);
            } else if (d.location().step() != null && d.location().portInput() != null) {
                portFindings.computeIfAbsent(d.location().step(), k -> new ArrayList<>()).add(d);
            }
        }
        if (dependencyFindings.isEmpty() && portFindings.isEmpty()) {
            return NONE;
        }
        Map<Edge, List<Diagnostic>> out = new LinkedHashMap<>();
        if (!dependencyFindings.isEmpty()) {
            dependencies(index, dependencyFindings, out);
        }
        bindings(index, portFindings, out);
        return out.isEmpty() ? NONE : new EdgeProblems(out);
    }

    /**
     * A finding at a step's input port goes on the edge from the producer its binding names (the
     * message quotes the binding's reference); an input with no binding at all stays on the step.
     */
    private static void bindings(GraphIndex index, Map<String, List<Diagnostic>> portFindings,
            Map<Edge, List<Diagnostic>> out) {
        portFindings.forEach((consumer, found) -> {
            Step s = index.byName.get(consumer);
            if (s == null) {
                return;
            }
            for (Binding b : Bindings.into(s)) {
                String port = Location.portField(b.inputKind() == IoKind.ARTIFACT, b.input());
                for (Diagnostic d : found) {
                    if (port.equals(d.location().field()) && d.message().contains(b.reference())) {
                        List<Diagnostic> onEdge = out.computeIfAbsent(new Edge(b.producer(), consumer), k -> new ArrayList<>());
                        if (!onEdge.contains(d)) {
                            onEdge.add(d);
                        }
                    }
                }
            }
        });
    }

    private static void dependencies(GraphIndex index, Map<String, List<Diagnostic>> dependencyFindings,
            Map<Edge, List<Diagnostic>> out) {
        Map<String, Integer> component = components(index);
        for (Step s : index.steps) {
            for (String dep : s.dependsOn) {
                if (dep == null || dep.equals(s.name)) {
                    continue;
                }
                Edge e = new Edge(dep, s.name);
                if (!index.byName.containsKey(dep)) {
                    for (Diagnostic d : dependencyFindings.getOrDefault(s.name, List.of())) {
                        if (d.message().contains("'" + dep + "'")) {
                            out.computeIfAbsent(e, k -> new ArrayList<>()).add(d);
                        }
                    }
                } else if (component.get(dep).equals(component.get(s.name))) {
                    // Both ends are in one cycle: the cycle's finding is located at one of its steps.
                    int c = component.get(s.name);
                    for (Map.Entry<String, List<Diagnostic>> f : dependencyFindings.entrySet()) {
                        if (Integer.valueOf(c).equals(component.get(f.getKey()))) {
                            for (Diagnostic d : f.getValue()) {
                                if (d.message().contains("cycle")) {
                                    out.computeIfAbsent(e, k -> new ArrayList<>()).add(d);
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    Map<Edge, List<Diagnostic>> all() {
        return byEdge;
    }

    boolean isEmpty() {
        return byEdge.isEmpty();
    }

    boolean has(String from, String to) {
        return consumers.contains(to) && byEdge.containsKey(new Edge(from, to));
    }

    /** Tarjan's strongly connected components (iterative, graphs can be large): step name → component. */
    private static Map<String, Integer> components(GraphIndex index) {
        Map<String, Integer> order = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Map<String, Integer> component = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        java.util.Set<String> onStack = new java.util.HashSet<>();
        int[] counter = {0};
        int[] components = {0};
        for (String root : index.byName.keySet()) {
            if (order.containsKey(root)) {
                continue;
            }
            Deque<Object[]> work = new ArrayDeque<>(); // {name, next dependency index}
            work.push(new Object[] {root, 0});
            order.put(root, counter[0]);
            low.put(root, counter[0]++);
            stack.push(root);
            onStack.add(root);
            while (!work.isEmpty()) {
                Object[] frame = work.peek();
                String v = (String) frame[0];
                List<String> deps = index.byName.get(v).dependsOn;
                int i = (Integer) frame[1];
                if (i < deps.size()) {
                    frame[1] = i + 1;
                    String w = deps.get(i);
                    if (w == null || !index.byName.containsKey(w)) {
                        continue;
                    }
                    if (!order.containsKey(w)) {
                        order.put(w, counter[0]);
                        low.put(w, counter[0]++);
                        stack.push(w);
                        onStack.add(w);
                        work.push(new Object[] {w, 0});
                    } else if (onStack.contains(w)) {
                        low.put(v, Math.min(low.get(v), order.get(w)));
                    }
                    continue;
                }
                work.pop();
                if (!work.isEmpty()) {
                    String parent = (String) work.peek()[0];
                    low.put(parent, Math.min(low.get(parent), low.get(v)));
                }
                if (low.get(v).equals(order.get(v))) {
                    String w;
                    do {
                        w = stack.pop();
                        onStack.remove(w);
                        component.put(w, components[0]);
                    } while (!w.equals(v));
                    components[0]++;
                }
            }
        }
        return component;
    }
}
