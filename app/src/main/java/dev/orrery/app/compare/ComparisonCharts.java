package dev.orrery.app.compare;

import dev.orrery.runtime.compare.RunComparison;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * The charts of a comparison (docs/metrics.md, "Comparing runs"): a bar chart per chosen scalar
 * metric, a line chart per chosen series metric, and a parallel-coordinates plot from the parameters
 * to one metric. Each metric has its own chart and axis, so metrics of different scales never share
 * one. Call {@link #show} on the FX thread with each new comparison.
 */
public final class ComparisonCharts extends ScrollPane {
    /** The stylesheet of the charts; added to this node itself. */
    public static final String STYLESHEET = ComparisonCharts.class.getResource("compare.css").toExternalForm();
    /** The bar charts, then the line charts: side by side while they fit the width. */
    private final FlowPane metricCharts = new FlowPane(16, 16);
    private final ParallelCoordinatesView parallel = new ParallelCoordinatesView();
    private final Label metricsTitle = section("Metrics (each on its own axis)");
    private final Label parallelTitle = section("Parameters → metric (parallel coordinates, every run)");
    private final Label empty = new Label("No metrics to chart: the runs reported none, or none is chosen");
    private final Map<String, MetricBarChart> barCharts = new LinkedHashMap<>();
    private final Map<String, MetricLineChart> lineCharts = new LinkedHashMap<>();

    public ComparisonCharts() {
        getStyleClass().add("comparison-charts");
        getStylesheets().add(STYLESHEET);
        setId("comparison-charts");
        setFitToWidth(true);
        empty.getStyleClass().add("metric-chart-note");
        VBox content = new VBox(10, empty, metricsTitle, metricCharts, parallelTitle, parallel);
        content.getStyleClass().add("comparison-charts-content");
        setContent(content);
        show(new RunComparison(java.util.List.of(), java.util.List.of(), java.util.List.of()));
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("comparison-section");
        return l;
    }

    /** Shows the comparison's chosen metrics (all of them when none is chosen). */
    public void show(RunComparison comparison) {
        RunComparison c = comparison.metrics().isEmpty() ? comparison.withMetrics(comparison.allMetrics()) : comparison;
        barCharts.clear();
        lineCharts.clear();
        for (String key : c.metrics()) {
            if (c.isSeries(key)) {
                lineCharts.put(key, new MetricLineChart(SeriesLines.of(c, key)));
            } else {
                barCharts.put(key, new MetricBarChart(BarRows.of(c, key)));
            }
        }
        metricCharts.getChildren().setAll(barCharts.values());
        metricCharts.getChildren().addAll(lineCharts.values());
        boolean any = !c.metrics().isEmpty();
        visible(metricsTitle, any);
        visible(metricCharts, any);
        visible(parallelTitle, any);
        visible(parallel, any);
        visible(empty, !any);
        parallel.show(c);
    }

    private static void visible(javafx.scene.Node n, boolean v) {
        n.setVisible(v);
        n.setManaged(v);
    }

    /** The bars of a scalar metric's chart: each run's label and value, top to bottom (empty without a chart). */
    public Map<String, Double> barValues(String metric) {
        Map<String, Double> out = new LinkedHashMap<>();
        MetricBarChart chart = barCharts.get(metric);
        if (chart != null) {
            chart.rows().bars().forEach(b -> out.put(b.label(), b.value()));
        }
        return out;
    }

    /** The bar chart of each scalar metric shown, by key. */
    Map<String, MetricBarChart> barCharts() {
        return barCharts;
    }

    /** The line chart of each series metric shown, by key. */
    Map<String, MetricLineChart> lineCharts() {
        return lineCharts;
    }

    ParallelCoordinatesView parallelCoordinates() {
        return parallel;
    }
}
