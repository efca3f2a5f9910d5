package dev.orrery.designer.canvas;

import dev.orrery.designer.doc.StepPaths;

/**
 * Which edge a click falls on. Reads the edge end points the canvas keeps in {@link GraphGeometry}
 * and rejects each edge by its bounding box before measuring the curve, so one click costs a pass
 * over flat arrays; the editor runs it on a press only (the monitor's read-only graph also on mouse
 * moves, for an edge's tooltip). Edges are measured as drawn:
 * the same cubic curve as the picture at detail scale, straight lines below it.
 */
final class EdgeHits {
    /** How close to an edge a click counts, in screen pixels. */
    static final double TOLERANCE = 6;
    private static final int PIECES = 16;

    private EdgeHits() {
    }

    /**
     * The nearest edge between two steps of the shown graph within reach of a world point, or null.
     * Edges inside expanded groups are not offered (their steps are not edited from the canvas).
     */
    static Dependency at(GraphIndex index, GraphGeometry geo, double wx, double wy, double scale) {
        double reach = TOLERANCE / scale;
        boolean curves = scale >= CanvasPainter.DETAIL_SCALE;
        double best = reach;
        int found = -1;
        double[] e = geo.edges;
        for (int i = 0; i < geo.edgeCount(); i++) {
            double ax = e[4 * i];
            double ay = e[4 * i + 1];
            double bx = e[4 * i + 2];
            double by = e[4 * i + 3];
            double bend = curves ? Math.max(30, Math.abs(bx - ax) / 2) : 0;
            double minX = Math.min(ax, bx - bend) - reach;
            double maxX = Math.max(ax + bend, bx) + reach;
            if (wx < minX || wx > maxX || wy < Math.min(ay, by) - reach || wy > Math.max(ay, by) + reach) {
                continue;
            }
            double d = curves ? curveDistance(ax, ay, bend, bx, by, wx, wy) : segmentDistance(ax, ay, bx, by, wx, wy);
            if (d <= best) {
                best = d;
                found = i;
            }
        }
        if (found < 0) {
            return null;
        }
        String from = index.steps.get(geo.edgeFrom[found]).name;
        String to = index.steps.get(geo.edgeTo[found]).name;
        return StepPaths.isInner(from) || StepPaths.isInner(to) ? null : new Dependency(from, to);
    }

    /** Distance to the edge's cubic curve from (ax, ay) over (ax + bend, ay) and (bx - bend, by) to (bx, by). */
    private static double curveDistance(double ax, double ay, double bend, double bx, double by, double px, double py) {
        double best = Double.MAX_VALUE;
        double x0 = ax;
        double y0 = ay;
        for (int i = 1; i <= PIECES; i++) {
            double t = (double) i / PIECES;
            double u = 1 - t;
            double x = u * u * u * ax + 3 * u * u * t * (ax + bend) + 3 * u * t * t * (bx - bend) + t * t * t * bx;
            double y = u * u * u * ay + 3 * u * u * t * ay + 3 * u * t * t * by + t * t * t * by;
            best = Math.min(best, segmentDistance(x0, y0, x, y, px, py));
            x0 = x;
            y0 = y;
        }
        return best;
    }

    static double segmentDistance(double ax, double ay, double bx, double by, double px, double py) {
        double dx = bx - ax;
        double dy = by - ay;
        double len = dx * dx + dy * dy;
        double t = len == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len));
        return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
    }
}
