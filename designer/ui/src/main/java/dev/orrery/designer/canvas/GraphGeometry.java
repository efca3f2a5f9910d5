package dev.orrery.designer.canvas;

import dev.orrery.core.model.Position;
import dev.orrery.core.model.Step;
import java.util.Arrays;
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
    /** x1, y1, x2, y2 of each edge, from the output port of one step to the input port of another. */
    final double[] edges;
    /** The index in {@code index.steps} of each edge's source and target. */
    final int[] edgeFrom;
    final int[] edgeTo;

    GraphGeometry(GraphIndex index, Function<String, Position> position) {
        int n = index.steps.size();
        x = new double[n];
        y = new double[n];
        java.util.Map<String, Integer> order = new java.util.HashMap<>(n * 2);
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
                e[4 * count] = x[j] + NodeView.WIDTH;
                e[4 * count + 1] = y[j] + NodeView.HEIGHT / 2;
                e[4 * count + 2] = x[i];
                e[4 * count + 3] = y[i] + NodeView.HEIGHT / 2;
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
}
