package dev.orrery.app.shell;

import static dev.orrery.app.shell.TestWindow.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.core.model.EventTrigger;
import dev.orrery.core.model.ParameterMapping;
import dev.orrery.designer.canvas.TriggerNodeView;
import dev.orrery.designer.doc.DesignDocument;
import dev.orrery.runtime.Phase;
import dev.orrery.runtime.RunState;
import dev.orrery.runtime.local.LocalRuntime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 16's event acceptance in the real window: drag a webhook trigger from the palette onto the canvas,
 * map a payload field to a pipeline parameter in its form, fire a local test event from the dialog, watch the
 * run in the monitor, and read back what the run's step printed: the mapped value.
 */
@ExtendWith(ApplicationExtension.class)
class TriggerInWindowTest {
    static final String PIPELINE = """
            apiVersion: orrery.dev/v1alpha1
            kind: Pipeline
            metadata: {name: retrain}
            spec:
              entrypoint: main
              parameters:
                - {name: epochs, value: "1"}
                - {name: dataset, value: none}
              steps:
                - name: train
                  image: debian:stable-slim
                  script:
                    language: bash
                    source: echo "trained on {{workflow.parameters.dataset}} for {{workflow.parameters.epochs}}"
            """;

    private TestWindow shown;
    private MainWindow window;
    private DesignDocument doc;
    private LocalRuntime local;

    @TempDir
    Path temp;

    @Start
    void start(Stage stage) throws Exception {
        Path runs = Files.createTempDirectory("orrery-trigger-runs");
        shown = TestWindow.show(stage, () -> local = new LocalRuntime(runs));
        window = shown.window();
        doc = window.designer().document();
    }

    @AfterEach
    void cleanUp() throws Exception {
        shown.close();
    }

