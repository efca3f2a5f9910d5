package dev.orrery.app.shell;

import static dev.orrery.app.shell.TestWindow.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.designer.KeyHelp;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Help: the shortcuts (from the menus and the canvas), the bundled guide, and the version. */
@ExtendWith(ApplicationExtension.class)
class HelpMenuTest {
    private TestWindow shown;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        shown = TestWindow.show(stage);
        window = shown.window();
        window.openSample();
    }

    @AfterEach
    void cleanUp() throws Exception {
        shown.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void keyboardShortcutsListTheMenusAcceleratorsAndTheCanvasKeys(FxRobot robot) throws Exception {
        robot.interact(() -> KeyHelp.publish(window.designer().canvas(),
                List.of(new KeyHelp.Shortcut("Escape", "clear the selection"))));
        robot.clickOn(window.designer().canvas());
        robot.type(KeyCode.F1);
        waitFor(() -> robot.lookup("#shortcuts-table").tryQuery().isPresent());

        TableView<ShortcutsWindow.Row> table = robot.lookup("#shortcuts-table").queryAs(TableView.class);
        List<String> rows = table.getItems().stream().map(r -> r.keys() + " = " + r.action()).toList();
        assertThat(rows).contains("Ctrl+Z = Edit ▸ Undo", "Ctrl+Shift+Z = Edit ▸ Redo", "Ctrl+Y = Edit ▸ Redo",
                "Ctrl+S = File ▸ Save", "F5 = Run ▸ Run on This Computer", "F1 = Help ▸ Keyboard Shortcuts",
                "Escape = clear the selection");
        assertThat(table.getItems()).extracting(ShortcutsWindow.Row::section).contains("Menus", "Canvas");
    }

    @Test
    @SuppressWarnings("unchecked")
    void documentationShowsTheBundledGuide(FxRobot robot) throws Exception {
        robot.clickOn("Help").clickOn("Documentation");
        waitFor(() -> robot.lookup("#docs-text").tryQuery().isPresent());
        TextArea text = robot.lookup("#docs-text").queryAs(TextArea.class);
        waitFor(() -> text.getText().contains("Orrery is a desktop application"));
        assertThat(text.getText()).doesNotContain("![").as("pictures become captions").contains("[picture: ");

        ListView<DocsLibrary.Page> pages = robot.lookup("#docs-pages").queryAs(ListView.class);
        assertThat(pages.getItems()).extracting(DocsLibrary.Page::file).first().isEqualTo("README.md");
        assertThat(pages.getItems()).extracting(DocsLibrary.Page::title).contains("Designer", "Local runner");
        robot.clickOn("Designer");
        waitFor(() -> text.getText().startsWith("# The designer"));
    }

    @Test
    void aboutShowsTheVersion(FxRobot robot) throws Exception {
        robot.clickOn("Help").clickOn("About Orrery");
        waitFor(() -> robot.lookup("#about-text").tryQuery().isPresent());
        Label about = robot.lookup("#about-text").queryAs(Label.class);
        assertThat(AboutBox.version()).matches("\\d+\\.\\d+.*");
        assertThat(about.getText()).startsWith("Orrery " + AboutBox.version());
    }
}
