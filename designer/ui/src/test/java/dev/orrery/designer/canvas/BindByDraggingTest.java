package dev.orrery.designer.canvas;

import static dev.orrery.designer.KitWindow.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.designer.KitWindow;
import dev.orrery.designer.doc.DesignDocument;
import dev.orrery.designer.job.DependencyJob;
import dev.orrery.designer.job.StepEditJob;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.shape.Shape;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Binding by dragging from an output port, mouse only, on the kit's canvas with the sample pipeline. */
@ExtendWith(ApplicationExtension.class)
class BindByDraggingTest {
    private KitWindow shown;
    private DesignDocument doc;
    private GraphCanvas canvas;

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

    private Shape port(String step, PortLayout.Side side, String name) {
        NodeView v = canvas.viewOf(step);
        return v == null ? null : v.ports().port(side, name);
    }

    private Shape waitForPort(String step, PortLayout.Side side, String name) throws Exception {
        waitFor(() -> port(step, side, name) != null);
        return port(step, side, name);
    }

    private static Point2D centre(javafx.scene.Node n) {
        Bounds b = n.localToScreen(n.getBoundsInLocal());
        return new Point2D(b.getCenterX(), b.getCenterY());
    }

    @Test
    void draggingTrainsModelOntoEvaluatesModelInputBindsItAndAddsTheDependencyInOneUndoStep(FxRobot robot)
            throws Exception {
        waitForPort("evaluate", PortLayout.Side.INPUT, "model");
        // start from an Evaluate that takes nothing from Train
        robot.interact(() -> {
            doc.execute(DependencyJob.disconnect(doc, "train", "evaluate"));
            doc.execute(new StepEditJob(doc, "evaluate", "unbind", s -> s.artifactArguments.removeIf(a -> a.name.equals("model"))));
        });
        waitFor(() -> port("evaluate", PortLayout.Side.INPUT, "model") != null
                && !port("evaluate", PortLayout.Side.INPUT, "model").getStyleClass().contains("bound"));
        int depth = doc.jobs().undoDepth();

        robot.drag(port("train", PortLayout.Side.OUTPUT, "model"), MouseButton.PRIMARY)
                .dropTo(port("evaluate", PortLayout.Side.INPUT, "model"));
        waitFor(() -> doc.step("evaluate").orElseThrow().dependsOn.contains("train"));
        var evaluate = doc.step("evaluate").orElseThrow();
        assertThat(evaluate.artifactArguments).filteredOn(a -> a.name.equals("model")).singleElement()
                .satisfies(a -> assertThat(a.from).isEqualTo("{{tasks.train.outputs.artifacts.model}}"));
        assertThat(doc.jobs().undoDepth()).isEqualTo(depth + 1);
        // the step itself did not move
        assertThat(doc.pipeline().layout.get("train")).isEqualTo(KitWindow.sample().layout.get("train"));

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitFor(() -> !doc.step("evaluate").orElseThrow().dependsOn.contains("train"));
        assertThat(doc.step("evaluate").orElseThrow().artifactArguments).noneMatch(a -> a.name.equals("model"));
    }

    @Test
    void droppingOnABodyMakesTheInputAndBindsIt(FxRobot robot) throws Exception {
        Shape metrics = waitForPort("train", PortLayout.Side.OUTPUT, "metrics");
        robot.drag(metrics, MouseButton.PRIMARY).dropTo("#node-deploy");
        waitFor(() -> doc.pipeline().template("deploy").orElseThrow().inputArtifacts.stream()
                .anyMatch(a -> a.name.equals("metrics")));
        var input = doc.pipeline().template("deploy").orElseThrow().inputArtifacts.stream()
                .filter(a -> a.name.equals("metrics")).findFirst().orElseThrow();
        assertThat(input.path).isEqualTo("/tmp/inputs/metrics");
        assertThat(doc.step("deploy").orElseThrow().artifactArguments).filteredOn(a -> a.name.equals("metrics"))
                .singleElement().satisfies(a -> assertThat(a.from).isEqualTo("{{tasks.train.outputs.artifacts.metrics}}"));
        // the new input shows as a bound port on Deploy
        waitFor(() -> port("deploy", PortLayout.Side.INPUT, "metrics") != null);
        assertThat(doc.jobs().undoDepth()).isEqualTo(1);
        robot.interact(() -> doc.jobs().undo());
        assertThat(doc.pipeline().template("deploy").orElseThrow().inputArtifacts).noneMatch(a -> a.name.equals("metrics"));
        assertThat(doc.step("deploy").orElseThrow().artifactArguments).noneMatch(a -> a.name.equals("metrics"));
    }

