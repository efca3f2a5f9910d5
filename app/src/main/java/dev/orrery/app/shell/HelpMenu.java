package dev.orrery.app.shell;

import dev.orrery.designer.KeyHelp;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;

/** Help: the keyboard shortcuts, the user guide and the version. */
final class HelpMenu {
    private final MainWindow w;

    HelpMenu(MainWindow window) {
        this.w = window;
    }

    Menu menu(MenuBar bar) {
        MenuItem shortcuts = new MenuItem("Keyboard Shortcuts");
        shortcuts.setId("menu-help-shortcuts");
        shortcuts.setAccelerator(KeyCombination.keyCombination("F1"));
        shortcuts.setOnAction(e -> ShortcutsWindow.show(w.stage(), sections(bar), w.stage().getScene().getStylesheets()));
        MenuItem docs = new MenuItem("Documentation");
        docs.setId("menu-help-docs");
        docs.setOnAction(e -> DocsWindow.show(w.stage(), w.designer().executor(), w.stage().getScene().getStylesheets()));
        MenuItem about = new MenuItem("About Orrery");
        about.setId("menu-help-about");
        about.setOnAction(e -> AboutBox.show(w.stage()));
        Menu help = new Menu("Help", null, shortcuts, docs, about);
        help.setId("menu-help");
        return help;
    }

    /** The menus' accelerators and the canvas's own keys (published by the kit). */
    List<ShortcutList.Section> sections(MenuBar bar) {
        return ShortcutList.of(bar, List.of(new ShortcutList.Section("Canvas", KeyHelp.of(w.designer().canvas())),
                new ShortcutList.Section("Comparison (File ▸ Compare With…)",
                        dev.orrery.designer.compare.ComparisonView.HELP)));
    }
}
