package dev.orrery.designer.canvas;

import dev.orrery.core.model.Position;
import dev.orrery.core.text.Counts;
import dev.orrery.designer.doc.DesignDocument;
import dev.orrery.designer.doc.StepPaths;
import dev.orrery.designer.job.DependencyJob;
import dev.orrery.designer.job.MoveStepsJob;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;

/**
 * The canvas's mouse gestures: select, move, connect from the output port, bind from a named output
 * port ({@link PortDrag}), rubber band, pan and wheel zoom. A gesture is previewed locally (the
 * canvas's preview positions, the band, the connector line) and becomes one document job on
 * release, so a drag is one undo step.
 */
final class CanvasMouse {
    private enum Mode { NONE, MOVE, CONNECT, BIND, BAND, PAN }

    private final GraphCanvas canvas;
    private final DesignDocument doc;
    private final Viewport viewport;
    /** Positions of steps being dragged; the canvas draws these instead of the stored ones. */
    private final Map<String, Position> preview;
    private final Rectangle band = new Rectangle();
    private final Line connector = new Line();
    /** The connector of a binding drag over a step that would refuse it. */
    private static final javafx.css.PseudoClass REFUSED = javafx.css.PseudoClass.getPseudoClass("refused");
    private final PortDrag portDrag;

    private Mode mode = Mode.NONE;
    private Point2D pressLocal;
    private Map<String, Position> moveStart = Map.of();
    private String connectFrom;
    private boolean dragged;
    /** A secondary press on empty canvas or an edge: its release without a drag shows the canvas menu. */
    private boolean menuArmed;
    private Dependency menuEdge;

    CanvasMouse(GraphCanvas canvas, DesignDocument doc, Map<String, Position> preview) {
        this.canvas = canvas;
        this.doc = doc;
        this.viewport = canvas.viewport();
        this.preview = preview;
        band.getStyleClass().add("rubber-band");
        band.setVisible(false);
        connector.getStyleClass().add("connector");
        connector.setVisible(false);
        portDrag = new PortDrag(canvas, doc);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::backgroundPressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
    }

    /** The rubber band, the connector line and a refused binding's reason, for the canvas's unscaled overlay. */
    List<Node> feedbackShapes() {
        return List.of(band, connector, portDrag.feedback());
    }

