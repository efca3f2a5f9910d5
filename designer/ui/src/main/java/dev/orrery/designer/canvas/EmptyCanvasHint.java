package dev.orrery.designer.canvas;

import javafx.scene.control.Label;

/** Says what to do on an empty canvas, in its middle; hidden once there is a step, and on a viewer canvas. */
final class EmptyCanvasHint extends Label {
    EmptyCanvasHint() {
        super("Drag a step here from the palette, or double-click one.\nRight-click for more.");
        setId("canvas-hint");
        getStyleClass().add("canvas-hint");
        setMouseTransparent(true);
        setManaged(false);
        setVisible(false);
        // drawn from a bitmap: every pan moves the picture under it, and text is slow to render anew
        setCache(true);
    }

    /** Shows the hint in the middle of a canvas of the given size when {@code show}, else hides it. */
    void update(boolean show, double width, double height) {
        setVisible(show);
        if (show) {
            autosize();
            relocate(Math.round((width - getWidth()) / 2), Math.round((height - getHeight()) / 2));
        }
    }
}
