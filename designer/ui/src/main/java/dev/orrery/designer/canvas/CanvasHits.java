package dev.orrery.designer.canvas;

import dev.orrery.core.model.Position;
import dev.orrery.core.model.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;

/** Which steps are at a world point or inside a world rectangle (node boxes, ports included). */
final class CanvasHits {
    /** How far beyond the box edges a drop still counts (the ports stick out). */
    private static final double PORT_SLACK = 8;

    private CanvasHits() {
    }

    /** The topmost (last drawn) step whose box holds the point, or null. */
    static String stepAt(List<Step> steps, Function<String, Position> position, Point2D world) {
        String found = null;
        for (Step s : steps) {
            Position p = position.apply(s.name);
            if (p != null && world.getX() >= p.x() - PORT_SLACK && world.getX() <= p.x() + NodeView.WIDTH + PORT_SLACK
                    && world.getY() >= p.y() && world.getY() <= p.y() + NodeView.HEIGHT) {
                found = s.name;
            }
        }
        return found;
    }

    static List<String> inRectangle(List<Step> steps, Function<String, Position> position, Rectangle2D world) {
        List<String> hit = new ArrayList<>();
        for (Step s : steps) {
            Position p = position.apply(s.name);
            if (p != null && world.intersects(p.x(), p.y(), NodeView.WIDTH, NodeView.HEIGHT)) {
                hit.add(s.name);
            }
        }
        return hit;
    }
}
