package dev.orrery.designer.canvas;

import dev.orrery.core.diag.Diagnostic;
import dev.orrery.core.model.EventKind;
import dev.orrery.core.model.Position;
import dev.orrery.designer.doc.DesignDocument;
import dev.orrery.designer.job.AddTriggerJob;
import dev.orrery.designer.job.TriggerEdits;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.Pane;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

/**
 * What the canvas does with event triggers: their layer ({@link TriggerLayer}), selecting one on a press,
 * its context menu (send a test event, delete), adding one of a kind and deleting the selected one, each one
 * undo step. {@link GraphCanvas} only hands it the frame's state and forwards Delete.
 */
public final class CanvasTriggers {
    private final DesignDocument doc;
    private final GraphCanvas canvas;
    private final TriggerLayer layer;
    private Consumer<String> onSendTestEvent = name -> { };

    CanvasTriggers(GraphCanvas canvas, DesignDocument doc, Translate translate, Scale scale) {
        this.canvas = canvas;
        this.doc = doc;
        this.layer = new TriggerLayer(this::pressed, this::menu);
        Translate t = new Translate();
        t.xProperty().bind(translate.xProperty());
        t.yProperty().bind(translate.yProperty());
        Scale s = new Scale();
        s.xProperty().bind(scale.xProperty());
        s.yProperty().bind(scale.yProperty());
        layer.node().getTransforms().addAll(t, s);
        doc.selection().triggerProperty().addListener((o, a, b) -> canvas.requestLayout());
    }

    Pane node() {
        return layer.node();
    }

    /** Called each frame; rebuilds only when the key (revision, selection, problems, moves) changed. */
    void update(GraphIndex idx, Function<String, Position> position, Supplier<Rectangle2D> stepBounds,
            Object frameKey, List<Diagnostic> problems) {
        // most pipelines have no triggers: then no bounds are worked out, not even while steps are dragged
        Object key = doc.pipeline().triggers.isEmpty() ? "none"
                : List.of(frameKey, String.valueOf(doc.selection().trigger()));
        layer.update(key, doc.pipeline(), idx.steps, position, doc.pipeline().triggers.isEmpty() ? null
                : stepBounds.get(), doc.selection().trigger(), problems);
    }

    /** The world rectangle of the trigger column for graph bounds {@code stepBounds}, or null without triggers. */
    Rectangle2D bounds(Rectangle2D stepBounds) {
        Rectangle2D out = null;
        for (Rectangle2D r : TriggerLayer.place(doc.pipeline().triggers, stepBounds).values()) {
            out = TriggerLayer.union(out, r);
        }
        return out;
    }

    private void pressed(String name) {
        canvas.stopAutoFit();
        canvas.requestFocus();
        doc.selection().selectTrigger(name);
    }

    private void menu(TriggerNodeView v, double screenX, double screenY) {
        doc.selection().selectTrigger(v.triggerName());
        MenuItem send = new MenuItem("Send Test Event…");
        send.setId("trigger-menu-send");
        send.setOnAction(a -> onSendTestEvent.accept(v.triggerName()));
        MenuItem delete = new MenuItem("Delete Trigger");
        delete.setId("trigger-menu-delete");
        delete.setOnAction(a -> deleteSelected());
        delete.setDisable(!canvas.editableProperty().get());
        ContextMenu menu = new ContextMenu(send, new SeparatorMenuItem(), delete);
        menu.setId("trigger-menu");
        menu.show(v, screenX, screenY);
    }

    /** Adds a trigger of a kind (named after it), selects it; one undo step. Returns its name, or null. */
    public String add(EventKind kind) {
        if (!canvas.editableProperty().get()) {
            return null;
        }
        AddTriggerJob job = (AddTriggerJob) TriggerEdits.add(doc, kind);
        if (!doc.execute(job)) {
            return null;
        }
        doc.selection().selectTrigger(job.trigger().name);
        reveal(job.trigger().name);
        return job.trigger().name;
    }

    /** Centres the view on a trigger that is not wholly in view: the column is left of the graph. */
    private void reveal(String name) {
        Rectangle2D at = TriggerLayer.place(doc.pipeline().triggers, canvas.stepBounds()).get(name);
        if (at != null && !canvas.viewport().visibleWorld(canvas.getWidth(), canvas.getHeight()).contains(at)) {
            canvas.centerOnWorld(at.getMinX() + at.getWidth() / 2, at.getMinY() + at.getHeight() / 2);
        }
    }

    /** Deletes the selected trigger; false when none is selected. */
    boolean deleteSelected() {
        String name = doc.selection().trigger();
        if (name == null || !canvas.editableProperty().get()) {
            return false;
        }
        doc.execute(TriggerEdits.remove(doc, name));
        return true;
    }

    /** What "Send Test Event…" does with a trigger's name (the kit opens its dialog). */
    public void setOnSendTestEvent(Consumer<String> action) {
        this.onSendTestEvent = action == null ? name -> { } : action;
    }

    /** The node of a trigger as drawn now, or null. */
    public TriggerNodeView viewOf(String name) {
        return layer.viewOf(name);
    }

    /** The trigger drawn at a point of the canvas, or null. */
    public String triggerAt(javafx.geometry.Point2D local) {
        javafx.geometry.Point2D w = canvas.viewport().toWorld(local.getX(), local.getY());
        return layer.triggerAt(w.getX(), w.getY());
    }

    /** The entry steps each trigger is wired to, by trigger name (for tests and the docs). */
    public Map<String, List<String>> wiring() {
        List<String> entries = TriggerLayer.entrySteps(doc.pipeline(), canvas.index().steps);
        Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        doc.pipeline().triggers.forEach(t -> out.put(t.name, entries));
        return out;
    }
}
