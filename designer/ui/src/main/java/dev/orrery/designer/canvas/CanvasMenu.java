package dev.orrery.designer.canvas;

import dev.orrery.core.model.StepKind;
import dev.orrery.designer.palette.StepFactory;
import javafx.geometry.Point2D;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/**
 * The menu of the canvas itself (right-click on empty canvas or on an edge): add a step where the
 * click was, add an event trigger, paste there, select all, auto layout, fit; on an edge also remove that dependency. A
 * viewer canvas (the monitor's) offers fitting only.
 */
final class CanvasMenu {
    private CanvasMenu() {
    }

    /**
     * @param local where the click was, in canvas coordinates
     * @param edge the edge clicked on (already selected), or null
     */
    static ContextMenu of(GraphCanvas canvas, Point2D local, Dependency edge) {
        ContextMenu menu = new ContextMenu();
        menu.setId("canvas-menu");
        if (canvas.editableProperty().get()) {
            if (edge != null) {
                MenuItem remove = item("Remove Dependency " + edge, "canvas-menu-disconnect", canvas::deleteSelection);
                menu.getItems().addAll(remove, new SeparatorMenuItem());
            }
            Menu add = new Menu("Add Step Here");
            add.setId("canvas-menu-add");
            for (StepKind kind : StepFactory.paletteKinds()) {
                add.getItems().add(item(kind.title(), "canvas-menu-add-" + kind.id(), () -> canvas.addKindAt(kind, local)));
            }
            Menu trigger = new Menu("Add Trigger");
            trigger.setId("canvas-menu-add-trigger");
            for (dev.orrery.core.model.EventKind kind : dev.orrery.core.model.EventKind.values()) {
                trigger.getItems().add(item(kind.label(), "canvas-menu-trigger-" + kind.type(),
                        () -> canvas.triggers().add(kind)));
            }
            MenuItem paste = item("Paste Here", "canvas-menu-paste", () -> canvas.pasteAt(local));
            paste.setDisable(!canvas.edits().canPaste());
            MenuItem all = item("Select All", "canvas-menu-select-all", canvas::selectAll);
            MenuItem layout = item("Auto Layout", "canvas-menu-layout", canvas::autoLayout);
            layout.setDisable(!canvas.canAutoLayout());
            menu.getItems().addAll(add, trigger, paste, new SeparatorMenuItem(), all, layout);
        }
        menu.getItems().add(item("Fit to Window", "canvas-menu-fit", canvas::fit));
        return menu;
    }

    /** The keyboard's menu key shows the menu in the canvas's middle (a right-click shows it on release). */
    static void installKeyboardTrigger(GraphCanvas canvas) {
        canvas.setOnContextMenuRequested(e -> {
            if (e.isKeyboardTrigger()) {
                canvas.showMenu(e.getScreenX(), e.getScreenY(),
                        new Point2D(canvas.getWidth() / 2, canvas.getHeight() / 2), null);
                e.consume();
            }
        });
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setId(id);
        m.setOnAction(e -> action.run());
        return m;
    }
}
