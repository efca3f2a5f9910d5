package dev.orrery.designer.canvas;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;

/** Pan and zoom of the canvas: screen = world × scale + translation. */
public final class Viewport {
    public static final double MIN_SCALE = 0.02;
    public static final double MAX_SCALE = 3.0;

    private final DoubleProperty scale = new SimpleDoubleProperty(this, "scale", 1);
    private final DoubleProperty tx = new SimpleDoubleProperty(this, "tx", 0);
    private final DoubleProperty ty = new SimpleDoubleProperty(this, "ty", 0);

    public double scale() {
        return scale.get();
    }

    public DoubleProperty scaleProperty() {
        return scale;
    }

    public DoubleProperty txProperty() {
        return tx;
    }

    public DoubleProperty tyProperty() {
        return ty;
    }

    public Point2D toWorld(double localX, double localY) {
        return new Point2D((localX - tx.get()) / scale.get(), (localY - ty.get()) / scale.get());
    }

    public Point2D toLocal(double worldX, double worldY) {
        return new Point2D(worldX * scale.get() + tx.get(), worldY * scale.get() + ty.get());
    }

    /** The world rectangle visible in a view of the given size. */
    public Rectangle2D visibleWorld(double width, double height) {
        Point2D a = toWorld(0, 0);
        return new Rectangle2D(a.getX(), a.getY(), width / scale.get(), height / scale.get());
    }

    public void panBy(double dx, double dy) {
        tx.set(tx.get() + dx);
        ty.set(ty.get() + dy);
    }

    /** Zooms keeping the world point under the local pivot in place. */
    public void zoomAt(double newScale, double pivotX, double pivotY) {
        double s = Math.max(MIN_SCALE, Math.min(MAX_SCALE, newScale));
        Point2D w = toWorld(pivotX, pivotY);
        scale.set(s);
        tx.set(pivotX - w.getX() * s);
        ty.set(pivotY - w.getY() * s);
    }

    /** Shows the world rectangle centred in a view of the given size, at most at {@code maxScale}. */
    public void fit(Rectangle2D world, double width, double height, double margin, double maxScale) {
        double s = Math.min((width - 2 * margin) / Math.max(world.getWidth(), 1),
                (height - 2 * margin) / Math.max(world.getHeight(), 1));
        s = Math.max(MIN_SCALE, Math.min(maxScale, s));
        scale.set(s);
        tx.set(width / 2 - (world.getMinX() + world.getWidth() / 2) * s);
        ty.set(height / 2 - (world.getMinY() + world.getHeight() / 2) * s);
    }

    /** Centres a world point in a view of the given size at the current scale. */
    public void centerOn(double worldX, double worldY, double width, double height) {
        tx.set(width / 2 - worldX * scale.get());
        ty.set(height / 2 - worldY * scale.get());
    }
}
