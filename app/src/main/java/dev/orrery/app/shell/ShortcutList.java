package dev.orrery.app.shell;

import dev.orrery.designer.KeyHelp;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;

/**
 * The window's keyboard shortcuts, read from where they are defined: the menus' accelerators (so the
 * list cannot drift from the menus) and what the kit's parts publish through {@link KeyHelp}.
 */
final class ShortcutList {
    /** A heading and its shortcuts. */
    record Section(String title, List<KeyHelp.Shortcut> shortcuts) {
    }

    /** Set on a menu item whose text changes (Undo ▸ "Undo Move train") to name it in the list. */
    static final String HELP_NAME = "orrery.helpName";

    private ShortcutList() {
    }

    static List<Section> of(MenuBar menus, List<Section> extra) {
        List<KeyHelp.Shortcut> fromMenus = new ArrayList<>();
        for (Menu m : menus.getMenus()) {
            collect(m, m.getText(), fromMenus);
        }
        // keys that do what a menu item does without being its accelerator
        fromMenus.add(new KeyHelp.Shortcut(UndoRouting.REDO_ALTERNATIVE.getDisplayText(), "Edit ▸ Redo"));
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("Menus", fromMenus));
        extra.stream().filter(s -> !s.shortcuts().isEmpty()).forEach(sections::add);
        return sections;
    }

    private static void collect(Menu menu, String path, List<KeyHelp.Shortcut> out) {
        for (MenuItem item : menu.getItems()) {
            String name = item.getProperties().get(HELP_NAME) instanceof String s ? s : item.getText();
            if (item instanceof Menu sub) {
                collect(sub, path + " ▸ " + name, out);
            } else if (item.getAccelerator() != null && name != null) {
                out.add(new KeyHelp.Shortcut(item.getAccelerator().getDisplayText(), path + " ▸ " + name));
            }
        }
    }
}
