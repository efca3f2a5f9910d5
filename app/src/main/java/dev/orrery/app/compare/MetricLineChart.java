package dev.orrery.app.compare;

import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** One series metric: a line per run over the epochs, with a legend (see {@link SeriesLines}). */
final class MetricLineChart extends VBox {
    private final SeriesLines lines;
    private final LineChart<Number, Number> chart;
    private final Label note = new Label();

    MetricLineChart(SeriesLines lines) {
        this.lines = lines;
        getStyleClass().add("metric-chart");
        setId("line-chart-" + lines.metric());
        Label title = new Label(lines.metric());
        title.getStyleClass().add("metric-chart-title");
        int epochs = Math.max(1, lines.epochs());
        NumberAxis x = new NumberAxis(1, Math.max(2, epochs), ChartNumbers.niceTick(Math.max(1, epochs / 8.0)));
        x.setLabel("epoch");
        x.setMinorTickVisible(false);
        double[] vr = lines.valueRange();
        ChartNumbers.Range r = ChartNumbers.range(vr[0], vr[1], false);
        NumberAxis y = new NumberAxis(r.lower(), r.upper(), r.tick());
        y.setMinorTickVisible(false);
        chart = new LineChart<>(x, y);
        chart.setAnimated(false);
        chart.setCreateSymbols(epochs <= 30);
        for (SeriesLines.Line l : lines.lines()) {
            XYChart.Series<Number, Number> s = new XYChart.Series<>();
            s.setName(ChartNumbers.shorten(l.label(), 40));
            for (double[] p : l.points()) {
                s.getData().add(new XYChart.Data<>(p[0], p[1]));
            }
            chart.getData().add(s);
        }
        chart.setPrefHeight(320);
        note.getStyleClass().add("metric-chart-note");
        note.setText(lines.lines().isEmpty() ? "No run reported this metric" : lines.note());
        note.setVisible(!note.getText().isEmpty());
        note.setManaged(note.isVisible());
        note.setWrapText(true);
        getChildren().addAll(title, chart, note);
    }

    SeriesLines lines() {
        return lines;
    }

    LineChart<Number, Number> chart() {
        return chart;
    }

    String note() {
        return note.getText();
    }
}
