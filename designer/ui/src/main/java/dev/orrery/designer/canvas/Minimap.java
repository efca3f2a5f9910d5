package dev.orrery.designer.canvas;

import dev.orrery.core.model.Position;
import java.util.Set;
import java.util.function.Function;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;

/**
 * An overview of the whole graph in a corner of the canvas, with the visible part framed; click or
 * drag in it to move the view there. The graph is painted only when it changes, the frame every pulse.
 */
final class Minimap extends Pane {
    static final double WIDTH = 220;
    static final double HEIGHT = 140;

    private final Canvas base = new Canvas(WIDTH, HEIGHT);
    private final Canvas frame = new Canvas(WIDTH, HEIGHT);
    private final Viewport mapView = new Viewport();
    private Object baseKey;
    private java.util.function.Consumer<Point2D> onNavigate = p -> { };

    Minimap() {
        getStyleClass().add("minimap");
        setId("minimap");
        getChildren().addAll(base, frame);
        setPrefSize(WIDTH, HEIGHT);
        resize(WIDTH, HEIGHT);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::navigate);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::navigate);
        addEventHandler(MouseEvent.MOUSE_RELEASED, MouseEvent::consume);
    }

    private void navigate(MouseEvent e) {
        onNavigate.accept(mapView.toWorld(e.getX(), e.getY()));
        e.consume();
    }

    void setOnNavigate(java.util.function.Consumer<Point2D> handler) {
        this.onNavigate = handler;
    }

    /** Repaints the overview if the graph changed, and the frame of the visible world rectangle. */
    void update(Object graphKey, Rectangle2D world, GraphIndex index, Function<String, Position> position,
            Set<String> selected, Set<String> withErrors, CanvasPainter.Colors colors, Rectangle2D visible) {
        if (!graphKey.equals(baseKey)) {
            mapView.fit(world, WIDTH, HEIGHT, 8, 1.0);
            var g = base.getGraphicsContext2D();
            g.setFill(colors.background().deriveColor(0, 1, 0.97, 0.92));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            CanvasPainter.Colors small = new CanvasPainter.Colors(colors.background(), colors.grid(),
                    colors.edge().deriveColor(0, 1, 1, 0.5), colors.nodeFill(), colors.nodeBorder(), colors.selected(),
                    colors.error());
            CanvasPainter.paintOverview(g, WIDTH, HEIGHT, mapView, index, position, selected, withErrors, small);
            g.setStroke(colors.nodeBorder());
            g.setLineWidth(1);
            g.strokeRect(0.5, 0.5, WIDTH - 1, HEIGHT - 1);
            baseKey = graphKey;
        }
        var g = frame.getGraphicsContext2D();
        g.clearRect(0, 0, WIDTH, HEIGHT);
        Point2D a = mapView.toLocal(visible.getMinX(), visible.getMinY());
        Point2D b = mapView.toLocal(visible.getMaxX(), visible.getMaxY());
        g.setStroke(colors.selected());
        g.setFill(Color.color(colors.selected().getRed(), colors.selected().getGreen(), colors.selected().getBlue(), 0.12));
        double x = Math.max(1, a.getX());
        double y = Math.max(1, a.getY());
        double w = Math.min(WIDTH - 1, b.getX()) - x;
        double h = Math.min(HEIGHT - 1, b.getY()) - y;
        if (w > 0 && h > 0) {
            g.fillRect(x, y, w, h);
            g.setLineWidth(1.5);
            g.strokeRect(x, y, w, h);
        }
    }
}
