package dev.orrery.designer.canvas;

import dev.orrery.core.model.Position;
import dev.orrery.designer.KeyHelp;
import dev.orrery.designer.doc.DesignDocument;
import dev.orrery.designer.doc.StepPaths;
import dev.orrery.designer.job.MoveStepsJob;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The canvas's own keys, so the kit works without a host's menus: Delete, Escape, arrow-key nudges,
 * and the usual edit shortcuts. A host's menu accelerators for the same keys run first (JavaFX
 * handles accelerators before the focused node), so nothing runs twice.
 *
 * <p>A nudge burst (arrow presses until the last arrow key is released, or the canvas loses focus)
 * is previewed like a drag and becomes one undoable move.
 */
final class CanvasKeys {
    /** How far one arrow press moves: one grid unit, so steps stay on the grid dragging snaps to. */
    static final double NUDGE = GraphCanvas.GRID;
    /** With Shift, one world unit, for fine placement off the grid. */
    static final double FINE_NUDGE = 1;

    static final List<KeyHelp.Shortcut> HELP = List.of(
            new KeyHelp.Shortcut("Click / Ctrl+click / Shift+click", "select a step / add or remove it"),
            new KeyHelp.Shortcut("Drag on empty canvas", "select the steps in a rectangle"),
            new KeyHelp.Shortcut("Drag a step", "move the selected steps (snaps to the grid)"),
            new KeyHelp.Shortcut("Drag from a step's right port", "make another step run after it"),
            new KeyHelp.Shortcut("Click an edge", "select the dependency"),
            new KeyHelp.Shortcut("Delete / Backspace", "delete the selected steps or the selected dependency"),
            new KeyHelp.Shortcut("Escape", "clear the selection"),
            new KeyHelp.Shortcut("Arrow keys", "move the selected steps one grid unit (a burst is one undo step)"),
            new KeyHelp.Shortcut("Shift+arrow keys", "move the selected steps by one unit"),
            new KeyHelp.Shortcut("Right-click", "menu: add a step here, paste, auto layout, fit"),
            new KeyHelp.Shortcut("Right or middle drag / wheel", "pan / zoom"),
            new KeyHelp.Shortcut("Ctrl+Z / Ctrl+Y or Ctrl+Shift+Z", "undo / redo"),
            new KeyHelp.Shortcut("Ctrl+C / Ctrl+V / Ctrl+A", "copy, paste, select all steps"),
            new KeyHelp.Shortcut("Ctrl+G", "expand or collapse the selected groups"),
            new KeyHelp.Shortcut("Ctrl+L", "auto layout"),
            new KeyHelp.Shortcut("Ctrl+0 / Ctrl+1", "fit the graph / 100 %"));

    private static final Set<KeyCode> ARROWS = EnumSet.of(KeyCode.LEFT, KeyCode.RIGHT, KeyCode.UP, KeyCode.DOWN);

    private final GraphCanvas canvas;
    private final DesignDocument doc;
    private final Map<String, Position> preview;
    private final Set<KeyCode> held = EnumSet.noneOf(KeyCode.class);
    /** Positions before the nudge burst, of the steps it moves; empty when no burst is going on. */
    private final Map<String, Position> nudgeStart = new LinkedHashMap<>();

    CanvasKeys(GraphCanvas canvas, DesignDocument doc, Map<String, Position> preview) {
        this.canvas = canvas;
        this.doc = doc;
        this.preview = preview;
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, this::pressed);
        canvas.addEventHandler(KeyEvent.KEY_RELEASED, this::released);
        canvas.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                held.clear();
                endNudge();
            }
        });
        KeyHelp.publish(canvas, HELP);
    }

    private void pressed(KeyEvent e) {
        KeyCode code = e.getCode();
        boolean shortcut = e.isShortcutDown();
        boolean editable = canvas.editableProperty().get();
        if (ARROWS.contains(code) && !shortcut && !e.isAltDown()) {
            if (editable) {
                held.add(code);
                nudge(code, e.isShiftDown() ? FINE_NUDGE : NUDGE);
            }
        } else if (code == KeyCode.ESCAPE && !shortcut) {
            canvas.clearSelection();
        } else if ((code == KeyCode.DELETE || code == KeyCode.BACK_SPACE) && !shortcut) {
            canvas.deleteSelection();
        } else if (shortcut && code == KeyCode.Z && editable) {
            if (e.isShiftDown()) {
                doc.jobs().redo();
            } else {
                doc.jobs().undo();
            }
        } else if (shortcut && code == KeyCode.Y && editable) {
            doc.jobs().redo();
        } else if (shortcut && code == KeyCode.A) {
            canvas.selectAll();
        } else if (shortcut && code == KeyCode.C) {
            canvas.copySelection();
        } else if (shortcut && code == KeyCode.V) {
            canvas.paste();
        } else if (shortcut && code == KeyCode.G) {
            canvas.toggleSelectedGroups();
        } else if (shortcut && code == KeyCode.L && editable) {
            canvas.autoLayout();
        } else if (shortcut && (code == KeyCode.DIGIT0 || code == KeyCode.NUMPAD0)) {
            canvas.fit();
        } else if (shortcut && (code == KeyCode.DIGIT1 || code == KeyCode.NUMPAD1)) {
            canvas.actualSize();
        } else {
            return;
        }
        e.consume();
    }

    private void released(KeyEvent e) {
        if (held.remove(e.getCode()) && held.isEmpty()) {
            endNudge();
        }
        if (ARROWS.contains(e.getCode())) {
            e.consume();
        }
    }

    private void nudge(KeyCode code, double by) {
        if (nudgeStart.isEmpty()) {
            for (String s : doc.selection().steps()) {
                // inner steps of an expanded group are placed by the group
                Position p = StepPaths.isInner(s) ? null : canvas.storedPosition(s);
                if (p != null) {
                    nudgeStart.put(s, p);
                    preview.put(s, p);
                }
            }
        }
        double dx = code == KeyCode.LEFT ? -by : code == KeyCode.RIGHT ? by : 0;
        double dy = code == KeyCode.UP ? -by : code == KeyCode.DOWN ? by : 0;
        for (String s : nudgeStart.keySet()) {
            Position p = preview.get(s);
            if (p != null) {
                preview.put(s, new Position(p.x() + dx, p.y() + dy));
            }
        }
        canvas.requestLayout();
    }

    /** Ends a nudge burst: the steps' new places become one move job. */
    private void endNudge() {
        if (nudgeStart.isEmpty()) {
            return;
        }
        Map<String, Position> to = new LinkedHashMap<>();
        Map<String, Position> from = new LinkedHashMap<>();
        for (String s : nudgeStart.keySet()) {
            to.put(s, preview.remove(s));
            from.put(s, doc.pipeline().layout.get(s));
        }
        nudgeStart.clear();
        String what = to.size() == 1 ? to.keySet().iterator().next() : to.size() + " steps";
        if (!doc.execute(new MoveStepsJob(doc, from, to, "Nudge " + what))) {
            canvas.requestLayout();
        }
    }
}
