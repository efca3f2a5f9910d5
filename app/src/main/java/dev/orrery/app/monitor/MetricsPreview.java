package dev.orrery.app.monitor;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * A metrics file (a flat JSON object of numbers) for people: every metric on its own row with its
 * value written out, and a bar against the scale of its group. Metrics are grouped by order of
 * magnitude so that values of different scales never share one axis: scores between -1 and 1
 * (accuracy 0.8) are drawn against 1, larger values against the power of ten at or above them
 * ({@code test_rows: 100} against 100, {@code 400} against 1000, a loss of 2.3 against 10). One chart
 * with one scale made 0.8 invisible next to 100.
 */
final class MetricsPreview {
    /** Width of a full bar. */
    static final double BAR_WIDTH = 220;

    private MetricsPreview() {
    }

    /** Metrics of one magnitude, drawn against {@code scale}. */
    record Group(double scale, Map<String, Double> values) {
        String title() {
            return scale == 1 ? "Between 0 and 1" : "Up to " + format(scale);
        }
    }

    /** Groups by magnitude, smallest scale first; within a group the file's order is kept. */
    static List<Group> groups(Map<String, Double> metrics) {
        Map<Double, Map<String, Double>> byScale = new TreeMap<>();
        metrics.forEach((name, v) -> byScale.computeIfAbsent(scaleOf(v), s -> new java.util.LinkedHashMap<>())
                .put(name, v));
        List<Group> out = new ArrayList<>();
        byScale.forEach((scale, values) -> out.add(new Group(scale, values)));
        return out;
    }

    /** 1 for values within [-1, 1] (scores, rates); else the power of ten at or above |v|. */
    static double scaleOf(double v) {
        double a = Math.abs(v);
        if (!Double.isFinite(a) || a <= 1) {
            return 1;
        }
        return Math.pow(10, Math.ceil(Math.log10(a) - 1e-12));
    }

    /** A value as written for people: whole numbers without decimals, others to four significant digits. */
    static String format(double v) {
        if (!Double.isFinite(v)) {
            return String.valueOf(v);
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.valueOf((long) v);
        }
        if (Math.abs(v) < 1e-4 || Math.abs(v) >= 1e15) {
            return String.format(Locale.ROOT, "%.3e", v);
        }
        return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }

    /** The view: one block per group, each row name, bar and value. FX thread. */
    static Node view(Map<String, Double> metrics) {
        VBox blocks = new VBox(14);
        blocks.getStyleClass().add("metrics-preview");
        for (Group g : groups(metrics)) {
            Label title = new Label(g.title());
            title.getStyleClass().add("metrics-group-title");
            GridPane rows = new GridPane();
            rows.setHgap(10);
            rows.setVgap(4);
            int r = 0;
            for (Map.Entry<String, Double> e : g.values().entrySet()) {
                Label name = new Label(e.getKey());
                name.setMinWidth(Region.USE_PREF_SIZE);
                Label value = new Label(format(e.getValue()));
                value.setId("metric-value-" + e.getKey());
                value.getStyleClass().add("metric-value");
                value.setMinWidth(Region.USE_PREF_SIZE);
                rows.addRow(r++, name, bar(e.getKey(), e.getValue(), g.scale()), value);
            }
            blocks.getChildren().add(new VBox(4, title, rows));
        }
        ScrollPane scroll = new ScrollPane(blocks);
        scroll.setId("preview-metrics");
        scroll.setFitToWidth(true);
        return scroll;
    }

    private static Node bar(String name, double v, double scale) {
        Region fill = new Region();
        fill.setId("metric-bar-" + name);
        fill.getStyleClass().addAll("metric-bar", v < 0 ? "negative" : "positive");
        double w = Double.isFinite(v) ? Math.min(1, Math.abs(v) / scale) * BAR_WIDTH : 0;
        fill.setMinSize(w, 12);
        fill.setPrefSize(w, 12);
        fill.setMaxSize(w, 12);
        Region track = new Region();
        track.getStyleClass().add("metric-track");
        track.setMinSize(BAR_WIDTH, 12);
        track.setPrefSize(BAR_WIDTH, 12);
        track.setMaxSize(BAR_WIDTH, 12);
        StackPane p = new StackPane(track, fill);
        p.setAlignment(Pos.CENTER_LEFT);
        return p;
    }
}