    /** Hooks a new node view's press and its output port's press into the gestures. */
    void attach(NodeView v) {
        v.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            PortLayout.Port out = PortDrag.outputPortOf(e);
            if (out != null && editable()) {
                outputPressed(v, out, e);
            } else {
                stepPressed(v.stepName(), e);
            }
        });
        v.outputPort().addEventHandler(MouseEvent.MOUSE_PRESSED, e -> portPressed(v, e));
    }

    private boolean editable() {
        return canvas.editableProperty().get();
    }

    private Point2D local(double sceneX, double sceneY) {
        return canvas.sceneToLocal(sceneX, sceneY);
    }

    /** A press on a step (its view, or the step painted in the picture): select it, and move the selection. */
    private void stepPressed(String name, MouseEvent e) {
        canvas.stopAutoFit();
        canvas.requestFocus();
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (e.isShortcutDown() || e.isShiftDown()) {
            doc.selection().toggle(name);
        } else if (!doc.selection().isSelected(name)) {
            doc.selection().select(name);
        }
        if (!editable()) {
            e.consume();
            return;
        }
        mode = Mode.MOVE;
        dragged = false;
        pressLocal = local(e.getSceneX(), e.getSceneY());
        moveStart = new LinkedHashMap<>();
        for (String s : doc.selection().steps()) {
            // inner steps of an expanded group are placed by the group, not moved by hand
            Position p = StepPaths.isInner(s) ? null : canvas.storedPosition(s);
            if (p != null) {
                moveStart.put(s, p);
            }
        }
        e.consume();
    }

    private void portPressed(NodeView v, MouseEvent e) {
        canvas.stopAutoFit();
        if (e.getButton() != MouseButton.PRIMARY || !editable() || StepPaths.isInner(v.stepName())) {
            return;
        }
        canvas.requestFocus();
        mode = Mode.CONNECT;
        connectFrom = v.stepName();
        Position p = canvas.position(connectFrom);
        double[] out = PortLayout.defaultOutput(p.x(), p.y());
        Point2D a = viewport.toLocal(out[0], out[1]);
        connector.setStartX(a.getX());
        connector.setStartY(a.getY());
        connector.setEndX(a.getX());
        connector.setEndY(a.getY());
        connector.setVisible(true);
        e.consume();
    }

    /** A press on a named output port starts a binding drag (the body's press still moves the step). */
    private void outputPressed(NodeView v, PortLayout.Port out, MouseEvent e) {
        canvas.stopAutoFit();
        if (e.getButton() != MouseButton.PRIMARY || StepPaths.isInner(v.stepName())) {
            e.consume();
            return;
        }
        canvas.requestFocus();
        mode = Mode.BIND;
        Point2D a = portDrag.start(v.stepName(), out);
        connector.setStartX(a.getX());
        connector.setStartY(a.getY());
        connector.setEndX(a.getX());
        connector.setEndY(a.getY());
        connector.setVisible(true);
        e.consume();
    }

    private void backgroundPressed(MouseEvent e) {
        canvas.stopAutoFit();
        // the canvas takes the keyboard focus from any field, so its keys (Delete, arrows, undo) work next
        canvas.requestFocus();
        pressLocal = local(e.getSceneX(), e.getSceneY());
        dragged = false;
        String under = canvas.stepAt(pressLocal);
        if (under != null && e.getButton() == MouseButton.PRIMARY && !e.isAltDown()
                && viewport.scale() >= CanvasPainter.DETAIL_SCALE) {
            // a step the picture paints because its view is not made yet (a large graph that just
            // moved): it takes the press as its view would
            stepPressed(under, e);
            return;
        }
        boolean onStep = under != null;
        Dependency edge = onStep ? null : canvas.edgeAt(pressLocal);
        menuArmed = e.getButton() == MouseButton.SECONDARY && !onStep;
        menuEdge = null;
        // a read-only canvas (a run's graph) selects edges too: what flowed on one is shown beside it
        if (edge != null && (e.getButton() == MouseButton.PRIMARY || menuArmed && editable())) {
            canvas.selectEdge(edge);
            menuEdge = edge;
            if (e.getButton() == MouseButton.PRIMARY) {
                mode = Mode.NONE;
                e.consume();
                return;
            }
        }
        if (e.getButton() == MouseButton.PRIMARY && !e.isAltDown() && editable()) {
            mode = Mode.BAND;
            band.setX(pressLocal.getX());
            band.setY(pressLocal.getY());
            band.setWidth(0);
            band.setHeight(0);
        } else {
            mode = Mode.PAN;
        }
    }

    private void dragged(MouseEvent e) {
        Point2D at = local(e.getSceneX(), e.getSceneY());
        switch (mode) {
            case MOVE -> {
                double dx = (at.getX() - pressLocal.getX()) / viewport.scale();
                double dy = (at.getY() - pressLocal.getY()) / viewport.scale();
                if (Math.abs(dx) + Math.abs(dy) > 0) {
                    dragged = true;
                }
                moveStart.forEach((n, p) -> preview.put(n, CanvasEdits.snap(new Position(p.x() + dx, p.y() + dy))));
                canvas.requestLayout();
            }
            case CONNECT -> {
                connector.setEndX(at.getX());
                connector.setEndY(at.getY());
            }
            case BIND -> {
                connector.setEndX(at.getX());
                connector.setEndY(at.getY());
                connector.pseudoClassStateChanged(REFUSED, Boolean.TRUE.equals(portDrag.hover(at)));
            }
            case BAND -> {
                dragged = true;
                band.setVisible(true);
                band.setX(Math.min(at.getX(), pressLocal.getX()));
                band.setY(Math.min(at.getY(), pressLocal.getY()));
                band.setWidth(Math.abs(at.getX() - pressLocal.getX()));
                band.setHeight(Math.abs(at.getY() - pressLocal.getY()));
            }
            case PAN -> {
                dragged = true;
                canvas.stopAutoFit();
                viewport.panBy(at.getX() - pressLocal.getX(), at.getY() - pressLocal.getY());
                pressLocal = at;
            }
            case NONE -> { }
        }
        e.consume();
    }

    private void released(MouseEvent e) {
        Point2D at = local(e.getSceneX(), e.getSceneY());
        switch (mode) {
            case MOVE -> {
                Map<String, Position> to = new LinkedHashMap<>(preview);
                preview.clear();
                if (dragged) {
                    Map<String, Position> from = new LinkedHashMap<>();
                    to.keySet().forEach(n -> from.put(n, doc.pipeline().layout.get(n)));
                    String what = to.size() == 1 ? to.keySet().iterator().next() : Counts.of(to.size(), "step");
                    if (!doc.execute(new MoveStepsJob(doc, from, to, "Move " + what))) {
                        canvas.requestLayout();
                    }
                } else {
                    canvas.requestLayout();
                }
            }
            case CONNECT -> {
                connector.setVisible(false);
                String target = canvas.stepAt(at);
                if (target != null && !target.equals(connectFrom) && !StepPaths.isInner(target)
                        && DependencyJob.connect(doc, connectFrom, target).isExecutable()) {
                    doc.execute(ConnectSteps.connect(doc, connectFrom, target));
                }
            }
            case BIND -> {
                connector.setVisible(false);
                connector.pseudoClassStateChanged(REFUSED, false);
                portDrag.drop(at);
            }
            case BAND -> {
                band.setVisible(false);
                if (dragged) {
                    selectInBand(e.isShortcutDown() || e.isShiftDown());
                } else if (!e.isShortcutDown()) {
                    canvas.clearSelection();
                }
            }
            case PAN -> {
                if (menuArmed && !dragged && e.getButton() == MouseButton.SECONDARY) {
                    canvas.showMenu(e.getScreenX(), e.getScreenY(), at, menuEdge);
                }
            }
            case NONE -> { }
        }
        mode = Mode.NONE;
        menuArmed = false;
        e.consume();
    }

    private void selectInBand(boolean add) {
        Point2D a = viewport.toWorld(band.getX(), band.getY());
        Rectangle2D r = new Rectangle2D(a.getX(), a.getY(), band.getWidth() / viewport.scale(),
                band.getHeight() / viewport.scale());
        Set<String> hit = new LinkedHashSet<>(add ? doc.selection().steps() : Set.of());
        hit.addAll(CanvasHits.inRectangle(canvas.index().steps, canvas::position, r));
        doc.selection().selectAll(hit);
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() == 0) {
            return;
        }
        Point2D at = local(e.getSceneX(), e.getSceneY());
        canvas.stopAutoFit();
        double factor = Math.pow(1.0015, e.getDeltaY());
        viewport.zoomAt(viewport.scale() * factor, at.getX(), at.getY());
        e.consume();
    }
}
