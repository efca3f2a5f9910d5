package dev.orrery.designer.canvas;

import dev.orrery.core.model.Position;
import java.util.Collection;
import java.util.function.Supplier;
import javafx.geometry.Rectangle2D;

/**
 * The world rectangle holding every node. Read every frame (minimap, fitting), so kept until the
 * key (graph revision, expanded groups) changes; never kept while a move is previewed.
 */
final class WorldBounds {
    private Object key;
    private Rectangle2D bounds;

    Rectangle2D get(Object currentKey, boolean previewing, Supplier<Collection<Position>> positions) {
        if (!previewing && currentKey.equals(key)) {
            return bounds;
        }
        double x0 = Double.MAX_VALUE;
        double y0 = Double.MAX_VALUE;
        double x1 = -Double.MAX_VALUE;
        double y1 = -Double.MAX_VALUE;
        for (Position p : positions.get()) {
            if (p != null) {
                x0 = Math.min(x0, p.x());
                y0 = Math.min(y0, p.y());
                x1 = Math.max(x1, p.x() + NodeView.WIDTH);
                y1 = Math.max(y1, p.y() + NodeView.HEIGHT);
            }
        }
        bounds = x0 == Double.MAX_VALUE ? null : new Rectangle2D(x0, y0, x1 - x0, y1 - y0);
        key = previewing ? null : currentKey;
        return bounds;
    }
}