    @Test
    void addAWebhookMapAFieldFireALocalTestEventAndTheStepSeesTheValue(FxRobot robot) throws Exception {
        Path file = temp.resolve("retrain.orrery.yaml");
        Files.writeString(file, PIPELINE);
        assertThat(shown.open(file)).isTrue();
        waitFor(() -> window.designer().canvas().viewOf("train") != null);
        int depth = doc.jobs().undoDepth();

        // a webhook trigger from the palette's Triggers group, dropped on the canvas: a node left of the graph
        Point2D centre = robot.point("#canvas").atPosition(Pos.CENTER).query();
        robot.drag("#palette-trigger-webhook").dropTo(centre);
        waitFor(() -> doc.pipeline().triggers.size() == 1);
        assertThat(doc.jobs().undoDepth()).as("adding a trigger is one undo step").isEqualTo(depth + 1);
        waitFor(() -> robot.lookup("#trigger-webhook").tryQuery().isPresent());
        TriggerNodeView node = robot.lookup("#trigger-webhook").queryAs(TriggerNodeView.class);
        assertThat(node.localToScene(node.getBoundsInLocal()).getMaxX())
                .as("the trigger is left of the graph")
                .isLessThan(window.designer().canvas().viewOf("train").localToScene(
                        window.designer().canvas().viewOf("train").getBoundsInLocal()).getMinX());
        assertThat(window.designer().canvas().triggers().wiring()).containsEntry("webhook", java.util.List.of("train"));

        // its form: add a mapping, type the payload field, choose the parameter it fills
        robot.clickOn(node);
        waitFor(() -> robot.lookup("#mapping-add").tryQuery().isPresent());
        robot.clickOn("#mapping-add");
        waitFor(() -> trigger().mappings.size() == 1);
        TextField source = robot.lookup("#mapping-source-0").queryAs(TextField.class);
        scrollTo(robot, source);
        robot.clickOn(source).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("body.dataset.uri").type(KeyCode.ENTER);
        waitFor(() -> "body.dataset.uri".equals(trigger().mappings.get(0).dataKey));
        ComboBox<?> parameter = robot.lookup("#mapping-parameter-0").queryAs(ComboBox.class);
        robot.clickOn(parameter);
        robot.clickOn(robot.lookup(".list-cell").match((javafx.scene.control.ListCell<?> c) -> "dataset".equals(
                c.getText())).<Node>query());
        waitFor(() -> ParameterMapping.parameterDest(1).equals(trigger().mappings.get(0).dest));
        assertThat(doc.jobs().undoDepth()).as("trigger, mapping, field, parameter: one undo step each")
                .isEqualTo(depth + 4);

        // the test event: invalid JSON is flagged and nothing can be fired, then the mapped value shows live
        robot.clickOn("#trigger-send-test");
        waitFor(() -> robot.lookup("#test-event-payload").tryQuery().isPresent());
        TextArea payload = robot.lookup("#test-event-payload").queryAs(TextArea.class);
        assertThat(payload.getText()).as("prefilled from the mapping's dataKey").contains("\"uri\"");
        Button run = robot.lookup("#test-event-run-local").queryAs(Button.class);
        robot.clickOn(payload).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("{\"dataset\": ");
        waitFor(() -> robot.lookup("#test-event-error").queryAs(Label.class).getText().startsWith("not valid JSON"));
        assertThat(run.isDisabled()).isTrue();
        robot.write("{\"uri\": \"s3://bucket/new.csv\"}}");
        waitFor(() -> "s3://bucket/new.csv".equals(valueShown(robot, "dataset")));
        assertThat(valueShown(robot, "epochs")).as("an unmapped parameter keeps its default").isEqualTo("1");
        assertThat(robot.lookup("#test-event-send").queryAs(Button.class).isDisabled())
                .as("no cluster is connected").isTrue();
        assertThat(robot.lookup("#test-event-cluster-reason").queryAs(Label.class).getText())
                .contains("no cluster is connected");

        // fired on this computer: the monitor shows the run, and the step printed the mapped value
        waitFor(() -> !run.isDisabled());
        robot.clickOn(run);
        runHere(robot);
        waitFor(10, () -> "tab-monitor".equals(window.tabs().getSelectionModel().getSelectedItem().getId()));
        waitFor(30, () -> window.monitor().currentRunProperty().get() != null);
        RunState submitted = window.monitor().currentRunProperty().get();
        assertThat(submitted.ref().runtimeId()).isEqualTo(LocalRuntime.ID);
        RunState finished = local.completion(submitted.ref()).get(120, TimeUnit.SECONDS);
        assertThat(finished.phase()).as(finished.message()).isEqualTo(Phase.SUCCEEDED);
        assertThat(finished.nodesOfStep("train").get(0).outputs().result())
                .isEqualTo("trained on s3://bucket/new.csv for 1");
        var canvas = window.monitor().probe().canvas();
        waitFor(20, () -> canvas.viewOf("train") != null && canvas.viewOf("train").getPseudoClassStates().stream()
                .anyMatch(p -> p.getPseudoClassName().equals("phase-succeeded")));
    }

    private EventTrigger trigger() {
        return doc.pipeline().triggers.get(0);
    }

    private static String valueShown(FxRobot robot, String parameter) {
        return robot.lookup("#test-event-value-" + parameter).tryQuery().map(n -> ((Label) n).getText()).orElse(null);
    }

    /** Answers the notice that the step runs here, not in its image: "Run here". */
    private static void runHere(FxRobot robot) throws Exception {
        waitFor(10, () -> robot.lookup("#host-run-notice").tryQuery().isPresent());
        robot.clickOn(robot.lookup(".button").match((Button b) -> "Run here".equals(b.getText())).<Button>query());
    }

    private static void scrollTo(FxRobot robot, Node field) {
        robot.interact(() -> {
            ScrollPane sheet = robot.lookup("#properties").queryAs(ScrollPane.class);
            Node content = sheet.getContent();
            double y = content.sceneToLocal(field.localToScene(field.getBoundsInLocal())).getMinY();
            double room = content.getLayoutBounds().getHeight() - sheet.getViewportBounds().getHeight();
            sheet.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, (y - 40) / room)));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
