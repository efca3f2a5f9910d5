package dev.orrery.designer.canvas;

import javafx.animation.PauseTransition;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;

/**
 * The one tooltip the ports and edge labels of a scene share, kept in the scene's properties: a
 * tooltip is a popup window with its own scene, too costly to make per node view or label. Ports show it themselves after the
 * mouse rests on them for a moment and hide it when the mouse leaves or presses, rather than
 * through {@code Tooltip.install}: JavaFX's one tooltip behaviour for the whole application ignores
 * mouse moves while any other tooltip is on screen, which left a port's tooltip unshown.
 */
final class PortTip {
    private static final String KEY = "orrery.portTip";
    private static final Duration DELAY = Duration.millis(300);

    private final Tooltip tooltip = new Tooltip();
    private final PauseTransition delay = new PauseTransition(DELAY);
    private Node over;

    private PortTip() {
        tooltip.getStyleClass().add("port-tooltip");
        delay.setOnFinished(e -> show());
    }

    /** The scene's port tooltip, made on first use. */
    static PortTip of(Scene scene) {
        return (PortTip) scene.getProperties().computeIfAbsent(KEY, k -> new PortTip());
    }

    /** The scene's port tooltip if a port made it already, else null (tests; any thread). */
    static Tooltip existing(Scene scene) {
        return scene.getProperties().get(KEY) instanceof PortTip t ? t.tooltip : null;
    }

    /** Makes a node show the scene's shared tooltip with this text while the mouse rests on it. */
    static void attach(Node node, String text) {
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> of(node.getScene()).enter(node, text));
        node.addEventHandler(MouseEvent.MOUSE_EXITED, e -> of(node.getScene()).exit(node));
        node.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> of(node.getScene()).exit(node));
    }

    /** The mouse entered a port: its text shows after a short rest. */
    void enter(Node port, String text) {
        over = port;
        tooltip.setText(text);
        delay.playFromStart();
    }

    /** The mouse left or pressed a port: hides the tooltip if it was that port's. */
    void exit(Node port) {
        if (over == port) {
            over = null;
            delay.stop();
            tooltip.hide();
        }
    }

    private void show() {
        Node n = over;
        if (n == null || n.getScene() == null || n.getScene().getWindow() == null || !n.getScene().getWindow().isShowing()) {
            return;
        }
        Bounds b = n.localToScreen(n.getBoundsInLocal());
        if (b != null) {
            tooltip.show(n, b.getMaxX() + 8, b.getMaxY() + 8);
        }
    }
}
