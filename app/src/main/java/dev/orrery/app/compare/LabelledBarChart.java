package dev.orrery.app.compare;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.text.Text;

/** A horizontal bar chart that writes each bar's value just past the bar's end. */
final class LabelledBarChart extends BarChart<Number, String> {
    private final List<Text> valueTexts = new ArrayList<>();

    LabelledBarChart(NumberAxis x, CategoryAxis y) {
        super(x, y);
    }

    /** Shows the bars, one series, each labelled with its text. */
    void showBars(List<BarRows.Bar> bars) {
        getPlotChildren().removeAll(valueTexts);
        valueTexts.clear();
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        // a horizontal bar chart draws its first category at the bottom: reverse, so the first run is on top
        for (int i = bars.size() - 1; i >= 0; i--) {
            BarRows.Bar b = bars.get(i);
            XYChart.Data<Number, String> d = new XYChart.Data<>(b.value(), b.category());
            series.getData().add(d);
            Text t = new Text(b.text());
            t.getStyleClass().add("bar-value");
            valueTexts.add(t);
        }
        getData().setAll(List.of(series));
        getPlotChildren().addAll(valueTexts);
    }

    /** The value labels, bottom to top as the bars are drawn. */
    List<Text> valueTexts() {
        return valueTexts;
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        if (getData().isEmpty()) {
            return;
        }
        var data = getData().get(0).getData();
        for (int i = 0; i < data.size() && i < valueTexts.size(); i++) {
            Node bar = data.get(i).getNode();
            Text t = valueTexts.get(i);
            if (bar == null) {
                continue;
            }
            Bounds b = bar.getBoundsInParent();
            double width = t.getLayoutBounds().getWidth();
            boolean negative = data.get(i).getXValue().doubleValue() < 0;
            double x = negative ? b.getMinX() - 4 - width : b.getMaxX() + 4;
            t.setX(x);
            t.setY(b.getMinY() + b.getHeight() / 2 + t.getLayoutBounds().getHeight() / 3);
            t.toFront();
        }
    }
}
