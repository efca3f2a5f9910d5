package dev.orrery.app.shell;

import static dev.orrery.app.shell.TestWindow.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.designer.canvas.GraphCanvas;
import dev.orrery.designer.doc.DesignDocument;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Where the keyboard goes: switching tabs focuses the tab's content (never a property field with its
 * text selected), and Ctrl+Z / Ctrl+Y undo and redo the last edit once the focus has left the field.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardFocusTest {
    private MainWindow window;
    private DesignDocument doc;
    private GraphCanvas canvas;
    private TestWindow shown;

    @Start
    void start(Stage stage) {
        shown = TestWindow.show(stage);
        window = shown.window();
        window.openSample();
        doc = window.designer().document();
        canvas = window.designer().canvas();
    }

    @AfterEach
    void cleanUp() throws Exception {
        shown.close();
    }

    private Node focus() {
        return window.stage().getScene().getFocusOwner();
    }

    private static boolean isInside(Node n, Node ancestor) {
        for (Node x = n; x != null; x = x.getParent()) {
            if (x == ancestor) {
                return true;
            }
        }
        return false;
    }

    private void shortcut(FxRobot robot, KeyCode... keys) {
        robot.press(KeyCode.CONTROL).press(keys).release(keys).release(KeyCode.CONTROL);
    }

    /** An empty point of the canvas, left of the first step. */
    private Point2D emptyCanvasPoint() {
        Bounds b = canvas.localToScreen(canvas.getBoundsInLocal());
        return new Point2D(b.getMinX() + 8, b.getMaxY() - 8);
    }

    @Test
    void switchingTabsFocusesTheTabsContentNotTheNameField(FxRobot robot) throws Exception {
        waitFor(() -> robot.lookup("#node-train").tryQuery().isPresent());
        robot.clickOn(emptyCanvasPoint());
        waitFor(() -> robot.lookup("#prop-pipeline-name").tryQuery().isPresent());

        shortcut(robot, KeyCode.F2);
        waitFor(() -> window.tabs().getSelectionModel().getSelectedItem().getId().equals("tab-yaml"));
        waitFor(() -> isInside(focus(), window.designer().yaml()));
        robot.write("zz");
        assertThat(doc.pipeline().name).isEqualTo("ml-training");

        shortcut(robot, KeyCode.F3);
        waitFor(() -> window.tabs().getSelectionModel().getSelectedItem().getId().equals("tab-problems"));
        waitFor(() -> isInside(focus(), window.designer().problemsView()));
        assertThat(focus()).isNotInstanceOf(TextInputControl.class);

        shortcut(robot, KeyCode.F1);
        waitFor(() -> focus() == canvas);
    }

    @Test
    void oneCtrlZAfterAFieldCommitAndACanvasClickUndoesTheEdit(FxRobot robot) throws Exception {
        waitFor(() -> robot.lookup("#node-train").match(Node::isVisible).tryQuery().isPresent());
        robot.clickOn("#node-train");
        waitFor(() -> robot.lookup("#prop-when").tryQuery().isPresent());
        robot.clickOn("#prop-when").write("{{workflow.parameters.go}} == yes").type(KeyCode.ENTER);
        waitFor(() -> doc.step("train").orElseThrow().when != null);

        robot.clickOn(emptyCanvasPoint());
        waitFor(() -> focus() == canvas);
        shortcut(robot, KeyCode.Z);
        waitFor(() -> doc.step("train").orElseThrow().when == null);

        shortcut(robot, KeyCode.Y);
        waitFor(() -> doc.step("train").orElseThrow().when != null);
    }

    @Test
    void ctrlZInAFieldWithNothingOfItsOwnToUndoUndoesTheLastEdit(FxRobot robot) throws Exception {
        waitFor(() -> robot.lookup("#node-train").match(Node::isVisible).tryQuery().isPresent());
        robot.clickOn("#node-train");
        waitFor(() -> robot.lookup("#prop-when").tryQuery().isPresent());
        robot.clickOn("#prop-when").write("true").type(KeyCode.ENTER);
        waitFor(() -> "true".equals(doc.step("train").orElseThrow().when));
        robot.clickOn("#prop-depends");

        shortcut(robot, KeyCode.Z);
        waitFor(() -> doc.step("train").orElseThrow().when == null);
    }
}
