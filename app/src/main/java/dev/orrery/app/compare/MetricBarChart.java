package dev.orrery.app.compare;

import java.util.List;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/**
 * One scalar metric's bars (see {@link BarRows}): its own value axis from zero, one bar per run with its
 * value beside it, run names on the other axis (shortened; the full name in the bar's tooltip).
 */
final class MetricBarChart extends VBox {
    private static final double BAR_ROW = 24;
    private final BarRows rows;
    private final LabelledBarChart chart;
    private final Label note = new Label();

    MetricBarChart(BarRows rows) {
        this.rows = rows;
        getStyleClass().add("metric-chart");
        setId("bar-chart-" + rows.metric());
        Label title = new Label(rows.metric());
        title.getStyleClass().add("metric-chart-title");
        double min = rows.bars().stream().mapToDouble(BarRows.Bar::value).min().orElse(Double.NaN);
        double max = rows.bars().stream().mapToDouble(BarRows.Bar::value).max().orElse(Double.NaN);
        ChartNumbers.Range r = ChartNumbers.range(min, max, true);
        // a tick's room past the longest bar for its label
        double room = r.tick();
        NumberAxis x = new NumberAxis(r.lower() < 0 ? r.lower() - room : r.lower(),
                r.upper() > 0 || r.lower() >= 0 ? r.upper() + room : r.upper(), r.tick());
        x.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number n) {
                return ChartNumbers.format(n.doubleValue());
            }

            @Override
            public Number fromString(String s) {
                return Double.valueOf(s);
            }
        });
        x.setMinorTickVisible(false);
        CategoryAxis y = new CategoryAxis();
        chart = new LabelledBarChart(x, y);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setCategoryGap(6);
        chart.showBars(rows.bars());
        chart.setPrefHeight(70 + BAR_ROW * Math.max(1, rows.bars().size()));
        chart.setMinHeight(chart.getPrefHeight());
        for (var d : chart.getData().get(0).getData()) {
            d.nodeProperty().addListener((o, a, n) -> tip(n, d.getYValue()));
            tip(d.getNode(), d.getYValue());
        }
        note.getStyleClass().add("metric-chart-note");
        note.setText(rows.bars().isEmpty() ? "No run reported this metric" : rows.note());
        note.setVisible(!note.getText().isEmpty());
        note.setManaged(note.isVisible());
        note.setWrapText(true);
        getChildren().addAll(title, chart, note);
    }

    private void tip(javafx.scene.Node n, String category) {
        if (n == null) {
            return;
        }
        rows.bars().stream().filter(b -> b.category().equals(category)).findFirst()
                .ifPresent(b -> Tooltip.install(n, new Tooltip(b.label() + ": " + b.text())));
    }

    /** What is drawn, top to bottom. */
    List<BarRows.Bar> bars() {
        return rows.bars();
    }

    LabelledBarChart chart() {
        return chart;
    }

    String note() {
        return note.getText();
    }

    /** What the chart shows. */
    BarRows rows() {
        return rows;
    }
}
