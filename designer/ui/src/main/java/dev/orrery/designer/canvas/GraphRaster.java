package dev.orrery.designer.canvas;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.scene.paint.Color;

/**
 * Paints the canvas picture (background, dot grid, group frames, edges and, zoomed out, nodes as
 * boxes) with Java2D into a pixel buffer. Java2D rather than a JavaFX canvas because it can run off
 * the FX thread and because without antialiasing it draws thousands of long edges in a few
 * milliseconds, where JavaFX's software rasterizer (antialiased only) takes 100–300 ms.
 * World point (x, y) lands on pixel (x * scale + ox, y * scale + oy).
 */
final class GraphRaster {
    private GraphRaster() {
    }

    /**
     * @param sharp antialiased edges (the settled picture); without, edges are aliased (a quick
     *     picture: a zoom in progress, a pan past the margin or an edit in a large graph)
     */
    static void paint(BufferedImage image, GraphSnapshot snap, double scale, double ox, double oy,
            CanvasPainter.Colors c, boolean sharp) {
        int width = image.getWidth();
        int height = image.getHeight();
        PixelPen pen = new PixelPen(((DataBufferInt) image.getRaster().getDataBuffer()).getData(), width, height);
        pen.fill(c.background());
        double step = CanvasPainter.gridStep(scale);
        // the grid's dots sit on world multiples of the grid step, as they always did
        pen.dots(((ox % step) + step) % step, ((oy % step) + step) % step, step, scale >= 0.5 ? 1.5 : 1, c.grid(),
                c.background());
        // at detail scale the boxes are steps still without a node view: painted as their views look
        boolean detail = !snap.boxes().isEmpty() && snap.boxes().get(0).ports() != null;
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            antialias(g, true);
            frames(g, snap, scale, ox, oy, c);
            antialias(g, sharp);
            edges(g, snap.orderEdges(), EdgeLook.ORDER, scale, ox, oy, c, sharp);
            edges(g, snap.edges(), EdgeLook.DATA, scale, ox, oy, c, sharp);
            markedEdges(g, snap, scale, ox, oy);
            problemEdges(g, snap, scale, ox, oy, c);
            if (detail) {
                PaintedNodes.paint(g, pen, snap.boxes(), scale, ox, oy, c, sharp);
            } else if (!snap.boxes().isEmpty() && sharp) {
                boxes(g, snap, scale, ox, oy, c);
            }
        } finally {
            g.dispose();
        }
        if (!detail && !snap.boxes().isEmpty() && !sharp) {
            quickBoxes(pen, snap, scale, ox, oy, c);
        }
    }

    /** Boxes on whole pixels, written straight into the pixels: for the quick pictures. */
    private static void quickBoxes(PixelPen pen, GraphSnapshot snap, double s, double ox, double oy,
            CanvasPainter.Colors c) {
        double w = NodeView.WIDTH * s;
        double h = NodeView.HEIGHT * s;
        double bar = Math.max(2, 6 * s);
        for (GraphSnapshot.Box b : snap.boxes()) {
            double x = b.x() * s + ox;
            double y = b.y() * s + oy;
            pen.rect(x, y, x + w, y + h, c.nodeFill());
            pen.outline(x, y, x + w, y + h, 1, c.nodeBorder());
            pen.rect(x, y, x + bar, y + h, b.kind().accent());
            if (b.selected() || b.error()) {
                pen.outline(x - 1, y - 1, x + w + 1, y + h + 1, 2, b.selected() ? c.selected() : c.error());
            }
            if (b.overlay() != null) {
                pen.outline(x - 1, y - 1, x + w + 1, y + h + 1, Math.max(1.5, 3 * s), b.overlay());
            }
        }
    }

    private static void antialias(Graphics2D g, boolean on) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING,
                on ? RenderingHints.VALUE_ANTIALIAS_ON : RenderingHints.VALUE_ANTIALIAS_OFF);
    }

    /** Expanded groups: a frame from the group's node (its header) around its inner steps, parents first. */
    private static void frames(Graphics2D g, GraphSnapshot snap, double s, double ox, double oy, CanvasPainter.Colors c) {
        g.setStroke(stroke(Math.max(1, 1.5 * s)));
        double r = 12 * s;
        for (double[] f : snap.frames()) {
            var shape = new RoundRectangle2D.Double(f[0] * s + ox, f[1] * s + oy, f[2] * s, f[3] * s, r, r);
            g.setColor(awt(c.selected().deriveColor(0, 1, 1, 0.06)));
            g.fill(shape);
            g.setColor(awt(c.selected().deriveColor(0, 1, 1, 0.55)));
            g.draw(shape);
        }
    }

    /** Edges of one look (see {@link EdgeLook}): data edges solid, ordering edges lighter, thinner and dashed. */
    private static void edges(Graphics2D g, double[] e, EdgeLook look, double s, double ox, double oy,
            CanvasPainter.Colors c, boolean sharp) {
        if (e.length == 0) {
            return;
        }
        boolean curves = s >= CanvasPainter.DETAIL_SCALE;
        boolean heads = s >= 0.3;
        double head = Math.max(3, 8 * s);
        // one path for all edges and one for all heads: a single stroke is far cheaper than thousands
        Path2D.Double lines = new Path2D.Double(Path2D.WIND_NON_ZERO, e.length / 2 + 16);
        Path2D.Double tips = new Path2D.Double();
        for (int i = 0; i < e.length; i += 4) {
            double ax = e[i] * s + ox;
            double ay = e[i + 1] * s + oy;
            double bx = e[i + 2] * s + ox;
            double by = e[i + 3] * s + oy;
            lines.moveTo(ax, ay);
            if (curves && sharp) {
                double bend = bend(ax, bx, s);
                lines.curveTo(ax + bend, ay, bx - bend, by, bx, by);
            } else if (curves) {
                polyline(lines, ax, ay, bend(ax, bx, s), bx, by);
            } else {
                lines.lineTo(bx, by);
            }
            if (heads) {
                arrowHead(tips, bx, by, head);
            }
        }
        g.setColor(awt(look.color(c)));
        // quick pictures use one-pixel solid lines: Java2D draws those with its fastest loops
        double width = Math.max(1, look.width * s);
        float[] dash = look.dash(s);
        g.setStroke(!sharp ? stroke(1) : dash != null
                ? new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, dash, 0)
                : stroke(width));
        g.draw(lines);
        if (heads) {
            g.fill(tips);
        }
    }

    /** How far an edge's curve runs level out of its start and into its end (screen pixels). */
    private static double bend(double ax, double bx, double scale) {
        return Math.max(30 * scale, Math.abs(bx - ax) / 2);
    }

    /** The edge's curve as a few straight pieces, for the quick pictures. */
    private static void polyline(Path2D.Double path, double ax, double ay, double bend, double bx, double by) {
        for (int i = 1; i <= CURVE_PIECES; i++) {
            double t = (double) i / CURVE_PIECES;
            double u = 1 - t;
            // cubic Bezier from (ax, ay) over (ax + bend, ay) and (bx - bend, by) to (bx, by)
            double x = u * u * u * ax + 3 * u * u * t * (ax + bend) + 3 * u * t * t * (bx - bend) + t * t * t * bx;
            double y = u * u * u * ay + 3 * u * u * t * ay + 3 * u * t * t * by + t * t * t * by;
            path.lineTo(x, y);
        }
    }

    private static final int CURVE_PIECES = 8;

    private static void arrowHead(Path2D.Double path, double x, double y, double head) {
        path.moveTo(x, y);
        path.lineTo(x - head, y - head / 2);
        path.lineTo(x - head, y + head / 2);
        path.closePath();
    }

    /** Edges a host marked (a comparison's added and removed edges), over the others, heavier, in their colour. */
    private static void markedEdges(Graphics2D g, GraphSnapshot snap, double s, double ox, double oy) {
        if (snap.markedEdges().isEmpty()) {
            return;
        }
        boolean curves = s >= CanvasPainter.DETAIL_SCALE;
        double head = Math.max(3, 9 * s);
        float width = (float) Math.max(1.5, 2.4 * s);
        BasicStroke solid = new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10);
        BasicStroke dashed = new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                new float[] {(float) Math.max(3, 8 * s), (float) Math.max(2, 5 * s)}, 0);
        for (GraphSnapshot.MarkedEdge m : snap.markedEdges()) {
            double ax = m.x1() * s + ox;
            double ay = m.y1() * s + oy;
            double bx = m.x2() * s + ox;
            double by = m.y2() * s + oy;
            Path2D.Double line = new Path2D.Double();
            line.moveTo(ax, ay);
            if (curves) {
                double bend = bend(ax, bx, s);
                line.curveTo(ax + bend, ay, bx - bend, by, bx, by);
            } else {
                line.lineTo(bx, by);
            }
            g.setColor(awt(m.colour()));
            g.setStroke(m.dashed() ? dashed : solid);
            g.draw(line);
            Path2D.Double tip = new Path2D.Double();
            arrowHead(tip, bx, by, head);
            g.fill(tip);
        }
    }

    /** Edges with a problem, drawn over the others dashed in the error colour; a missing step's edge is a stub. */
    private static void problemEdges(Graphics2D g, GraphSnapshot snap, double s, double ox, double oy,
            CanvasPainter.Colors c) {
        if (snap.problemEdges().isEmpty()) {
            return;
        }
        boolean curves = s >= CanvasPainter.DETAIL_SCALE;
        double head = Math.max(3, 9 * s);
        float width = (float) Math.max(1.5, 2.5 * s);
        BasicStroke dashed = new BasicStroke(width, BasicStroke.CAP_SQUARE, BasicStroke.JOIN_MITER, 10,
                new float[] {(float) Math.max(3, 8 * s), (float) Math.max(2, 5 * s)}, 0);
        g.setColor(awt(c.error()));
        for (GraphSnapshot.ProblemEdge pe : snap.problemEdges()) {
            double ax = pe.x1() * s + ox;
            double ay = pe.y1() * s + oy;
            double bx = pe.x2() * s + ox;
            double by = pe.y2() * s + oy;
            Path2D.Double line = new Path2D.Double();
            line.moveTo(ax, ay);
            if (curves && !pe.stub()) {
                double bend = bend(ax, bx, s);
                line.curveTo(ax + bend, ay, bx - bend, by, bx, by);
            } else {
                line.lineTo(bx, by);
            }
            g.setStroke(dashed);
            g.draw(line);
            Path2D.Double tip = new Path2D.Double();
            arrowHead(tip, bx, by, head);
            g.fill(tip);
        }
    }

    /** Nodes as boxes, batched by paint: all bodies, their borders, one path per kind colour, then marks. */
    private static void boxes(Graphics2D g, GraphSnapshot snap, double s, double ox, double oy, CanvasPainter.Colors c) {
        double w = NodeView.WIDTH * s;
        double h = NodeView.HEIGHT * s;
        double bar = Math.max(2, 6 * s);
        Path2D.Double bodies = new Path2D.Double();
        Map<KindStyle, Path2D.Double> bars = new EnumMap<>(KindStyle.class);
        List<GraphSnapshot.Box> marked = new ArrayList<>();
        for (GraphSnapshot.Box b : snap.boxes()) {
            double x = b.x() * s + ox;
            double y = b.y() * s + oy;
            bodies.append(new Rectangle2D.Double(x, y, w, h), false);
            bars.computeIfAbsent(b.kind(), k -> new Path2D.Double()).append(new Rectangle2D.Double(x, y, bar, h), false);
            if (b.selected() || b.error() || b.overlay() != null) {
                marked.add(b);
            }
        }
        g.setColor(awt(c.nodeFill()));
        g.fill(bodies);
        g.setStroke(stroke(1));
        g.setColor(awt(c.nodeBorder()));
        g.draw(bodies);
        bars.forEach((kind, path) -> {
            g.setColor(awt(kind.accent()));
            g.fill(path);
        });
        for (GraphSnapshot.Box b : marked) {
            var rect = new Rectangle2D.Double(b.x() * s + ox, b.y() * s + oy, w, h);
            if (b.selected() || b.error()) {
                g.setStroke(stroke(2));
                g.setColor(awt(b.selected() ? c.selected() : c.error()));
                g.draw(rect);
            }
            if (b.overlay() != null) {
                // a host's overlay (run phase) colours the box's border
                g.setStroke(stroke(Math.max(1.5, 3 * s)));
                g.setColor(awt(b.overlay()));
                g.draw(rect);
            }
        }
    }

    /** JavaFX's default line cap and join, so strokes look as they did on a JavaFX canvas. */
    private static BasicStroke stroke(double width) {
        return new BasicStroke((float) width, BasicStroke.CAP_SQUARE, BasicStroke.JOIN_MITER, 10);
    }

    static java.awt.Color awt(Color c) {
        return new java.awt.Color((float) c.getRed(), (float) c.getGreen(), (float) c.getBlue(), (float) c.getOpacity());
    }
}
