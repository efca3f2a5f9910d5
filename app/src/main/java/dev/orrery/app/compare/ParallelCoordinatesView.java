package dev.orrery.app.compare;

import dev.orrery.runtime.compare.RunComparison;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * The parallel-coordinates plot with its metric chooser. Drawn on one canvas (a thousand runs are a
 * thousand strokes, not a thousand nodes), redrawn only when the runs, the metric or the size change.
 */
final class ParallelCoordinatesView extends VBox {
    private final ComboBox<String> metricChoice = new ComboBox<>();
    private final Canvas canvas = new Canvas();
    private final ParallelCoordinatesPainter painter = new ParallelCoordinatesPainter();
    private final Pane plot = new Pane(canvas) {
        @Override
        protected void layoutChildren() {
            if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
                canvas.setWidth(getWidth());
                canvas.setHeight(getHeight());
                redraw();
            }
        }
    };
    private RunComparison comparison;
    private ParallelCoordinates model;
    private int redraws;

    ParallelCoordinatesView() {
        getStyleClass().add("parallel-coordinates");
        setId("parallel-coordinates");
        metricChoice.setId("parallel-metric");
        Label label = new Label("Metric (last axis, colour):");
        HBox bar = new HBox(8, label, metricChoice);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 0, 6, 0));
        plot.setPrefHeight(380);
        plot.setMinHeight(260);
        canvas.setId("parallel-canvas");
        getChildren().addAll(bar, plot);
        metricChoice.valueProperty().addListener((o, a, b) -> rebuild());
    }

    /** Shows these runs; keeps the chosen metric when they still have it. */
    void show(RunComparison c) {
        comparison = c;
        String keep = metricChoice.getValue();
        var metrics = c.metrics().isEmpty() ? c.allMetrics() : c.metrics();
        metricChoice.getItems().setAll(metrics);
        String choose = keep != null && metrics.contains(keep) ? keep : metrics.isEmpty() ? null : metrics.get(0);
        if (java.util.Objects.equals(choose, metricChoice.getValue())) {
            rebuild();
        } else {
            metricChoice.setValue(choose);
        }
    }

    private void rebuild() {
        model = comparison == null ? null : ParallelCoordinates.of(comparison, metricChoice.getValue());
        redraw();
    }

    private void redraw() {
        redraws++;
        Color text = Color.web("#24292f");
        Object fill = getScene() == null ? null : lookupTextColour();
        if (fill instanceof Color c) {
            text = c;
        }
        painter.paint(canvas.getGraphicsContext2D(), model, canvas.getWidth(), canvas.getHeight(), text);
    }

    /** The theme's text colour, read from a label's fill. */
    private Object lookupTextColour() {
        var n = lookup(".label");
        return n instanceof Label l ? l.getTextFill() : null;
    }

    ParallelCoordinates model() {
        return model;
    }

    ComboBox<String> metricChoice() {
        return metricChoice;
    }

    Canvas canvas() {
        return canvas;
    }

    /** How many times the canvas was drawn (it is drawn on change only). */
    int redraws() {
        return redraws;
    }
}