    @Test
    void refusedDropsSayWhyWhereTheyHappened(FxRobot robot) throws Exception {
        // a parameter onto an artifact input
        Shape target = waitForPort("deploy", PortLayout.Side.INPUT, "model");
        robot.drag(waitForPort("evaluate", PortLayout.Side.OUTPUT, "accuracy"), MouseButton.PRIMARY).dropTo(target);
        assertRefused(robot, "accuracy is a parameter", centre(target));

        // Train runs before Evaluate: binding Evaluate's metrics into Train would be a cycle
        target = waitForPort("train", PortLayout.Side.INPUT, "dataset");
        robot.drag(waitForPort("evaluate", PortLayout.Side.OUTPUT, "metrics"), MouseButton.PRIMARY).dropTo(target);
        assertRefused(robot, "train runs before evaluate", centre(target));

        // onto the producer itself
        robot.drag(waitForPort("train", PortLayout.Side.OUTPUT, "model"), MouseButton.PRIMARY).dropTo("#node-train");
        assertRefused(robot, "own output", centre(canvas.viewOf("train")));

        assertThat(doc.jobs().undoDepth()).as("nothing was changed").isZero();
    }

    @Test
    void whileDraggingWhatADropWouldDoIsMarkedBeforeTheButtonIsReleased(FxRobot robot) throws Exception {
        javafx.css.PseudoClass target = javafx.css.PseudoClass.getPseudoClass("drop-target");
        javafx.css.PseudoClass refused = javafx.css.PseudoClass.getPseudoClass("drop-refused");
        javafx.scene.Node connector = robot.lookup(".connector").query();
        // a parameter over an artifact input: the port and the connector say no before the drop
        Shape model = waitForPort("deploy", PortLayout.Side.INPUT, "model");
        robot.drag(waitForPort("evaluate", PortLayout.Side.OUTPUT, "accuracy"), MouseButton.PRIMARY).moveTo(model);
        waitFor(() -> model.getPseudoClassStates().contains(refused));
        assertThat(connector.getPseudoClassStates()).extracting(Object::toString).contains("refused");
        robot.moveTo("#node-evaluate");
        waitFor(() -> !model.getPseudoClassStates().contains(refused));
        robot.release(MouseButton.PRIMARY);
        assertThat(doc.jobs().undoDepth()).isZero();

        // an artifact over another step's body: the step is marked as where a new input would go
        NodeView deploy = canvas.viewOf("deploy");
        robot.drag(waitForPort("train", PortLayout.Side.OUTPUT, "metrics"), MouseButton.PRIMARY).moveTo("#node-deploy");
        waitFor(() -> deploy.getPseudoClassStates().contains(target));
        assertThat(connector.getPseudoClassStates()).extracting(Object::toString).doesNotContain("refused");
        robot.release(MouseButton.PRIMARY);
        waitFor(() -> doc.jobs().undoDepth() == 1);
        assertThat(deploy.getPseudoClassStates()).doesNotContain(target, refused);
        assertThat(connector.getPseudoClassStates()).extracting(Object::toString).doesNotContain("refused");
    }

    private void assertRefused(FxRobot robot, String reason, Point2D drop) throws Exception {
        waitFor(() -> robot.lookup("#bind-refusal").queryAs(Label.class).isVisible()
                && robot.lookup("#bind-refusal").queryAs(Label.class).getText().contains(reason));
        Label label = robot.lookup("#bind-refusal").queryAs(Label.class);
        Bounds b = label.localToScreen(label.getBoundsInLocal());
        // beside the drop point, not in a dialog
        double dx = Math.max(0, Math.max(b.getMinX() - drop.getX(), drop.getX() - b.getMaxX()));
        double dy = Math.max(0, Math.max(b.getMinY() - drop.getY(), drop.getY() - b.getMaxY()));
        assertThat(Math.hypot(dx, dy)).isLessThan(30);
        assertThat(label.getScene()).as("on the canvas, not in a dialog").isSameAs(canvas.getScene());
    }
}
