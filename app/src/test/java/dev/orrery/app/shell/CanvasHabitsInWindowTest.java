package dev.orrery.app.shell;

import static dev.orrery.app.shell.TestWindow.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.designer.KeyHelp;
import dev.orrery.designer.canvas.Dependency;
import dev.orrery.designer.canvas.GraphCanvas;
import dev.orrery.designer.doc.DesignDocument;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The canvas's own keys inside the real window, where the menus have accelerators for some of the
 * same keys: each key acts once (Delete removes one dependency, one Ctrl+Z brings it back).
 */
@ExtendWith(ApplicationExtension.class)
class CanvasHabitsInWindowTest {
    private TestWindow shown;
    private DesignDocument doc;
    private GraphCanvas canvas;

    @Start
    void start(Stage stage) {
        shown = TestWindow.show(stage);
        shown.window().openSample();
        doc = shown.window().designer().document();
        canvas = shown.window().designer().canvas();
    }

    @AfterEach
    void cleanUp() throws Exception {
        shown.close();
    }

    private Point2D middleOfEdge(String from, String to) {
        // the edge runs between the ports of what it carries; its curve passes through their midpoint
        double[] e = canvas.edgeEnds(from, to);
        Point2D local = canvas.viewport().toLocal((e[0] + e[2]) / 2, (e[1] + e[3]) / 2);
        return canvas.localToScreen(local);
    }

    @Test
    void deleteOnASelectedEdgeAndUndoEachActOnceInTheWindow(FxRobot robot) throws Exception {
        waitFor(() -> robot.lookup("#node-train").tryQuery().isPresent());
        assertThat(doc.step("train").orElseThrow().dependsOn).containsExactly("prepare-data");
        robot.clickOn(middleOfEdge("prepare-data", "train"));
        waitFor(() -> new Dependency("prepare-data", "train").equals(canvas.selectedEdgeProperty().get()));

        int before = doc.jobs().undoDepth();
        robot.type(KeyCode.DELETE);
        waitFor(() -> doc.step("train").orElseThrow().dependsOn.isEmpty());
        assertThat(doc.jobs().undoDepth()).isEqualTo(before + 1);
        assertThat(doc.graph().steps).as("no step was deleted").hasSize(4);

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitFor(() -> doc.step("train").orElseThrow().dependsOn.contains("prepare-data"));
        assertThat(doc.jobs().undoDepth()).as("one undo, not two").isEqualTo(before);

        robot.clickOn("#node-evaluate");
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> doc.selection().steps().isEmpty());
        assertThat(KeyHelp.of(canvas)).isNotEmpty();
    }
}
