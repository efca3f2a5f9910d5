package dev.orrery.app.shell;

import java.util.Map;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * A tab switch puts the keyboard focus into the tab's content. Without it, the focus owner of the hidden
 * tab left the scene and JavaFX moved the focus to the next field in traversal order, the property
 * sheet's Name field with its text selected, so typing renamed the pipeline. A click into a tab's content
 * also bubbles up to the tab pane, which takes the focus for itself; it is passed back to the content.
 */
final class TabFocus {
    private TabFocus() {
    }

    /** {@code targets}: for each tab, the node of its content that should hold the focus. */
    static void install(TabPane tabs, Map<Tab, Supplier<Node>> targets) {
        Runnable focusContent = () -> {
            Tab selected = tabs.getSelectionModel().getSelectedItem();
            Supplier<Node> target = selected == null ? null : targets.get(selected);
            if (target != null && target.get() != null && tabs.getScene() != null) {
                target.get().requestFocus();
            }
        };
        // later: the new content is only in the scene graph after the selection change is handled
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> Platform.runLater(focusContent));
        tabs.focusedProperty().addListener((o, was, now) -> {
            if (now) {
                Platform.runLater(() -> {
                    if (tabs.isFocused()) {
                        focusContent.run();
                    }
                });
            }
        });
    }
}
