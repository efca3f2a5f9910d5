package dev.orrery.designer.canvas;

import dev.orrery.core.model.Position;
import dev.orrery.designer.doc.DesignDocument;
import javafx.animation.PauseTransition;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Shape;
import javafx.util.Duration;

/**
 * The drag from a named output port: where it drops decides what it binds ({@link BindPorts}). On
 * an input port of another step, that input; on a step's body, an input of the output's name (made
 * when missing). A refused binding says why in a small label at the drop point, which goes by
 * itself after a few seconds (no dialog: the user is in the middle of drawing). CanvasMouse runs the
 * gesture (connector line, one job on release); this class knows ports and targets.
 */
final class PortDrag {
    /** How close to an input port's centre a drop counts as on the port, in world units. */
    static final double PORT_REACH = 9;
    /** The refusal label wraps past this width. */
    private static final double MAX_WIDTH = 340;

    private final GraphCanvas canvas;
    private final DesignDocument doc;
    private final Label refusal = new Label();
    private final PauseTransition fade = new PauseTransition(Duration.seconds(4));
    private String producer;
    private PortLayout.Port output;
    /** What the pointer is over during the drag (step and input port), so the plan is made once per target. */
    private Object hovered;
    /** The port or node view marked as where a drop would bind (or be refused), or null. */
    private Node marked;
    private PseudoClass markedAs;

    PortDrag(GraphCanvas canvas, DesignDocument doc) {
        this.canvas = canvas;
        this.doc = doc;
        refusal.setId("bind-refusal");
        refusal.getStyleClass().add("bind-refusal");
        refusal.setManaged(false);
        refusal.setMouseTransparent(true);
        refusal.setVisible(false);
        fade.setOnFinished(e -> refusal.setVisible(false));
    }

    /** The refusal label, for the canvas's unscaled overlay. */
    Node feedback() {
        return refusal;
    }

    /** The output port a press fell on, or null (any other part of a node view). */
    static PortLayout.Port outputPortOf(MouseEvent e) {
        return e.getTarget() instanceof Shape s && s.getUserData() instanceof PortLayout.Port p
                && p.side() == PortLayout.Side.OUTPUT ? p : null;
    }

    /** Starts a drag from a step's output port; returns the port's centre in canvas-local coordinates. */
    Point2D start(String step, PortLayout.Port port) {
        producer = step;
        output = port;
        refusal.setVisible(false);
        Position p = canvas.position(step);
        return canvas.viewport().toLocal(p.x() + port.dx(), p.y() + port.dy());
    }

    /**
     * While dragging: marks the input port (or the step's body, for a new input) a drop here would
     * bind, or marks it refused, before the user lets go.
     *
     * @return null over no step, else whether a drop here would be refused
     */
    Boolean hover(Point2D local) {
        String target = producer == null ? null : canvas.stepAt(local);
        PortLayout.Port input = target == null ? null
                : inputAt(target, canvas.viewport().toWorld(local.getX(), local.getY()));
        Object now = target == null ? null : java.util.Arrays.asList(target, input == null ? null : input.name());
        if (java.util.Objects.equals(now, hovered)) {
            return markedAs == null ? null : markedAs == REFUSED;
        }
        unmark();
        hovered = now;
        NodeView view = target == null ? null : canvas.viewOf(target);
        if (view == null) {
            return null;
        }
        BindPorts.Plan plan = BindPorts.plan(doc, producer, output.kind(), output.name(), target,
                input == null ? null : input.kind(), input == null ? null : input.name());
        Node port = input == null ? null : view.ports().port(PortLayout.Side.INPUT, input.name());
        marked = port != null ? port : view;
        markedAs = plan.refused() ? REFUSED : DROP_TARGET;
        marked.pseudoClassStateChanged(markedAs, true);
        return plan.refused();
    }

    private void unmark() {
        if (marked != null) {
            marked.pseudoClassStateChanged(markedAs, false);
        }
        marked = null;
        markedAs = null;
        hovered = null;
    }

    private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");
    private static final PseudoClass REFUSED = PseudoClass.getPseudoClass("drop-refused");

    /** Binds by the drop at a canvas-local point, or shows why not; nothing on empty canvas. */
    void drop(Point2D local) {
        String from = producer;
        PortLayout.Port out = output;
        producer = null;
        output = null;
        unmark();
        Point2D world = canvas.viewport().toWorld(local.getX(), local.getY());
        String target = canvas.stepAt(local);
        if (from == null || target == null) {
            return;
        }
        PortLayout.Port input = inputAt(target, world);
        BindPorts.Plan plan = BindPorts.plan(doc, from, out.kind(), out.name(), target,
                input == null ? null : input.kind(), input == null ? null : input.name());
        if (plan.refused()) {
            refuse(plan.refusal(), local);
        } else {
            doc.execute(plan.job());
        }
    }

    /** The input port of a step nearest a world point within reach, or null (the drop is on the body). */
    private PortLayout.Port inputAt(String step, Point2D world) {
        Position at = canvas.position(step);
        PortLayout.Port best = null;
        double bestDistance = PORT_REACH;
        for (PortLayout.Port p : canvas.index().ports(step).inputs()) {
            double d = world.distance(at.x() + p.dx(), at.y() + p.dy());
            if (d <= bestDistance) {
                best = p;
                bestDistance = d;
            }
        }
        return best;
    }

    private void refuse(String why, Point2D local) {
        refusal.setText(why);
        refusal.applyCss();
        double w = Math.min(MAX_WIDTH, refusal.prefWidth(-1));
        refusal.resize(w, refusal.prefHeight(w));
        // beside the pointer: below right, or left / above of it near the canvas's right / bottom edge
        double x = local.getX() + 12;
        if (x + w > canvas.getWidth() - 4) {
            x = Math.max(4, local.getX() - 12 - w);
        }
        double y = local.getY() + 12;
        if (y + refusal.getHeight() > canvas.getHeight() - 4) {
            y = Math.max(4, local.getY() - 12 - refusal.getHeight());
        }
        refusal.relocate(x, y);
        refusal.setVisible(true);
        refusal.toFront();
        fade.playFromStart();
    }

    /** The reason shown for the last refused drop while it is shown, else null. */
    String refusalShown() {
        return refusal.isVisible() ? refusal.getText() : null;
    }
}
