package dev.orrery.designer.canvas;

import dev.orrery.core.model.Position;
import dev.orrery.core.model.Step;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * The canvas's colours and scale thresholds, and the minimap's overview drawing (edges as lines,
 * nodes as boxes). The canvas's own picture is painted by {@link GraphRaster}.
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

    /** Edges and boxes whatever the scale (the minimap). */
    static void paintOverview(GraphicsContext g, double width, double height, Viewport vp, GraphIndex index,
            Function<String, Position> position, Set<String> selected, Set<String> withErrors, Colors c) {
        Rectangle2D view = vp.visibleWorld(width, height);
        g.setStroke(c.edge());
        g.setLineWidth(0.5);
        g.beginPath();
        double s = vp.scale();
        double tx = vp.txProperty().get();
        double ty = vp.tyProperty().get();
        for (Step step : index.steps) {
            Position to = position.apply(step.name);
            for (String dep : step.dependsOn) {
                Position from = position.apply(dep);
                if (from != null && to != null && index.byName.containsKey(dep)) {
                    // an overview: ports folded, edges between side midpoints
                    double[] e = PortLayout.edge(from.x(), from.y(), to.x(), to.y());
                    g.moveTo(e[0] * s + tx, e[1] * s + ty);
                    g.lineTo(e[2] * s + tx, e[3] * s + ty);
                }
            }
        }
        g.stroke();
        boxes(g, vp, index, position, selected, withErrors, view, c);
    }

    /** Screen distance between grid dots at a scale: the 20-unit grid, coarsened to at least 24 px. */
    static double gridStep(double scale) {
        double step = GraphCanvas.GRID * scale;
        while (step < 24) {
            step *= 5;
        }
        return step;
    }

    private static void boxes(GraphicsContext g, Viewport vp, GraphIndex index, Function<String, Position> position,
            Set<String> selected, Set<String> withErrors, Rectangle2D cull, Colors c) {
        double s = vp.scale();
        double w = NodeView.WIDTH * s;
        double h = NodeView.HEIGHT * s;
        double bar = Math.max(2, 6 * s);
        double tx = vp.txProperty().get();
        double ty = vp.tyProperty().get();
        // Batched by paint: all bodies, then one path per kind colour, then borders.
        Map<KindStyle, List<double[]>> byKind = new EnumMap<>(KindStyle.class);
        List<double[]> marked = new ArrayList<>();
        g.setFill(c.nodeFill());
        g.beginPath();
        for (Step step : index.steps) {
            Position p = position.apply(step.name);
            if (p == null || !cull.intersects(p.x(), p.y(), NodeView.WIDTH, NodeView.HEIGHT)) {
                continue;
            }
            double x = p.x() * s + tx;
            double y = p.y() * s + ty;
            g.rect(x, y, w, h);
            NodeFacts f = index.facts.get(step.name);
            byKind.computeIfAbsent(KindStyle.of(f == null ? null : f.kind()), k -> new ArrayList<>()).add(new double[] {x, y});
            if (selected.contains(step.name) || withErrors.contains(step.name)) {
                marked.add(new double[] {x, y, selected.contains(step.name) ? 1 : 0});
            }
        }
        g.fill();
        g.setLineWidth(1);
        g.setStroke(c.nodeBorder());
        g.stroke();
        byKind.forEach((kind, xs) -> {
            g.setFill(kind.accent());
            g.beginPath();
            xs.forEach(xy -> g.rect(xy[0], xy[1], bar, h));
            g.fill();
        });
        g.setLineWidth(2);
        for (double[] m : marked) {
            g.setStroke(m[2] == 1 ? c.selected() : c.error());
            g.strokeRect(m[0], m[1], w, h);
        }
    }
}
