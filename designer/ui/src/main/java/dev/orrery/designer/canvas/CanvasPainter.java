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
                    g.moveTo((from.x() + NodeView.WIDTH) * s + tx, (from.y() + NodeView.HEIGHT / 2) * s + ty);
                    g.lineTo(to.x() * s + tx, (to.y() + NodeView.HEIGHT / 2) * s + ty);
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

    /** Background and dots, starting at (0, 0); the canvas moves it by the pan offset modulo the step. */
    static void backdrop(GraphicsContext g, double width, double height, double step, double scale, Colors c) {
        g.setFill(c.background());
        g.fillRect(0, 0, width, height);
        double dot = scale >= 0.5 ? 1.5 : 1;
        g.setFill(c.grid());
        g.beginPath();
        for (double x = 0; x < width; x += step) {
            for (double y = 0; y < height; y += step) {
                g.rect(x, y, dot, dot);
            }
        }
        g.fill();
    }

    /** Edges (and, zoomed out, nodes as boxes) on a transparent canvas of the given size. */
    static void graph(GraphicsContext g, double width, double height, Viewport vp, GraphIndex index,
            Function<String, Position> position, Set<String> selected, Set<String> withErrors, Colors c,
            EdgeProblems edgeProblems) {
        double s = vp.scale();
        g.clearRect(0, 0, width, height);
        Rectangle2D view = vp.visibleWorld(width, height);
        double margin = NodeView.WIDTH;
        Rectangle2D cull = new Rectangle2D(view.getMinX() - margin, view.getMinY() - margin,
                view.getWidth() + 2 * margin, view.getHeight() + 2 * margin);
        groupFrames(g, vp, index, position, c);
        g.setStroke(c.edge());
        g.setFill(c.edge());
        g.setLineWidth(Math.max(1, 1.6 * s));
        boolean curves = s >= DETAIL_SCALE;
        boolean heads = s >= 0.3;
        double head = Math.max(3, 8 * s);
        // One path for all edges (and one for all arrow heads): a single stroke is far cheaper to
        // render than thousands, which is what keeps big graphs smooth.
        g.beginPath();
        List<double[]> arrowTips = heads ? new ArrayList<>() : List.of();
        for (Step step : index.steps) {
            Position to = position.apply(step.name);
            for (String dep : step.dependsOn) {
                Position from = position.apply(dep);
                if (from == null || to == null || !index.byName.containsKey(dep) || edgeProblems.has(dep, step.name)) {
                    continue;
                }
                double x1 = from.x() + NodeView.WIDTH;
                double y1 = from.y() + NodeView.HEIGHT / 2;
                double x2 = to.x();
                double y2 = to.y() + NodeView.HEIGHT / 2;
                if (!cull.intersects(Math.min(x1, x2), Math.min(y1, y2), Math.abs(x2 - x1) + 1, Math.abs(y2 - y1) + 1)) {
                    continue;
                }
                double ax = x1 * s + vp.txProperty().get();
                double ay = y1 * s + vp.tyProperty().get();
                double bx = x2 * s + vp.txProperty().get();
                double by = y2 * s + vp.tyProperty().get();
                g.moveTo(ax, ay);
                if (curves) {
                    double bend = Math.max(30 * s, Math.abs(bx - ax) / 2);
                    g.bezierCurveTo(ax + bend, ay, bx - bend, by, bx, by);
                } else {
                    g.lineTo(bx, by);
                }
                if (heads) {
                    arrowTips.add(new double[] {bx, by});
                }
            }
        }
        g.stroke();
        if (heads) {
            g.beginPath();
            for (double[] tip : arrowTips) {
                g.moveTo(tip[0], tip[1]);
                g.lineTo(tip[0] - head, tip[1] - head / 2);
                g.lineTo(tip[0] - head, tip[1] + head / 2);
                g.closePath();
            }
            g.fill();
        }
        problemEdges(g, vp, position, c, edgeProblems, curves);
        if (s < DETAIL_SCALE) {
            boxes(g, vp, index, position, selected, withErrors, cull, c);
        }
    }

    /** Expanded groups: a frame from the group's node (its header) around its inner steps, parents first. */
    private static void groupFrames(GraphicsContext g, Viewport vp, GraphIndex index, Function<String, Position> position,
            Colors c) {
        double s = vp.scale();
        double tx = vp.txProperty().get();
        double ty = vp.tyProperty().get();
        g.setLineWidth(Math.max(1, 1.5 * s));
        g.setLineDashes();
        index.groups.frames.forEach((path, size) -> {
            Position p = position.apply(path);
            if (p == null) {
                return;
            }
            double x = p.x() * s + tx;
            double y = p.y() * s + ty;
            double r = 12 * s;
            g.setFill(c.selected().deriveColor(0, 1, 1, 0.06));
            g.fillRoundRect(x, y, size[0] * s, size[1] * s, r, r);
            g.setStroke(c.selected().deriveColor(0, 1, 1, 0.55));
            g.strokeRoundRect(x, y, size[0] * s, size[1] * s, r, r);
        });
    }

    /** Edges with a problem, drawn over the others in the error colour; a missing step's edge is a stub. */
    private static void problemEdges(GraphicsContext g, Viewport vp, Function<String, Position> position, Colors c,
            EdgeProblems problems, boolean curves) {
        if (problems.isEmpty()) {
            return;
        }
        double s = vp.scale();
        double tx = vp.txProperty().get();
        double ty = vp.tyProperty().get();
        g.setStroke(c.error());
        g.setFill(c.error());
        g.setLineWidth(Math.max(1.5, 2.5 * s));
        g.setLineDashes(Math.max(3, 8 * s), Math.max(2, 5 * s));
        double head = Math.max(3, 9 * s);
        for (EdgeProblems.Edge e : problems.all().keySet()) {
            Position to = position.apply(e.to());
            if (to == null) {
                continue;
            }
            Position from = position.apply(e.from());
            double bx = to.x() * s + tx;
            double by = (to.y() + NodeView.HEIGHT / 2) * s + ty;
            double ax = from == null ? bx - EdgeMarkers.STUB * s : (from.x() + NodeView.WIDTH) * s + tx;
            double ay = from == null ? by : (from.y() + NodeView.HEIGHT / 2) * s + ty;
            g.beginPath();
            g.moveTo(ax, ay);
            if (curves && from != null) {
                double bend = Math.max(30 * s, Math.abs(bx - ax) / 2);
                g.bezierCurveTo(ax + bend, ay, bx - bend, by, bx, by);
            } else {
                g.lineTo(bx, by);
            }
            g.stroke();
            g.setLineDashes();
            g.beginPath();
            g.moveTo(bx, by);
            g.lineTo(bx - head, by - head / 2);
            g.lineTo(bx - head, by + head / 2);
            g.closePath();
            g.fill();
            g.setLineDashes(Math.max(3, 8 * s), Math.max(2, 5 * s));
        }
        g.setLineDashes();
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

    /** Zoomed out, a host's overlay shows as the box's border colour. */
    static void overlayBoxes(GraphicsContext g, Viewport vp, GraphIndex index, Function<String, Position> position,
            Map<String, NodeOverlay> overlays) {
        double s = vp.scale();
        g.setLineWidth(Math.max(1.5, 3 * s));
        for (Step st : index.steps) {
            NodeOverlay o = overlays.get(st.name);
            Position p = position.apply(st.name);
            if (o != null && p != null) {
                g.setStroke(Color.web(o.colour()));
                g.strokeRect(p.x() * s + vp.txProperty().get(), p.y() * s + vp.tyProperty().get(),
                        NodeView.WIDTH * s, NodeView.HEIGHT * s);
            }
        }
    }
}
