package dev.orrery.designer.canvas;

import static dev.orrery.designer.KitWindow.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.core.model.ParameterMapping;
import dev.orrery.designer.KitWindow;
import dev.orrery.designer.doc.DesignDocument;
import dev.orrery.designer.job.TriggerEdits;
import dev.orrery.designer.job.TriggerEditJob;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Trigger nodes in the kit: added from the canvas's menu, selected by a click (the sheet shows the trigger's
 * form, where a setting is one undo step), marked with the validator's findings, deleted with Delete and
 * brought back with undo; the node's menu opens the test event dialog.
 */
@ExtendWith(ApplicationExtension.class)
class TriggerNodesTest {
    private KitWindow shown;
    private GraphCanvas canvas;
    private DesignDocument doc;

    @Start
    void start(Stage stage) {
        shown = KitWindow.show(stage, KitWindow.sample());
        canvas = shown.designer().canvas();
        doc = shown.designer().document();
    }

    @AfterEach
    void cleanUp() throws Exception {
        shown.close();
    }

    private void clickMenuItem(FxRobot robot, String id) throws Exception {
        waitFor(() -> robot.lookup(id).match(n -> n.getScene() != null && n.getScene().getWindow().isShowing())
                .tryQuery().isPresent());
        robot.clickOn(robot.lookup(id).match(n -> n.getScene() != null && n.getScene().getWindow().isShowing())
                .<Node>query(), org.testfx.robot.Motion.HORIZONTAL_FIRST);
    }

    @Test
    void addSelectEditDeleteAndUndoATrigger(FxRobot robot) throws Exception {
        int steps = doc.graph().steps.size();
        Point2D corner = canvas.localToScreen(canvas.getWidth() - 30, canvas.getHeight() - 30);
        robot.moveTo(corner).clickOn(MouseButton.SECONDARY);
        clickMenuItem(robot, "#canvas-menu-add-trigger");
        clickMenuItem(robot, "#canvas-menu-trigger-minio");
        waitFor(() -> doc.pipeline().triggers.size() == 1);
        assertThat(doc.pipeline().triggers.get(0).name).isEqualTo("bucket");
        assertThat(doc.jobs().undoDepth()).isEqualTo(1);
        // the new trigger is brought into view (its column stands left of the graph, often outside it)
        waitFor(() -> canvas.triggers().viewOf("bucket") != null && canvas.localToScene(canvas.getLayoutBounds())
                .contains(canvas.triggers().viewOf("bucket").localToScene(canvas.triggers().viewOf("bucket")
                        .getLayoutBounds())));
        robot.interact(canvas::fit);
        waitFor(() -> canvas.triggers().viewOf("bucket") != null);
        TriggerNodeView node = canvas.triggers().viewOf("bucket");
        Point2D nodeCentre = robot.point(node).query();
        assertThat(canvas.triggers().triggerAt(canvas.screenToLocal(nodeCentre))).isEqualTo("bucket");

        // a click on empty canvas clears the selection; a click on the node selects the trigger, not a step
        robot.clickOn(corner);
        waitFor(() -> doc.selection().trigger() == null);
        robot.clickOn(node);
        waitFor(() -> "bucket".equals(doc.selection().trigger()));
        assertThat(doc.selection().steps()).isEmpty();
        waitFor(() -> robot.lookup("#trigger-source-bucket-name").tryQuery().isPresent());
        TextField bucket = robot.lookup("#trigger-source-bucket-name").queryAs(TextField.class);
        assertThat(bucket.getText()).isEqualTo("my-bucket");
        robot.clickOn(bucket).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("datasets").type(KeyCode.ENTER);
        waitFor(() -> "datasets".equals(doc.pipeline().triggers.get(0).source.path("bucket").path("name").asText()));
        assertThat(doc.jobs().undoDepth()).isEqualTo(2);

        // a mapping to a parameter the pipeline does not declare: the node shows the validator's error
        robot.interact(() -> doc.execute(new TriggerEditJob(doc, "bucket", "map", t -> t.mappings.add(
                ParameterMapping.of("bucket", "key", ParameterMapping.parameterDest(9))))));
        waitFor(() -> canvas.triggers().viewOf("bucket") != null && canvas.triggers().viewOf("bucket").showsProblem());
        assertThat(canvas.triggers().viewOf("bucket").getPseudoClassStates().toString()).contains("error");

        // the node's menu opens the test event dialog; with no host, the mapping shows but nothing runs
        robot.clickOn(canvas.triggers().viewOf("bucket"), MouseButton.SECONDARY);
        clickMenuItem(robot, "#trigger-menu-send");
        waitFor(() -> robot.lookup("#test-event-run-local").tryQuery().isPresent());
        assertThat(robot.lookup("#test-event-run-local").queryAs(Button.class).isDisabled()).isTrue();
        robot.clickOn(robot.lookup(".button").match((Button b) -> "Close".equals(b.getText())).<Button>query());

        // Delete removes the selected trigger; undo brings it back as it was
        robot.clickOn(canvas.triggers().viewOf("bucket"));
        robot.type(KeyCode.DELETE);
        waitFor(() -> doc.pipeline().triggers.isEmpty());
        waitFor(() -> canvas.triggers().viewOf("bucket") == null);
        assertThat(doc.graph().steps).as("Delete on a trigger removes no step").hasSize(steps);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitFor(() -> TriggerEdits.find(doc.pipeline(), "bucket").isPresent());
        assertThat(doc.pipeline().triggers.get(0).source.path("bucket").path("name").asText()).isEqualTo("datasets");
    }
}
