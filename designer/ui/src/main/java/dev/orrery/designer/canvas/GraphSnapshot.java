package dev.orrery.designer.canvas;

import dev.orrery.core.model.Position;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javafx.geometry.Rectangle2D;
import javafx.scene.paint.Color;

/**
 * What the canvas picture shows, in world coordinates: copied from the model on the FX thread so
 * that the picture can be painted on another thread. Only what meets the cull rectangle is kept.
 *
 * @param edges x1, y1, x2, y2 of each edge without a problem (from the output to the input port)
 *     that carries data
 * @param boxes the nodes drawn as boxes: all when zoomed out, else those still waiting for a node view
 * @param orderEdges the same for edges that only order their steps ({@link EdgeLook#ORDER})
 * @param markedEdges edges with a host's mark ({@link EdgeOverlay}), drawn over the others
 */
record GraphSnapshot(double[] edges, List<ProblemEdge> problemEdges, List<Box> boxes, List<double[]> frames,
        double[] orderEdges, List<MarkedEdge> markedEdges) {

    GraphSnapshot(double[] edges, List<ProblemEdge> problemEdges, List<Box> boxes, List<double[]> frames,
            double[] orderEdges) {
        this(edges, problemEdges, boxes, frames, orderEdges, List.of());
    }

    /** An edge a host marked: where it runs, its colour and whether it is dashed. */
    record MarkedEdge(double x1, double y1, double x2, double y2, Color colour, boolean dashed) {
    }

    /**
     * A node drawn as a box; overlay is a host's status colour or null. At detail scale it also has
     * what its node view would show (facts, ports), painted by {@link PaintedNodes}; zoomed out both are null.
     */
    record Box(double x, double y, KindStyle kind, boolean selected, boolean error, Color overlay, NodeFacts facts,
            PortLayout ports) {
    }

    /** An edge with a problem; from a missing step it is a stub ending at the input port. */
    record ProblemEdge(double x1, double y1, double x2, double y2, boolean stub) {
        /** From one step's output port to another's input; without a {@code from} (a missing step), a stub. */
        static ProblemEdge between(Position from, Position to) {
            double[] in = PortLayout.defaultInput(to.x(), to.y());
            if (from == null) {
                return new ProblemEdge(in[0] - EdgeMarkers.STUB, in[1], in[0], in[1], true);
            }
            double[] e = PortLayout.edge(from.x(), from.y(), to.x(), to.y());
            return new ProblemEdge(e[0], e[1], e[2], e[3], false);
        }
    }

    /** A snapshot without edge marks. */
    static GraphSnapshot of(GraphIndex index, GraphGeometry geometry, Function<String, Position> position,
            Set<String> selected, Set<String> withErrors, EdgeProblems edgeProblems, Map<String, NodeOverlay> overlays,
            Rectangle2D cull, Set<String> boxed, EdgeFlows flows) {
        return of(index, geometry, position, selected, withErrors, edgeProblems, overlays, cull, boxed, flows, Map.of());
    }

    /**
     * @param boxed the steps to draw as boxes, or null for all (zoomed out, or a large graph in
     *     detail, whose steps are all painted under their node views); in a detail geometry each box
     *     carries what its node view shows
     */
    static GraphSnapshot of(GraphIndex index, GraphGeometry geometry, Function<String, Position> position,
            Set<String> selected, Set<String> withErrors, EdgeProblems edgeProblems, Map<String, NodeOverlay> overlays,
            Rectangle2D cull, Set<String> boxed, EdgeFlows flows, Map<Dependency, EdgeOverlay> edgeOverlays) {
        double[] all = geometry.edges;
        double[] edges = new double[64];
        int n = 0;
        double[] order = new double[64];
        int m = 0;
        boolean[] orderOnly = flows.orderOnly(index, geometry);
        List<MarkedEdge> marked = new ArrayList<>();
        GraphGeometry.Meeting near = geometry.meeting(cull);
        for (int i : near.edges()) {
            double x1 = all[4 * i];
            double y1 = all[4 * i + 1];
            double x2 = all[4 * i + 2];
            double y2 = all[4 * i + 3];
            if (!cull.intersects(Math.min(x1, x2), Math.min(y1, y2), Math.abs(x2 - x1) + 1, Math.abs(y2 - y1) + 1)
                    || !edgeProblems.isEmpty() && edgeProblems.has(index.steps.get(geometry.edgeFrom[i]).name,
                            index.steps.get(geometry.edgeTo[i]).name)) {
                continue;
            }
            if (!edgeOverlays.isEmpty()) {
                EdgeOverlay mark = edgeOverlays.get(new Dependency(index.steps.get(geometry.edgeFrom[i]).name,
                        index.steps.get(geometry.edgeTo[i]).name));
                if (mark != null) {
                    marked.add(new MarkedEdge(x1, y1, x2, y2, Color.web(mark.colour()), mark.dashed()));
                    continue;
                }
            }
            if (orderOnly[i]) {
                order = put(order, m, x1, y1, x2, y2);
                m += 4;
                continue;
            }
            edges = put(edges, n, x1, y1, x2, y2);
            n += 4;
        }
        List<ProblemEdge> problems = new ArrayList<>();
        for (EdgeProblems.Edge e : edgeProblems.all().keySet()) {
            Position to = position.apply(e.to());
            if (to == null) {
                continue;
            }
            problems.add(ProblemEdge.between(position.apply(e.from()), to));
        }
        List<Box> boxes = new ArrayList<>();
        if (boxed == null || !boxed.isEmpty()) {
            for (int i : near.steps()) {
                double x = geometry.x[i];
                double y = geometry.y[i];
                String name = index.steps.get(i).name;
                if (Double.isNaN(x) || !cull.intersects(x, y, NodeView.WIDTH, NodeView.HEIGHT)
                        || boxed != null && !boxed.contains(name)) {
                    continue;
                }
                NodeFacts f = index.facts.get(name);
                NodeOverlay o = overlays.isEmpty() ? null : overlays.get(name);
                boolean detail = geometry.detail;
                boxes.add(new Box(x, y, KindStyle.of(f == null ? null : f.kind()), selected.contains(name),
                        withErrors.contains(name), o == null ? null : Color.web(o.colour()), detail ? f : null,
                        detail ? index.ports(name) : null));
            }
        }
        List<double[]> frames = new ArrayList<>();
        index.groups.frames.forEach((path, size) -> {
            Position p = position.apply(path);
            if (p != null) {
                frames.add(new double[] {p.x(), p.y(), size[0], size[1]});
            }
        });
        return new GraphSnapshot(Arrays.copyOf(edges, n), problems, boxes, frames, Arrays.copyOf(order, m), marked);
    }

    /** Writes an edge's four numbers at {@code at}, growing the array when full. */
    private static double[] put(double[] to, int at, double x1, double y1, double x2, double y2) {
        double[] out = at + 4 > to.length ? Arrays.copyOf(to, to.length * 2) : to;
        out[at] = x1;
        out[at + 1] = y1;
        out[at + 2] = x2;
        out[at + 3] = y2;
        return out;
    }
}
