package dev.orrery.app.compare;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Draws a {@link ParallelCoordinates} on a canvas: axes with their names and ticks, then a polyline per
 * run, batched into one path per colour step (runs without the metric in grey first, the rest by value
 * so the highest are on top; translucent when there are many), and the colour scale beside the
 * metric's axis.
 */
final class ParallelCoordinatesPainter {
    static final double TOP = 44;
    static final double BOTTOM = 28;
    static final double LEFT = 70;
    static final double RIGHT = 110;
    /** Colour steps of the lines: each is one path. */
    static final int BINS = 32;
    private final Font font = Font.font(12);
    private final Font bold = Font.font(null, javafx.scene.text.FontWeight.BOLD, 12);

    /** The x of each axis in a canvas of this width. */
    static double[] axisX(int axes, double width) {
        double[] x = new double[axes];
        double span = Math.max(1, width - LEFT - RIGHT);
        for (int i = 0; i < axes; i++) {
            x[i] = axes == 1 ? LEFT + span / 2 : LEFT + span * i / (axes - 1);
        }
        return x;
    }

    void paint(GraphicsContext g, ParallelCoordinates pc, double width, double height, Color text) {
        g.clearRect(0, 0, width, height);
        if (pc == null || width <= 0 || height <= 0) {
            return;
        }
        double[] x = axisX(pc.axes().size(), width);
        double top = TOP;
        double span = Math.max(1, height - TOP - BOTTOM);
        // lines: binned by colour (32 steps of the scale, and grey), one path per bin, drawn from the
        // lowest values up (the highest on top): a few dozen strokes however many runs there are
        List<List<ParallelCoordinates.Line>> bins = new ArrayList<>();
        for (int b = 0; b <= BINS; b++) {
            bins.add(new ArrayList<>());
        }
        for (ParallelCoordinates.Line l : pc.lines()) {
            double share = pc.colourShare(l);
            bins.get(Double.isNaN(share) ? 0 : 1 + Math.min(BINS - 1, (int) (share * BINS))).add(l);
        }
        double alpha = pc.lines().size() > 200 ? 0.25 : pc.lines().size() > 30 ? 0.55 : 0.9;
        g.setLineWidth(pc.lines().size() > 200 ? 1 : 2);
        g.setLineJoin(javafx.scene.shape.StrokeLineJoin.ROUND);
        for (int b = 0; b <= BINS; b++) {
            if (bins.get(b).isEmpty()) {
                continue;
            }
            g.setStroke(ColourScale.at(b == 0 ? Double.NaN : (b - 0.5) / BINS).deriveColor(0, 1, 1, alpha));
            g.beginPath();
            for (ParallelCoordinates.Line l : bins.get(b)) {
                boolean pen = false;
                for (int i = 0; i < x.length; i++) {
                    if (Double.isNaN(l.at()[i])) {
                        pen = false;
                        continue;
                    }
                    double y = top + span * (1 - l.at()[i]);
                    if (pen) {
                        g.lineTo(x[i], y);
                    } else {
                        g.moveTo(x[i], y);
                        pen = true;
                    }
                }
            }
            g.stroke();
        }
        // axes over the lines
        g.setTextBaseline(VPos.CENTER);
        // a halo of the background behind tick labels keeps them readable over the lines
        Color halo = text.getBrightness() < 0.5 ? Color.gray(1, 0.85) : Color.gray(0.1, 0.85);
        for (int i = 0; i < x.length; i++) {
            ParallelCoordinates.Axis a = pc.axes().get(i);
            g.setStroke(text.deriveColor(0, 1, 1, 0.7));
            g.setLineWidth(1.5);
            g.strokeLine(x[i], top, x[i], top + span);
            g.setFill(text);
            g.setFont(bold);
            g.setTextAlign(i == 0 ? TextAlignment.LEFT : i == x.length - 1 ? TextAlignment.RIGHT : TextAlignment.CENTER);
            double tx = i == 0 ? x[i] - LEFT + 6 : i == x.length - 1 ? x[i] + 40 : x[i];
            g.fillText(ChartNumbers.shorten(a.name(), 28) + (a.scale() == ParallelCoordinates.Scale.LOG ? " (log)" : ""),
                    tx, top - 24);
            g.setFont(font);
            g.setTextAlign(TextAlignment.RIGHT);
            int every = Math.max(1, (int) Math.ceil(a.ticks().size() / Math.max(1, span / 16)));
            for (int t = 0; t < a.ticks().size(); t += every) {
                double y = top + span * (1 - a.tickAt()[t]);
                g.strokeLine(x[i] - 4, y, x[i], y);
                String label = ChartNumbers.shorten(a.ticks().get(t), 12);
                javafx.scene.text.Text measure = new javafx.scene.text.Text(label);
                measure.setFont(font);
                double w = measure.getLayoutBounds().getWidth() + 4;
                g.setFill(halo);
                g.fillRect(x[i] - 8 - w, y - 8, w + 2, 16);
                g.setFill(text);
                g.fillText(label, x[i] - 6, y);
            }
        }
        // colour scale beside the metric's axis
        ParallelCoordinates.Axis m = pc.axes().get(pc.axes().size() - 1);
        if (m.max() >= m.min()) {
            double bx = x[x.length - 1] + 60;
            g.setFill(new LinearGradient(0, 1, 0, 0, true, CycleMethod.NO_CYCLE, new Stop(0, ColourScale.at(0)),
                    new Stop(0.25, ColourScale.at(0.25)), new Stop(0.5, ColourScale.at(0.5)),
                    new Stop(0.75, ColourScale.at(0.75)), new Stop(1, ColourScale.at(1))));
            g.fillRect(bx, top, 12, span);
            g.setFill(text);
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(ChartNumbers.format(m.max()), bx + 16, top);
            g.fillText(ChartNumbers.format(m.min()), bx + 16, top + span);
        }
    }
}
