package dev.orrery.designer.canvas;

import static dev.orrery.designer.KitWindow.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.designer.KitWindow;
import dev.orrery.designer.doc.DesignDocument;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Mouse and keyboard on the kit's canvas and property sheet, with the sample pipeline, without the app. */
@ExtendWith(ApplicationExtension.class)
class CanvasInteractionTest {
    private DesignDocument doc;
    private GraphCanvas canvas;
    private KitWindow shown;

    @Start
    void start(Stage stage) {
        shown = KitWindow.show(stage, KitWindow.sample());
        doc = shown.designer().document();
        canvas = shown.designer().canvas();
    }

    @AfterEach
    void cleanUp() throws Exception {
        shown.close();
    }

    private int steps() {
        return doc.graph().steps.size();
    }

    @Test
    void rubberBandCopyPasteDeleteAndZoomShortcuts(FxRobot robot) throws Exception {
        waitFor(() -> robot.lookup("#node-deploy").tryQuery().isPresent());
        Bounds b = canvas.localToScreen(canvas.getBoundsInLocal());
        robot.drag(new Point2D(b.getMinX() + 5, b.getMinY() + 5), MouseButton.PRIMARY)
                .dropTo(new Point2D(b.getMaxX() - 5, b.getMaxY() - 5));
        waitFor(() -> doc.selection().steps().size() == 4);

        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        waitFor(() -> steps() == 8);
        assertThat(doc.selection().steps()).containsExactlyInAnyOrder("prepare-data-2", "train-2", "evaluate-2",
                "deploy-2");
        assertThat(doc.step("train-2").orElseThrow().dependsOn).containsExactly("prepare-data-2");

        robot.type(KeyCode.DELETE);
        waitFor(() -> steps() == 4);

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        waitFor(() -> canvas.viewport().scale() == 1.0);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        waitFor(() -> canvas.viewport().scale() < 1.0);

        double before = canvas.viewport().scale();
        robot.moveTo(canvas).scroll(3, javafx.geometry.VerticalDirection.UP);
        waitFor(() -> canvas.viewport().scale() != before);
    }

    @Test
    void aMoveIsOneUndoStepAndSnapsToTheGrid(FxRobot robot) throws Exception {
        waitFor(() -> robot.lookup("#node-evaluate").tryQuery().isPresent());
        var before = doc.pipeline().layout.get("evaluate");
        robot.drag("#node-evaluate").moveBy(37, 61).release(MouseButton.PRIMARY);
        waitFor(() -> !doc.pipeline().layout.get("evaluate").equals(before));
        var after = doc.pipeline().layout.get("evaluate");
        assertThat(after.x() % GraphCanvas.GRID).isZero();
        assertThat(after.y() % GraphCanvas.GRID).isZero();
        assertThat(doc.jobs().undoDepth()).isEqualTo(1);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitFor(() -> doc.pipeline().layout.get("evaluate").equals(before));
    }

    @Test
    void bindingsAndPipelineSettingsAreEditedInThePropertySheet(FxRobot robot) throws Exception {
        robot.clickOn("#node-evaluate");
        waitFor(() -> robot.lookup("#prop-artifact-arguments").tryQuery().isPresent());
        var field = robot.lookup("#prop-artifact-arguments").queryAs(javafx.scene.control.TextArea.class);
        assertThat(field.getText()).isEqualTo("model={{tasks.train.outputs.artifacts.model}}\n"
                + "dataset={{tasks.prepare-data.outputs.artifacts.dataset}}");

        // empty canvas below the steps (its middle is on the train → evaluate edge, which would show the edge)
        robot.clickOn(canvas.localToScreen(canvas.getWidth() / 2, canvas.getHeight() - 40), MouseButton.PRIMARY);
        waitFor(() -> robot.lookup("#prop-pod-gc").tryQuery().isPresent());
        robot.clickOn("#prop-pod-gc").write("OnPodSuccess").type(KeyCode.ENTER);
        waitFor(() -> doc.pipeline().podGC != null);
        assertThat(doc.pipeline().podGC.path("strategy").asText()).isEqualTo("OnPodSuccess");
        robot.interact(() -> doc.jobs().undo());
        assertThat(doc.pipeline().podGC).isNull();
    }

    @Test
    void theScriptIsEditedInAHighlightedEditorAndAppliedAsOneEdit(FxRobot robot) throws Exception {
        robot.clickOn("#node-prepare-data");
        waitFor(() -> robot.lookup("#prop-source").tryQuery().isPresent());
        var editor = robot.lookup("#prop-source").queryAs(org.fxmisc.richtext.CodeArea.class);
        assertThat(editor.getText()).startsWith("import csv\nimport random");
        assertThat(editor.getStyleOfChar(1)).as("'import' is highlighted").contains("code-keyword");
        robot.clickOn(editor).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("print('hi')").press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        waitFor(() -> "print('hi')".equals(doc.pipeline().template("prepare-data").orElseThrow().container.source));
        robot.interact(() -> doc.jobs().undo());
        assertThat(doc.pipeline().template("prepare-data").orElseThrow().container.source).startsWith("import csv");
    }
}
