package dev.orrery.designer.canvas;

import dev.orrery.core.model.Step;
import dev.orrery.core.refs.Binding;
import dev.orrery.core.refs.IoKind;
import dev.orrery.designer.doc.StepPaths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What flows on each edge of the shown graph, read through {@link Bindings} once per graph index
 * (that is, once per document revision or expansion), never per frame. Steps inside an expanded
 * group are named by path while their references name their siblings plainly, so producers are
 * matched by the last name of the edge's source.
 */
final class EdgeFlows {
    static final EdgeFlows NONE = new EdgeFlows(Map.of());

    /** consumer → producer (as written) → bindings; only consumers with at least one binding. */
    private final Map<String, Map<String, List<Binding>>> byConsumer;

    private EdgeFlows(Map<String, Map<String, List<Binding>>> byConsumer) {
        this.byConsumer = byConsumer;
    }

    static EdgeFlows of(GraphIndex index) {
        Map<String, Map<String, List<Binding>>> out = new HashMap<>();
        for (Step s : index.steps) {
            // the index read every step's bindings once already: reading them again cost as much
            for (Binding b : index.bindingsInto(s.name)) {
                out.computeIfAbsent(s.name, k -> new LinkedHashMap<>())
                        .computeIfAbsent(b.producer(), k -> new ArrayList<>()).add(b);
            }
        }
        return new EdgeFlows(out);
    }

    /** The flows of the last graph index asked for, read again only for another index. */
    static final class Kept {
        private GraphIndex index;
        private EdgeFlows flows = NONE;

        EdgeFlows of(GraphIndex idx) {
            if (idx != index) {
                flows = EdgeFlows.of(idx);
                index = idx;
            }
            return flows;
        }

        /** Keeps flows worked out elsewhere (off the FX thread) for an index. */
        void keep(GraphIndex idx, EdgeFlows worked) {
            index = idx;
            flows = worked;
        }
    }

    /** The bindings carried by the edge {@code from → to}; empty when it only orders. */
    List<Binding> on(String from, String to) {
        Map<String, List<Binding>> producers = byConsumer.get(to);
        if (producers == null) {
            return List.of();
        }
        return producers.getOrDefault(StepPaths.leaf(from), List.of());
    }

    /** The geometry {@link #orderOnly} was last worked out for, and its answer (FX thread only). */
    private GraphGeometry orderFor;
    private boolean[] orderOnly;

    /**
     * For each edge of {@code geometry} (by its index there), whether it only orders: worked out once
     * per geometry, so the picture's snapshot, made on every repaint, reads an array instead of
     * looking up thousands of edges by name.
     */
    boolean[] orderOnly(GraphIndex index, GraphGeometry geometry) {
        if (geometry != orderFor) {
            boolean[] out = new boolean[geometry.edgeCount()];
            for (int i = 0; i < out.length; i++) {
                out[i] = look(index.steps.get(geometry.edgeFrom[i]).name, index.steps.get(geometry.edgeTo[i]).name)
                        == EdgeLook.ORDER;
            }
            orderOnly = out;
            orderFor = geometry;
        }
        return orderOnly;
    }

    /** How the edge {@code from → to} is drawn: carrying data or only ordering. */
    EdgeLook look(String from, String to) {
        return on(from, to).isEmpty() ? EdgeLook.ORDER : EdgeLook.DATA;
    }

    boolean isEmpty() {
        return byConsumer.isEmpty();
    }

    /** The edge's label: the one name that flows, or how many; null for an edge that only orders. */
    static String label(List<Binding> flows) {
        List<String> names = flows.stream().map(Binding::label).distinct().toList();
        if (names.isEmpty()) {
            return null;
        }
        return names.size() == 1 ? names.get(0) : Integer.toString(names.size());
    }

    /** One line per binding: what flows, its kind, and the input it feeds. */
    static String describe(List<Binding> flows) {
        return flows.stream().map(b -> b.label() + " (" + kind(b.outputKind()) + ") → " + b.consumer() + "." + b.input())
                .collect(Collectors.joining("\n"));
    }

    static String kind(IoKind k) {
        return k == IoKind.ARTIFACT ? "artifact" : "parameter";
    }
}
