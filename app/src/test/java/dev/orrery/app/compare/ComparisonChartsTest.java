package dev.orrery.app.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.runtime.Metric;
import dev.orrery.runtime.Phase;
import dev.orrery.runtime.compare.ComparedRun;
import dev.orrery.runtime.compare.RunComparison;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.chart.XYChart;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The comparison's charts: a bar chart per scalar metric with its values labelled, a line chart per
 * series metric with a line per run, and the parallel-coordinates plot from the parameters to the
 * chosen metric, for three runs and for a thousand.
 */
@ExtendWith(ApplicationExtension.class)
class ComparisonChartsTest {
    private ComparisonCharts charts;

    @Start
    void start(Stage stage) {
        charts = new ComparisonCharts();
        stage.setScene(new Scene(charts, 1200, 900));
        stage.show();
    }

    static ComparedRun run(String label, String lr, String opt, Double accuracy, List<Double> loss) {
        Map<String, Metric> m = new LinkedHashMap<>();
        if (accuracy != null) {
            m.put("evaluate/accuracy", new Metric("n", "evaluate", "accuracy", Metric.Source.PARAMETER,
                    List.of(accuracy), false));
        }
        if (loss != null) {
            m.put("train/loss", new Metric("n", "train", "loss", Metric.Source.METRICS_OBJECT, loss, true));
        }
        Map<String, String> p = new LinkedHashMap<>();
        if (lr != null) {
            p.put("lr", lr);
        }
        if (opt != null) {
            p.put("optimizer", opt);
        }
        return new ComparedRun(label, label, "This computer", "churn", Phase.SUCCEEDED, null, p, m);
    }

    static RunComparison three() {
        return RunComparison.of(List.of(
                run("run-a", "0.1", "adam", 0.91, List.of(0.7, 0.5, 0.4)),
                run("run-b", "0.01", "sgd", 0.87, List.of(0.8, 0.6, 0.55)),
                run("run-c", "0.001", "adam", 0.95, List.of(0.9, 0.45, 0.3))));
    }

