package dev.orrery.app.shell;

import static dev.orrery.app.shell.TestWindow.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.app.monitor.RunEdgePoints;
import dev.orrery.core.model.Artifact;
import dev.orrery.core.model.Template;
import dev.orrery.designer.canvas.Dependency;
import dev.orrery.designer.canvas.GraphCanvas;
import dev.orrery.designer.doc.DesignDocument;
import dev.orrery.runtime.ArtifactRef;
import dev.orrery.runtime.Phase;
import dev.orrery.runtime.RunState;
import dev.orrery.runtime.local.LocalRuntime;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 13's acceptance through the real window, with the mouse: drag Data prep, Train (GPU),
 * Evaluate and Deploy from the palette onto an empty canvas, bind their ports by dragging output
 * onto input, run on this computer (F5): the run succeeds, Deploy received the very model Train
 * wrote, and clicking the Train → Evaluate edge shows {@code model}, in the designer and on the run.
 */
@ExtendWith(ApplicationExtension.class)
class WiredPipelineTest {
    private static final Dependency TRAIN_TO_EVALUATE = new Dependency("train", "evaluate");

    private TestWindow shown;
    private MainWindow window;
    private DesignDocument doc;
    private LocalRuntime local;

    @Start
    void start(Stage stage) throws Exception {
        Path runs = Files.createTempDirectory("orrery-wired-runs");
        shown = TestWindow.show(stage, () -> local = new LocalRuntime(runs));
        stage.setWidth(1380);
        stage.setHeight(860);
        window = shown.window();
        window.files().loadNew(SamplePipeline.blank());
        doc = window.designer().document();
    }

    @AfterEach
    void cleanUp() throws Exception {
        shown.close();
    }

    private GraphCanvas canvas() {
        return window.designer().canvas();
    }

