package dev.orrery.app.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.app.shell.TestWindow;
import dev.orrery.designer.canvas.Dependency;
import dev.orrery.designer.canvas.GraphCanvas;
import dev.orrery.runtime.Phase;
import dev.orrery.runtime.RunRef;
import dev.orrery.runtime.RunState;
import dev.orrery.runtime.local.LocalRuntime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A small wired pipeline run on this computer through the real window: Train writes a model and a
 * learning rate, Evaluate takes both. On the monitor's graph, clicking the Train → Evaluate edge shows
 * the model Train wrote (name, size, preview), and hovering it tells the learning rate.
 */
@ExtendWith(ApplicationExtension.class)
class LocalRunEdgeTest {
    private static final Dependency TRAIN_TO_EVALUATE = new Dependency("train", "evaluate");

    private TestWindow shown;
    private LocalRuntime local;
    private Path runs;

    @Start
    void start(Stage stage) throws Exception {
        runs = Files.createTempDirectory("orrery-edge-runs");
        shown = TestWindow.show(stage, () -> local = new LocalRuntime(runs));
        stage.setWidth(1380);
        stage.setHeight(860);
    }

    @AfterEach
    void close() throws Exception {
        shown.close();
    }

    @Test
    void clickingTrainToEvaluateShowsTheModelTrainWrote(FxRobot robot) throws Exception {
        MonitorPane monitor = shown.window().monitor();
        CompletableFuture<RunRef> submitted = WaitForAsyncUtils.asyncFx(() -> {
            shown.window().showMonitor();
            monitor.probe().setHostRunNotice((owner, pipeline, steps, engine) -> HostRunNotice.Answer.RUN_HERE);
            return monitor.runOnThisComputer(RunEdgeViewTest.wired());
        }).get(10, TimeUnit.SECONDS);
        RunRef ref = submitted.get(60, TimeUnit.SECONDS);
        RunState done = local.completion(ref).get(120, TimeUnit.SECONDS);
        StringBuilder why = new StringBuilder(done.phase() + ": " + done.message());
        done.nodes().forEach(n -> why.append("\n  ").append(n.displayName()).append(' ').append(n.phase())
                .append(' ').append(n.message()));
        assertThat(done.phase()).as(why.toString()).isEqualTo(Phase.SUCCEEDED);
        Path written = local.runDirectory(ref).resolve("nodes").resolve(done.nodesOfStep("train").get(0).id())
                .resolve("fs/tmp/model.txt");
        long size = Files.size(written);

        GraphCanvas canvas = monitor.probe().canvas();
        TestWindow.waitFor(20, () -> monitor.currentRunProperty().get() != null
                && monitor.currentRunProperty().get().phase() == Phase.SUCCEEDED && canvas.viewOf("evaluate") != null);
        Point2D onEdge = WaitForAsyncUtils.asyncFx(() -> RunEdgePoints.on(canvas, TRAIN_TO_EVALUATE))
                .get(10, TimeUnit.SECONDS);

        robot.moveTo(onEdge);
        robot.moveBy(1, 0);
        var tip = monitor.probe().runGraph().edgeTip();
        TestWindow.waitFor(tip::isShowing);
        assertThat(tip.getText()).contains("lr = 0.1");

        robot.clickOn(onEdge);
        TestWindow.waitFor(20, () -> robot.lookup(".edge-artifact-preview #preview-text").tryQuery().isPresent());
        assertThat(robot.lookup(".edge-artifact-name").queryAs(Labeled.class).getText()).isEqualTo("model");
        assertThat(robot.lookup(".edge-artifact-size").queryAs(Labeled.class).getText()).isEqualTo(size + " B");
        assertThat(robot.lookup(".edge-artifact-preview #preview-text").queryAs(TextArea.class).getText())
                .isEqualTo("weights: 0.42\n").isEqualTo(Files.readString(written));
    }
}
