package dev.orrery.designer.canvas;

import dev.orrery.core.model.Position;
import dev.orrery.core.model.Step;
import java.util.Arrays;
import javafx.geometry.Rectangle2D;
import java.util.function.Function;

/**
 * Where every step of the shown graph and every edge between them is, in world coordinates, in
 * flat arrays. Looking positions up through the model costs several map look-ups per step; the
 * picture and the node views need them every frame, so the canvas keeps this until the graph, the
 * expanded groups or a previewed move change.
 */
final class GraphGeometry {
    /** Per step of the index, in its order; NaN where a step has no position. */
    final double[] x;
    final double[] y;
    /**
     * x1, y1, x2, y2 of each edge, from the output port of one step to the input port of another
     * ({@link PortLayout}: the ports of the binding it carries in detail, else the side midpoints).
     */
    final double[] edges;
    /** The index in {@code index.steps} of each edge's source and target. */
    final int[] edgeFrom;
    final int[] edgeTo;

    /** Whether edges meet named ports (detail scale) or the folded side midpoints (zoomed out). */
    final boolean detail;
    /** Each step's index in {@code index.steps}. */
    private final java.util.Map<String, Integer> order;

    GraphGeometry(GraphIndex index, Function<String, Position> position, boolean detail) {
        this.detail = detail;
        int n = index.steps.size();
        x = new double[n];
        y = new double[n];
        order = new java.util.HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            Step s = index.steps.get(i);
            order.put(s.name, i);
            Position p = position.apply(s.name);
            x[i] = p == null ? Double.NaN : p.x();
            y[i] = p == null ? Double.NaN : p.y();
        }
        double[] e = new double[64];
        int[] from = new int[16];
        int[] to = new int[16];
        int count = 0;
        for (int i = 0; i < n; i++) {
            for (String dep : index.steps.get(i).dependsOn) {
                Integer j = order.get(dep);
                if (j == null || Double.isNaN(x[j]) || Double.isNaN(x[i])) {
                    continue;
                }
                if (count == from.length) {
                    from = Arrays.copyOf(from, count * 2);
                    to = Arrays.copyOf(to, count * 2);
                    e = Arrays.copyOf(e, count * 8);
                }
                from[count] = j;
                to[count] = i;
                String producer = index.steps.get(j).name;
                String consumer = index.steps.get(i).name;
                PortLayout.edge(x[j], y[j], index.ports(producer), x[i], y[i], index.ports(consumer),
                        detail ? index.flow(producer, consumer) : null, detail, e, 4 * count);
                count++;
            }
        }
        edges = Arrays.copyOf(e, 4 * count);
        edgeFrom = Arrays.copyOf(from, count);
        edgeTo = Arrays.copyOf(to, count);
    }

    int edgeCount() {
        return edgeFrom.length;
    }

    private GeometryGrid grid;
    private int queries;

    /** The steps and edges by the world cells they touch, made on first need (FX thread). */
    GeometryGrid grid() {
        if (grid == null) {
            grid = new GeometryGrid(this);
        }
        return grid;
    }

    /** The steps and the edges that may meet a world rectangle, each ascending (the caller tests them). */
    record Meeting(int[] steps, int[] edges) {
    }

    /**
     * What may meet a world rectangle. The first question a geometry is asked reads every step and
     * edge: after an edit the geometry is new and often asked once, and reading all costs less than
     * making the grid; from the second on, as while panning and zooming, the grid answers.
     */
    Meeting meeting(Rectangle2D area) {
        if (++queries == 1) {
            return new Meeting(every(x.length), every(edgeCount()));
        }
        return new Meeting(grid().steps(area), grid().edges(area));
    }

    private static int[] every(int n) {
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        return all;
    }

    /** x1, y1, x2, y2 of the edge {@code from → to} as drawn, or null when it is not drawn. */
    double[] ends(String fromStep, String toStep) {
        int k = edge(fromStep, toStep);
        return k < 0 ? null : Arrays.copyOfRange(edges, 4 * k, 4 * k + 4);
    }

    /** The index of the edge {@code from → to}, or -1 when it is not drawn. */
    int edge(String fromStep, String toStep) {
        Integer from = order.get(fromStep);
        Integer to = order.get(toStep);
        for (int k = 0; from != null && to != null && k < edgeFrom.length; k++) {
            if (edgeFrom[k] == from && edgeTo[k] == to) {
                return k;
            }
        }
        return -1;
    }
}
