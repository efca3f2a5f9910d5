package dev.orrery.app.shell;

import static dev.orrery.app.shell.TestWindow.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.app.monitor.RunRow;
import dev.orrery.designer.canvas.NodeView;
import dev.orrery.runtime.Phase;
import dev.orrery.runtime.RunState;
import dev.orrery.runtime.local.LocalRuntime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 5's acceptance through the real window: open the local sample, press F5, and watch the run
 * in the monitor: every step turns Succeeded on the canvas, and a step's log shows its output.
 */
@ExtendWith(ApplicationExtension.class)
class RunOnThisComputerTest {
    private static final Path SAMPLE = Path.of("..", "assets", "samples", "local-ml.orrery.yaml");
    private static final List<String> STEPS = List.of("generate", "train", "evaluate", "deploy");

    private MainWindow window;
    private TestWindow shown;
    private LocalRuntime local;
    private Path runs;

    @Start
    void start(Stage stage) throws Exception {
        runs = Files.createTempDirectory("orrery-monitor-runs");
        shown = TestWindow.show(stage, () -> local = new LocalRuntime(runs));
        window = shown.window();
    }

    @AfterEach
    void cleanUp() throws Exception {
        shown.close();
    }

    private static boolean hasPseudoClass(NodeView v, String name) {
        return v != null && v.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals(name));
    }

    /** Waits for a line in the log view; on a timeout, says what the monitor showed instead. */
    private void waitForLog(FxRobot robot, String expected) throws Exception {
        try {
            waitFor(20, () -> window.monitor().probe().logText().contains(expected));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no '" + expected + "' in the log view; banner: '"
                    + window.monitor().probe().bannerMessage() + "', log status: '"
                    + robot.lookup("#log-status").queryLabeled().getText() + "', selected steps: "
                    + window.monitor().probe().canvas().viewOf("generate").getPseudoClassStates() + ", text: "
                    + window.monitor().probe().logText(), e);
        }
    }

    @Test
    void f5RunsTheSampleHereAndTheMonitorShowsPhasesAndLogs(FxRobot robot) throws Exception {
        assertThat(SAMPLE).as("the local sample pipeline").isRegularFile();
        assertThat(shown.open(SAMPLE)).isTrue();
        assertThat(window.designer().document().step("train")).isPresent();

        robot.clickOn("#canvas");
        robot.type(KeyCode.F5);
        runHere(robot);

        waitFor(10, () -> window.tabs().getSelectionModel().getSelectedItem().getId().equals("tab-monitor"));
        waitFor(30, () -> window.monitor().currentRunProperty().get() != null);
        RunState submitted = window.monitor().currentRunProperty().get();
        assertThat(submitted.ref().runtimeId()).isEqualTo(LocalRuntime.ID);
        assertThat(submitted.runtimeDisplayName()).isEqualTo("This computer");

        RunState finished = local.completion(submitted.ref()).get(180, TimeUnit.SECONDS);
        assertThat(finished.phase()).as(finished.message()).isEqualTo(Phase.SUCCEEDED);

        var canvas = window.monitor().probe().canvas();
        for (String step : STEPS) {
            waitFor(20, () -> hasPseudoClass(canvas.viewOf(step), "phase-succeeded"));
            assertThat(canvas.viewOf(step).overlay().colour()).isEqualTo(
                    dev.orrery.runtime.PhaseStyle.of(Phase.SUCCEEDED).colour());
        }
        assertThat(canvas.editableProperty().get()).as("the run's graph is read-only").isFalse();

        TableView<?> table = robot.lookup("#runs-table").queryAs(TableView.class);
        waitFor(10, () -> table.getItems().stream().map(r -> ((RunRow) r).state()).anyMatch(r -> r.ref().equals(
                submitted.ref()) && r.phase() == Phase.SUCCEEDED && r.progress().toString().equals("4/4")));

        robot.clickOn("#run-canvas #node-train");
        robot.clickOn("#monitor-tab-logs .tab-label");
        waitForLog(robot, "epoch 300: loss");
        assertThat(window.monitor().probe().logText()).contains("epoch 50: loss");

        robot.clickOn("#run-canvas #node-generate");
        waitForLog(robot, "wrote 400 rows to ");
        assertThat(window.monitor().probe().logText()).doesNotContain("epoch 300");

        // the evaluate step's details, and the run's artifacts previewed: its metrics as a chart, the dataset as a table
        robot.clickOn("#run-canvas #node-evaluate");
        robot.clickOn("#monitor-tab-details .tab-label");
        waitFor(10, () -> robot.lookup("#detail-output-accuracy").tryQuery().isPresent());
        assertThat(robot.lookup("#detail-output-accuracy").queryLabeled().getText()).matches("0\\.\\d+|1\\.0+");
        assertThat(robot.lookup("#detail-exit-code").queryLabeled().getText()).isEqualTo("0");
        assertThat(robot.lookup("#detail-phase").queryLabeled().getText()).isEqualTo("Succeeded");

        robot.clickOn("#monitor-tab-artifacts .tab-label");
        preview(robot, "metrics", true); // train's metrics (a loss series) come first, evaluate's last
        waitFor(20, () -> robot.lookup("#preview-metrics").tryQuery().isPresent());
        for (String metric : List.of("precision", "recall")) {
            assertThat(robot.lookup("#metric-value-" + metric).queryLabeled().getText()).matches("0\\.\\d+|1|0");
        }
        preview(robot, "dataset");
        waitFor(20, () -> robot.lookup("#preview-csv").tryQuery().isPresent());
        TableView<?> csv = robot.lookup("#preview-csv").queryAs(TableView.class);
        assertThat(csv.getColumns()).extracting(c -> c.getText()).containsExactly("x1", "x2", "label");
        assertThat(csv.getItems()).hasSize(400);
        assertThat(window.monitor().probe().bannerMessage()).isEmpty();
    }

    /** Answers the notice that the sample's steps run here, not in their images: "Run here". */
    private static void runHere(FxRobot robot) throws Exception {
        waitFor(10, () -> robot.lookup("#host-run-notice").tryQuery().isPresent());
        robot.clickOn(robot.lookup(".button").match((javafx.scene.control.Button b) -> "Run here".equals(b.getText()))
                .<javafx.scene.control.Button>query());
    }

    private void preview(FxRobot robot, String artifact) throws Exception {
        preview(robot, artifact, false);
    }

    /** Previews the artifact of that name; with {@code last}, the lowest row of that name in the table. */
    private void preview(FxRobot robot, String artifact, boolean last) throws Exception {
        waitFor(10, () -> robot.lookup(".table-cell").match((TableCell<?, ?> c) -> artifact.equals(c.getText()))
                .tryQuery().isPresent());
        javafx.scene.Node cell = robot.lookup(".table-cell").match((TableCell<?, ?> c) -> artifact.equals(c.getText()))
                .<javafx.scene.Node>queryAll().stream()
                .max(java.util.Comparator.comparingDouble(n -> last ? n.localToScene(0, 0).getY() : 0))
                .orElseThrow();
        robot.clickOn(cell);
        robot.clickOn("#artifact-preview");
    }

    @Test
    void ctrlF5AsksForParametersAndRunsWithTheChangedOnes(FxRobot robot) throws Exception {
        assertThat(shown.open(SAMPLE)).isTrue();
        robot.clickOn("#canvas");
        robot.press(KeyCode.CONTROL).type(KeyCode.F5).release(KeyCode.CONTROL);

        waitFor(10, () -> robot.lookup("#param-rows").tryQuery().isPresent());
        javafx.scene.control.TextField rows = robot.lookup("#param-rows").queryAs(javafx.scene.control.TextField.class);
        assertThat(rows.getText()).isEqualTo("400");
        assertThat(robot.lookup("#param-learning-rate").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo("0.5");
        robot.doubleClickOn(rows).eraseText(3).write("120");
        robot.clickOn(robot.lookup(".button").match((javafx.scene.control.Button b) -> "Run".equals(b.getText()))
                .<javafx.scene.control.Button>query());
        runHere(robot);

        waitFor(30, () -> window.monitor().currentRunProperty().get() != null);
        RunState submitted = window.monitor().currentRunProperty().get();
        RunState finished = local.completion(submitted.ref()).get(180, TimeUnit.SECONDS);
        assertThat(finished.phase()).as(finished.message()).isEqualTo(Phase.SUCCEEDED);
        assertThat(finished.parameters()).containsEntry("rows", "120").containsEntry("learning-rate", "0.5");

        robot.clickOn("#run-canvas #node-generate");
        robot.clickOn("#monitor-tab-logs .tab-label");
        waitForLog(robot, "wrote 120 rows to ");
    }

}
