package dev.orrery.app.shell;

import static dev.orrery.app.shell.TestWindow.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A YAML syntax error in the YAML tab: the toolbar keeps its buttons readable, the message says what is
 * wrong in plain words with line and column, and the parser's full text is on hover.
 */
@ExtendWith(ApplicationExtension.class)
class YamlTabErrorTest {
    private TestWindow shown;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage primary) {
        // a stage of its own: the test narrows it, and TestFX hands the same primary stage to later tests
        this.stage = new Stage();
        shown = TestWindow.show(stage);
        window = shown.window();
        window.files().loadNew(SamplePipeline.blank());
    }

    @AfterEach
    void cleanUp() throws Exception {
        shown.close();
    }

    /** What a labeled control shows: its text, or the shortened "…" form when it does not fit. */
    private static String shownText(Labeled l) {
        Node text = l.lookup(".text");
        return text instanceof Text t ? t.getText() : "";
    }

    @Test
    void aSyntaxErrorIsSaidInPlainWordsAndTheToolbarKeepsItsButtons(FxRobot robot) throws Exception {
        // a narrower window than usual, where a long message used to squeeze the buttons to "…"
        robot.interact(() -> stage.setWidth(1000));
        robot.clickOn("#tab-yaml .tab-label");
        var area = window.designer().yaml().area();
        waitFor(() -> area.getText().contains("entrypoint: main"));
        robot.interact(() -> area.replaceText("apiVersion: argoproj.io/v1alpha1\nkind: Workflow\n"
                + "metadata:\n  name: x\n spec:\n    entrypoint: main\n"));
        robot.clickOn("#yaml-apply");
        Label status = window.designer().yaml().status();
        waitFor(() -> status.getText().startsWith("Line 5, column 2: "));

        assertThat(status.getText()).contains("indented differently").doesNotContain("<block", "YAML:");
        assertThat(status.getTooltip()).isNotNull();
        assertThat(status.getTooltip().getText()).contains(status.getText())
                .contains("expected <block end>, but found '<block mapping start>'");
        for (String id : new String[] {"#yaml-argo", "#yaml-native", "#yaml-apply"}) {
            Labeled button = robot.lookup(id).queryAs(Labeled.class);
            assertThat(shownText(button)).as(id + " is shown in full").isEqualTo(button.getText());
        }
        Labeled revert = robot.lookup(".yaml-toolbar .button").match(n -> "Revert".equals(((Labeled) n).getText()))
                .queryAs(Labeled.class);
        assertThat(shownText(revert)).isEqualTo("Revert");
    }
}