    private void show(RunComparison c) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> charts.show(c)).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void barsLinesAndParallelCoordinatesOfThreeRuns() throws Exception {
        show(three());
        assertThat(charts.barCharts()).containsOnlyKeys("evaluate/accuracy");
        assertThat(charts.lineCharts()).containsOnlyKeys("train/loss");

        MetricBarChart bars = charts.barCharts().get("evaluate/accuracy");
        assertThat(bars.bars()).extracting(BarRows.Bar::label).containsExactly("run-a", "run-b", "run-c");
        assertThat(bars.bars()).extracting(BarRows.Bar::text).containsExactly("0.91", "0.87", "0.95");
        XYChart.Series<Number, String> series = bars.chart().getData().get(0);
        assertThat(series.getData()).extracting(d -> d.getYValue() + "=" + d.getXValue())
                .containsExactlyInAnyOrder("run-a=0.91", "run-b=0.87", "run-c=0.95");
        assertThat(bars.chart().valueTexts()).extracting(javafx.scene.text.Text::getText)
                .containsExactlyInAnyOrder("0.91", "0.87", "0.95");
        // each value label sits just past its bar's end
        for (int i = 0; i < series.getData().size(); i++) {
            var bar = series.getData().get(i).getNode().getBoundsInParent();
            var text = bars.chart().valueTexts().get(i);
            assertThat(text.getX()).isCloseTo(bar.getMaxX() + 4, org.assertj.core.data.Offset.offset(0.5));
        }
        assertThat(bars.note()).isEmpty();

        MetricLineChart lines = charts.lineCharts().get("train/loss");
        assertThat(lines.chart().getData()).extracting(XYChart.Series::getName)
                .containsExactly("run-a", "run-b", "run-c");
        assertThat(lines.chart().getData().get(2).getData())
                .extracting(d -> d.getXValue().intValue() + ":" + d.getYValue())
                .containsExactly("1:0.9", "2:0.45", "3:0.3");

        ParallelCoordinatesView pc = charts.parallelCoordinates();
        assertThat(pc.metricChoice().getItems()).containsExactly("evaluate/accuracy", "train/loss");
        ParallelCoordinates model = pc.model();
        assertThat(model.axes()).extracting(ParallelCoordinates.Axis::name)
                .containsExactly("lr", "optimizer", "evaluate/accuracy");
        assertThat(model.axes()).extracting(ParallelCoordinates.Axis::scale).containsExactly(
                ParallelCoordinates.Scale.LOG, ParallelCoordinates.Scale.CATEGORICAL, ParallelCoordinates.Scale.LINEAR);
        assertThat(model.axes().get(1).categories()).containsExactly("adam", "sgd");
        // lr 0.1 top, 0.01 middle, 0.001 bottom (log); adam bottom, sgd top; accuracy 0.87..0.95
        assertThat(model.lines().get(0).at()).containsExactly(new double[] {1, 0, 0.5}, within());
        assertThat(model.lines().get(1).at()).containsExactly(new double[] {0.5, 1, 0}, within());
        assertThat(model.lines().get(2).at()).containsExactly(new double[] {0, 0, 1}, within());
        assertThat(model.colourShare(model.lines().get(2))).isEqualTo(1.0, within());

        int before = pc.redraws();
        WaitForAsyncUtils.asyncFx(() -> pc.metricChoice().setValue("train/loss")).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pc.redraws()).isEqualTo(before + 1);
        ParallelCoordinates byLoss = pc.model();
        assertThat(byLoss.axes().get(2).name()).isEqualTo("train/loss");
        // the series' last values 0.4, 0.55, 0.3
        assertThat(byLoss.lines()).extracting(l -> l.at()[2]).containsExactly(0.4, 1.0, 0.0);
        // nothing changed: no redraw
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pc.redraws()).isEqualTo(before + 1);
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-9);
    }

    @Test
    void missingValuesNaNOneRunAndEqualValues() throws Exception {
        ComparedRun a = run("a-run-with-a-very-long-name-that-goes-on-and-on-forever", "0.1", null, 0.5, null);
        ComparedRun b = run("b", "0.1", "adam", null, List.of(Double.NaN, 0.2));
        ComparedRun c = run("c", null, "adam", Double.NaN, null);
        show(RunComparison.of(List.of(a, b, c)));
        MetricBarChart bars = charts.barCharts().get("evaluate/accuracy");
        assertThat(bars.bars()).hasSize(1);
        assertThat(bars.bars().get(0).category()).hasSizeLessThanOrEqualTo(BarRows.LABEL_CHARS).contains("…");
        assertThat(bars.note()).isEqualTo("2 runs have no value");
        var axis = (javafx.scene.chart.NumberAxis) bars.chart().getXAxis();
        assertThat(axis.getUpperBound()).isGreaterThan(axis.getLowerBound());
        MetricLineChart lines = charts.lineCharts().get("train/loss");
        assertThat(lines.chart().getData()).hasSize(1);
        assertThat(lines.chart().getData().get(0).getData()).extracting(d -> d.getXValue().intValue())
                .containsExactly(2);
        var y = (javafx.scene.chart.NumberAxis) lines.chart().getYAxis();
        assertThat(y.getUpperBound()).isGreaterThan(y.getLowerBound());
        ParallelCoordinates pc = charts.parallelCoordinates().model();
        assertThat(pc.axes().get(0).scale()).isEqualTo(ParallelCoordinates.Scale.LINEAR);
        assertThat(pc.lines().get(2).at()[0]).isNaN(); // c has no lr
        assertThat(pc.lines().get(1).at()[2]).isNaN(); // b has no accuracy
        assertThat(pc.axes().get(1).categories()).containsExactly("(none)", "adam");

        // one run, all equal: an axis around the value, never of zero length
        show(RunComparison.of(List.of(run("only", "1", "sgd", 0.0, List.of(0.3, 0.3)))));
        axis = (javafx.scene.chart.NumberAxis) charts.barCharts().get("evaluate/accuracy").chart().getXAxis();
        assertThat(axis.getUpperBound()).isGreaterThan(axis.getLowerBound());
        y = (javafx.scene.chart.NumberAxis) charts.lineCharts().get("train/loss").chart().getYAxis();
        assertThat(y.getLowerBound()).isLessThan(0.3);
        assertThat(y.getUpperBound()).isGreaterThan(0.3);
        assertThat(charts.parallelCoordinates().model().lines().get(0).at()).containsExactly(0.5, 0.5, 0.5);
    }

    static RunComparison thousand() {
        List<ComparedRun> runs = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            runs.add(run("train-grid(" + i + ":{lr:" + (0.001 * (1 + i % 10)) + "})", String.valueOf(0.001 * (1 + i % 10)),
                    i % 3 == 0 ? "adam" : i % 3 == 1 ? "sgd" : "rmsprop", i / 1000.0,
                    List.of(1.0, 1.0 - i / 2000.0)));
        }
        return RunComparison.of(runs);
    }

    @Test
    void aThousandRuns() throws Exception {
        show(thousand());
        MetricBarChart bars = charts.barCharts().get("evaluate/accuracy");
        assertThat(bars.bars()).hasSize(BarRows.MAX_BARS);
        assertThat(bars.bars().get(0).value()).isEqualTo(0.999);
        assertThat(bars.bars().get(BarRows.MAX_BARS - 1).value()).isEqualTo(0.0);
        assertThat(bars.note()).isEqualTo("The 12 highest and 12 lowest of 1,000 runs");
        MetricLineChart lines = charts.lineCharts().get("train/loss");
        assertThat(lines.chart().getData()).hasSize(SeriesLines.MAX_LINES);
        assertThat(lines.note()).contains("of 1,000 runs");

        ParallelCoordinatesView view = charts.parallelCoordinates();
        ParallelCoordinates pc = view.model();
        assertThat(pc.lines()).hasSize(1000);
        assertThat(pc.axes()).extracting(ParallelCoordinates.Axis::scale).containsExactly(
                ParallelCoordinates.Scale.LINEAR, ParallelCoordinates.Scale.CATEGORICAL, ParallelCoordinates.Scale.LINEAR);
        assertThat(pc.axes().get(1).categories()).containsExactly("adam", "sgd", "rmsprop");
        assertThat(pc.lines().get(999).at()).containsExactly(new double[] {1, 0, 1}, within());
        assertThat(pc.lines().get(0).at()[2]).isEqualTo(0.0);
        // drawn on one canvas, not a node per run
        assertThat(view.lookupAll(".chart-series-line")).isEmpty();
        assertThat(view.canvas().getWidth()).isPositive();

        WaitForAsyncUtils.asyncFx(() -> view.metricChoice().setValue("train/loss")).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        // the loss falls as accuracy rises: run 0 is now at the top of the last axis
        assertThat(view.model().lines().get(0).at()[2]).isEqualTo(1.0, within());
        assertThat(view.model().lines().get(999).at()[2]).isEqualTo(0.0, within());
    }
}
