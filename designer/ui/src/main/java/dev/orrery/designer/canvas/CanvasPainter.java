package dev.orrery.designer.canvas;

import dev.orrery.core.model.Position;
import dev.orrery.core.model.Step;
import java.util.Set;
import java.util.function.Function;
import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * Draws what is cheap to draw as pixels: the grid, the edges, and (when zoomed out) the nodes as
 * plain boxes. Only what intersects the visible world rectangle is drawn.
 */
final class CanvasPainter {
    /** Below this scale nodes are drawn as boxes instead of full node views. */
    static final double DETAIL_SCALE = 0.45;

    record Colors(Color background, Color grid, Color edge, Color nodeFill, Color nodeBorder, Color selected,
            Color error) {
        static final Colors LIGHT = new Colors(Color.web("#f6f8fa"), Color.web("#d0d7de"), Color.web("#6e7781"),
                Color.WHITE, Color.web("#d0d7de"), Color.web("#0969da"), Color.web("#cf222e"));
        static final Colors DARK = new Colors(Color.web("#0d1117"), Color.web("#30363d"), Color.web("#8b949e"),
                Color.web("#161b22"), Color.web("#30363d"), Color.web("#2f81f7"), Color.web("#f85149"));
    }

    private CanvasPainter() {
    }

    static void paint(GraphicsContext g, double width, double height, Viewport vp, GraphIndex index,
            Function<String, Position> position, Set<String> selected, Set<String> withErrors, Colors c) {
        double s = vp.scale();
        g.setFill(c.background());
        g.fillRect(0, 0, width, height);
        grid(g, width, height, vp, c);
        Rectangle2D view = vp.visibleWorld(width, height);
        double margin = NodeView.WIDTH;
        Rectangle2D cull = new Rectangle2D(view.getMinX() - margin, view.getMinY() - margin,
                view.getWidth() + 2 * margin, view.getHeight() + 2 * margin);
        g.setStroke(c.edge());
        g.setFill(c.edge());
        g.setLineWidth(Math.max(1, 1.6 * s));
        for (Step step : index.steps) {
            Position to = position.apply(step.name);
            for (String dep : step.dependsOn) {
                Position from = position.apply(dep);
                if (from == null || to == null || !index.byName.containsKey(dep)) {
                    continue;
                }
                double x1 = from.x() + NodeView.WIDTH;
                double y1 = from.y() + NodeView.HEIGHT / 2;
                double x2 = to.x();
                double y2 = to.y() + NodeView.HEIGHT / 2;
                if (!cull.intersects(Math.min(x1, x2), Math.min(y1, y2), Math.abs(x2 - x1) + 1, Math.abs(y2 - y1) + 1)) {
                    continue;
                }
                edge(g, vp, x1, y1, x2, y2, s);
            }
        }
        if (s < DETAIL_SCALE) {
            boxes(g, vp, index, position, selected, withErrors, cull, c);
        }
    }

    private static void grid(GraphicsContext g, double width, double height, Viewport vp, Colors c) {
        double step = GraphCanvas.GRID * vp.scale();
        while (step < 12) {
            step *= 5;
        }
        double ox = vp.txProperty().get() % step;
        double oy = vp.tyProperty().get() % step;
        g.setFill(c.grid());
        double dot = vp.scale() >= 0.5 ? 1.5 : 1;
        for (double x = ox; x < width; x += step) {
            for (double y = oy; y < height; y += step) {
                g.fillRect(x, y, dot, dot);
            }
        }
    }

    private static void edge(GraphicsContext g, Viewport vp, double x1, double y1, double x2, double y2, double s) {
        var a = vp.toLocal(x1, y1);
        var b = vp.toLocal(x2, y2);
        double bend = Math.max(30 * s, Math.abs(b.getX() - a.getX()) / 2);
        g.beginPath();
        g.moveTo(a.getX(), a.getY());
        g.bezierCurveTo(a.getX() + bend, a.getY(), b.getX() - bend, b.getY(), b.getX(), b.getY());
        g.stroke();
        double head = Math.max(3, 8 * s);
        g.fillPolygon(new double[] {b.getX(), b.getX() - head, b.getX() - head},
                new double[] {b.getY(), b.getY() - head / 2, b.getY() + head / 2}, 3);
    }

    private static void boxes(GraphicsContext g, Viewport vp, GraphIndex index, Function<String, Position> position,
            Set<String> selected, Set<String> withErrors, Rectangle2D cull, Colors c) {
        double s = vp.scale();
        double w = NodeView.WIDTH * s;
        double h = NodeView.HEIGHT * s;
        g.setLineWidth(1);
        for (Step step : index.steps) {
            Position p = position.apply(step.name);
            if (p == null || !cull.intersects(p.x(), p.y(), NodeView.WIDTH, NodeView.HEIGHT)) {
                continue;
            }
            var at = vp.toLocal(p.x(), p.y());
            g.setFill(c.nodeFill());
            g.fillRect(at.getX(), at.getY(), w, h);
            NodeFacts f = index.facts.get(step.name);
            g.setFill(KindStyle.of(f == null ? null : f.kind()).accent());
            g.fillRect(at.getX(), at.getY(), Math.max(2, 6 * s), h);
            boolean sel = selected.contains(step.name);
            boolean err = withErrors.contains(step.name);
            g.setStroke(sel ? c.selected() : err ? c.error() : c.nodeBorder());
            g.setLineWidth(sel || err ? 2 : 1);
            g.strokeRect(at.getX(), at.getY(), w, h);
        }
    }
}