    /** A port as the canvas draws it: {@code #port-STEP-out-NAME} or {@code #port-STEP-in-NAME}. */
    private Node port(FxRobot robot, String step, String side, String name) throws Exception {
        String id = "#canvas #port-" + step + "-" + side + "-" + name;
        waitFor(() -> robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false));
        return robot.lookup(id).query();
    }

    /** Drags {@code producer}'s output onto {@code consumer}'s input of the same name and waits for the binding. */
    private void bind(FxRobot robot, String producer, String consumer, String name) throws Exception {
        robot.drag(port(robot, producer, "out", name), MouseButton.PRIMARY)
                .dropTo(port(robot, consumer, "in", name));
        String expected = "{{tasks." + producer + ".outputs.artifacts." + name + "}}";
        waitFor(() -> doc.step(consumer).orElseThrow().artifactArguments.stream()
                .anyMatch(a -> name.equals(a.name) && expected.equals(a.from)));
        assertThat(doc.step(consumer).orElseThrow().dependsOn).as("the binding adds the dependency").contains(producer);
    }

    private Template template(String step) {
        return doc.pipeline().template(doc.step(step).orElseThrow().template).orElseThrow();
    }

    @Test
    void paletteStepsBoundByDraggingPortsRunHereAndPassTheirFiles(FxRobot robot) throws Exception {
        // two columns, two rows: producers on the left, each step clear of the others' ports
        javafx.geometry.Bounds area = canvas().localToScreen(canvas().getLayoutBounds());
        double[][] at = {{0.2, 0.2}, {0.2, 0.65}, {0.65, 0.2}, {0.65, 0.65}};
        String[] steps = {"data-prep", "train", "evaluate", "deploy"};
        for (int i = 0; i < steps.length; i++) {
            String step = steps[i];
            robot.drag("#palette-" + step).dropTo(new Point2D(area.getMinX() + at[i][0] * area.getWidth(),
                    area.getMinY() + at[i][1] * area.getHeight()));
            waitFor(() -> doc.step(step).isPresent());
        }
        assertThat(template("train").container.resources.gpuCount()).as("Train's default GPU").isEqualTo(1);
        assertThat(doc.graph().steps).allSatisfy(s -> assertThat(s.dependsOn).isEmpty());

        int depth = doc.jobs().undoDepth();
        bind(robot, "data-prep", "train", "dataset");
        bind(robot, "train", "evaluate", "model");
        bind(robot, "data-prep", "evaluate", "dataset");
        bind(robot, "train", "deploy", "model");
        assertThat(doc.jobs().undoDepth()).as("each binding is one undo step").isEqualTo(depth + 4);

        // the designer: the Train → Evaluate edge, clicked, lists the model that flows on it
        Point2D onEdge = WaitForAsyncUtils.asyncFx(() -> RunEdgePoints.on(canvas(), TRAIN_TO_EVALUATE))
                .get(10, TimeUnit.SECONDS);
        robot.clickOn(onEdge);
        waitFor(() -> robot.lookup("#edge-binding-model").tryQuery().isPresent());
        assertThat(robot.lookup("#edge-binding-model").queryAs(Label.class).getText()).isEqualTo("model ← train.model");

        robot.clickOn(robot.point("#canvas").atPosition(Pos.BOTTOM_CENTER).query().add(0, -20));
        robot.type(KeyCode.F5);
        waitFor(10, () -> robot.lookup("#host-run-notice").tryQuery().isPresent());
        robot.clickOn(robot.lookup(".button").match((Button b) -> "Run here".equals(b.getText())).<Button>query());

        waitFor(30, () -> window.monitor().currentRunProperty().get() != null);
        RunState submitted = window.monitor().currentRunProperty().get();
        RunState done = local.completion(submitted.ref()).get(180, TimeUnit.SECONDS);
        StringBuilder why = new StringBuilder(done.phase() + ": " + done.message());
        done.nodes().forEach(n -> why.append("\n  ").append(n.displayName()).append(' ').append(n.phase())
                .append(' ').append(n.message()));
        assertThat(done.phase()).as(why.toString()).isEqualTo(Phase.SUCCEEDED);

        byte[] model = artifact(submitted, "train", "model");
        assertThat(new String(model)).contains("\"a\"", "\"b\"");
        Artifact deployInput = template("deploy").inputArtifacts.stream().filter(a -> a.name.equals("model"))
                .findFirst().orElseThrow();
        Path received = local.runDirectory(submitted.ref()).resolve("nodes")
                .resolve(done.nodesOfStep("deploy").get(0).id()).resolve("fs")
                .resolve(deployInput.path.replaceFirst("^/+", ""));
        assertThat(Files.readAllBytes(received)).as("the model Deploy received is the one Train wrote").isEqualTo(model);

        // the run: the same edge on the monitor's graph shows the model that flowed
        GraphCanvas runCanvas = window.monitor().probe().canvas();
        waitFor(20, () -> window.monitor().currentRunProperty().get().phase() == Phase.SUCCEEDED
                && runCanvas.viewOf("evaluate") != null);
        Point2D onRunEdge = WaitForAsyncUtils.asyncFx(() -> RunEdgePoints.on(runCanvas, TRAIN_TO_EVALUATE))
                .get(10, TimeUnit.SECONDS);
        robot.clickOn(onRunEdge);
        waitFor(20, () -> robot.lookup(".edge-artifact-name").tryQuery().isPresent());
        assertThat(robot.lookup(".edge-artifact-name").queryAs(Labeled.class).getText()).startsWith("model");
        assertThat(robot.lookup(".edge-artifact-size").queryAs(Labeled.class).getText())
                .isEqualTo(model.length + " B");
    }

    private byte[] artifact(RunState run, String step, String name) throws Exception {
        ArtifactRef a = local.artifacts(run.ref()).stream()
                .filter(x -> x.nodeId().endsWith("." + step) && x.name().equals(name)).findFirst().orElseThrow();
        try (InputStream in = local.openArtifact(a)) {
            return in.readAllBytes();
        }
    }
}
