package dev.orrery.app.monitor;

import dev.orrery.core.model.Position;
import dev.orrery.designer.canvas.Dependency;
import dev.orrery.designer.canvas.GraphCanvas;
import dev.orrery.designer.canvas.NodeView;
import javafx.geometry.Point2D;

/** Where an edge of a canvas is on the screen, found as a click finds it (FX thread). */
public final class RunEdgePoints {
    private RunEdgePoints() {
    }

    /**
     * A screen point on the edge {@code d} and on no step: the canvas's own hit test decides, over
     * the area between the two steps, so the test does not depend on how edges are drawn.
     */
    public static Point2D on(GraphCanvas canvas, Dependency d) {
        Position a = canvas.position(d.from());
        Position b = canvas.position(d.to());
        if (a == null || b == null) {
            throw new AssertionError("the canvas shows no " + d);
        }
        Point2D from = canvas.viewport().toLocal(Math.min(a.x(), b.x()), Math.min(a.y(), b.y()));
        Point2D to = canvas.viewport().toLocal(Math.max(a.x(), b.x()) + NodeView.WIDTH,
                Math.max(a.y(), b.y()) + NodeView.HEIGHT);
        // start on the curve's own middle when the canvas tells where the edge is drawn (between ports):
        // a point found at the rim of the click tolerance would miss by the half pixel a mouse rounds to
        double[] ends = canvas.edgeEnds(d.from(), d.to());
        Point2D mid = ends == null ? from.midpoint(to)
                : canvas.viewport().toLocal((ends[0] + ends[2]) / 2, (ends[1] + ends[3]) / 2);
        // from the middle outwards: the nearest hit to the middle is well clear of the steps
        double w = to.getX() - from.getX();
        double h = to.getY() - from.getY();
        for (double r = 0; r < Math.max(w, h); r += 2) {
            for (double dx = -r; dx <= r; dx += 2) {
                for (double dy : r == 0 ? new double[] {0} : new double[] {-r, r}) {
                    Point2D p = hit(canvas, d, mid.getX() + dx, mid.getY() + dy);
                    if (p == null) {
                        p = hit(canvas, d, mid.getX() + dy, mid.getY() + dx);
                    }
                    if (p != null) {
                        return p;
                    }
                }
            }
        }
        throw new AssertionError("no point of " + d + " found on the canvas");
    }

    private static Point2D hit(GraphCanvas canvas, Dependency d, double x, double y) {
        Point2D local = new Point2D(x, y);
        if (x < 0 || y < 0 || x > canvas.getWidth() || y > canvas.getHeight() || canvas.stepAt(local) != null
                || !d.equals(canvas.edgeAt(local))) {
            return null;
        }
        return canvas.localToScreen(local);
    }
}
