package dev.orrery.app.shell;

import dev.orrery.designer.KeyHelp;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Help ▸ Keyboard Shortcuts: every shortcut of the window in one table, with its section. */
final class ShortcutsWindow {
    private ShortcutsWindow() {
    }

    /** One table row: the section's title on its first row only. */
    record Row(String section, String keys, String action) {
    }

    static Stage show(Window owner, List<ShortcutList.Section> sections, List<String> stylesheets) {
        TableView<Row> table = new TableView<>();
        table.setId("shortcuts-table");
        table.getColumns().add(column("", 110, Row::section));
        table.getColumns().add(column("Keys", 230, Row::keys));
        table.getColumns().add(column("Does", 420, Row::action));
        for (ShortcutList.Section s : sections) {
            boolean first = true;
            for (KeyHelp.Shortcut k : s.shortcuts()) {
                table.getItems().add(new Row(first ? s.title() : "", k.keys(), k.action()));
                first = false;
            }
        }
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Keyboard Shortcuts — Orrery");
        Scene scene = new Scene(table, 780, 560);
        scene.getStylesheets().addAll(stylesheets);
        stage.setScene(scene);
        stage.show();
        return stage;
    }

    private static TableColumn<Row, String> column(String title, double width, java.util.function.Function<Row, String> value) {
        TableColumn<Row, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }
}
