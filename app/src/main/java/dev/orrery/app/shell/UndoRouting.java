package dev.orrery.app.shell;

import dev.orrery.designer.job.JobManager;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.fxmisc.richtext.GenericStyledArea;

/**
 * Where Undo and Redo go: to the focused text field or editor while it has typing of its own to undo,
 * else to the document's history. Without this, a field that had committed its value kept the keyboard
 * and swallowed Ctrl+Z with nothing to undo, so the user's first Ctrl+Z did nothing. Handles Ctrl+Z,
 * Ctrl+Shift+Z and Ctrl+Y for the whole window, and the Edit menu's items, the same way.
 */
final class UndoRouting {
    static final KeyCombination UNDO = KeyCombination.keyCombination("Shortcut+Z");
    static final KeyCombination REDO = KeyCombination.keyCombination("Shortcut+Shift+Z");
    static final KeyCombination REDO_ALTERNATIVE = KeyCombination.keyCombination("Shortcut+Y");

    private final Scene scene;
    private final JobManager jobs;
    private final java.util.function.BooleanSupplier readOnly;

    private UndoRouting(Scene scene, JobManager jobs, java.util.function.BooleanSupplier readOnly) {
        this.scene = scene;
        this.jobs = jobs;
        this.readOnly = readOnly;
    }

    /** Routes the window's undo and redo keys; returns the routing for the menus. */
    static UndoRouting install(Scene scene, JobManager jobs) {
        return install(scene, jobs, () -> false);
    }

    /**
     * As {@link #install(Scene, JobManager)}; while {@code readOnly} says so (a comparison is shown) the
     * document's history is left alone.
     */
    static UndoRouting install(Scene scene, JobManager jobs, java.util.function.BooleanSupplier readOnly) {
        UndoRouting routing = new UndoRouting(scene, jobs, readOnly);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (UNDO.match(e)) {
                routing.undo();
                e.consume();
            } else if (REDO.match(e) || REDO_ALTERNATIVE.match(e)) {
                routing.redo();
                e.consume();
            }
        });
        return routing;
    }

    void undo() {
        Node focus = scene.getFocusOwner();
        if (focus instanceof TextInputControl t && t.isUndoable()) {
            t.undo();
        } else if (editorOf(focus) instanceof GenericStyledArea<?, ?, ?> area && area.isUndoAvailable()) {
            area.undo();
        } else if (!readOnly.getAsBoolean()) {
            jobs.undo();
        }
    }

    void redo() {
        Node focus = scene.getFocusOwner();
        if (focus instanceof TextInputControl t && t.isRedoable()) {
            t.redo();
        } else if (editorOf(focus) instanceof GenericStyledArea<?, ?, ?> area && area.isRedoAvailable()) {
            area.redo();
        } else if (!readOnly.getAsBoolean()) {
            jobs.redo();
        }
    }

    /** The code editor that holds the focus (the focus owner may be the editor or a part of it). */
    private static Node editorOf(Node focus) {
        for (Node n = focus; n != null; n = n.getParent()) {
            if (n instanceof GenericStyledArea<?, ?, ?>) {
                return n;
            }
        }
        return null;
    }
}
