package dev.orrery.app.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.app.shell.TestWindow;
import dev.orrery.core.model.Container;
import dev.orrery.core.model.Graph;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Step;
import dev.orrery.core.model.Template;
import dev.orrery.runtime.NodeState;
import dev.orrery.runtime.NodeType;
import dev.orrery.runtime.Phase;
import dev.orrery.runtime.RunRef;
import dev.orrery.runtime.RunState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Switching runs in the table while a step's log is open: the Logs tab never keeps showing the
 * previous run's step. When the new run has the same step, its log follows to that run's node;
 * when it has not, the log is emptied and says that no step is selected.
 */
@ExtendWith(ApplicationExtension.class)
class RunSwitchTest {
    private final StubRuntime stub = new StubRuntime("stub");
    private MonitorPane monitor;
    private int published;

    @Start
    void start(Stage stage) {
        // each node's log names its node, so the test can tell which run's log is shown
        stub.logs = (node, l) -> {
            l.onLine("log of " + node);
            l.onEnd(null);
        };
        monitor = MonitorWindow.show(stage, () -> stub);
    }

    @AfterEach
    void close() throws Exception {
        MonitorWindow.close(monitor);
    }

    @Test
    void anotherRunWithoutTheStepEmptiesTheLog(FxRobot robot) throws Exception {
        RunState first = publish("first", Instant.now().minusSeconds(60), "train");
        RunState second = publish("second", Instant.now(), "evaluate");
        openLog(robot, first, "train");

        clickRow(robot, second);
        TestWindow.waitFor(() -> monitor.currentRunProperty().get() == runOf(second)
                && monitor.probe().logText().isEmpty());
        assertThat(monitor.probe().logText()).doesNotContain("first");
        assertThat(logStatus(robot)).isEqualTo("No step selected");
    }

    @Test
    void anotherRunWithTheSameStepShowsThatRunsLogOfIt(FxRobot robot) throws Exception {
        RunState first = publish("first", Instant.now().minusSeconds(60), "train");
        RunState second = publish("second", Instant.now(), "train");
        openLog(robot, first, "train");

        clickRow(robot, second);
        TestWindow.waitFor(() -> monitor.probe().logText().equals("log of second.train"));
        assertThat(monitor.probe().runGraph().document().selection().steps()).containsExactly("train");
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private RunState runOf(RunState s) {
        return monitor.probe().model().get(s.ref());
    }

    /** Publishes a finished run of a one-step pipeline (its graph included). */
    private RunState publish(String name, Instant started, String step) {
        Instant finished = started.plusSeconds(5);
        NodeState root = new NodeState(name, name, null, name, "main", NodeType.DAG, Phase.SUCCEEDED, null,
                List.of(), started, finished, null, null, null, 1);
        NodeState node = new NodeState(name + "." + step, name + "." + step, step, step, "work", NodeType.POD,
                Phase.SUCCEEDED, name, List.of(), started, finished, null, null, null, 1);
        RunState s = new RunState(new RunRef("stub", name), name, "p", "Stub", Phase.SUCCEEDED, started, finished,
                null, null, null, new ArrayList<>(List.of(root, node)), 1);
        stub.pipelines.put(s.ref(), pipeline(step));
        stub.publish(s);
        published++;
        return s;
    }

    private static Pipeline pipeline(String step) {
        Pipeline p = new Pipeline();
        p.name = "p";
        p.entrypoint = "main";
        Template work = new Template("work");
        work.container = new Container();
        work.container.image = "busybox";
        Template main = new Template("main");
        main.graph = new Graph();
        main.graph.steps.add(new Step(step, "work"));
        p.templates.add(work);
        p.templates.add(main);
        return p;
    }

    /** Selects a run by clicking its row, then a step on its graph, with the Logs tab in front. */
    private void openLog(FxRobot robot, RunState run, String step) throws Exception {
        clickRow(robot, run);
        robot.interact(() -> monitor.probe().showBottomTab("monitor-tab-logs"));
        TestWindow.waitFor(() -> monitor.currentRunProperty().get() == runOf(run)
                && monitor.probe().runGraph().document().pipeline().mainGraph().isPresent());
        robot.interact(() -> monitor.probe().selectStep(step));
        TestWindow.waitFor(() -> monitor.probe().logText().equals("log of " + run.id() + "." + step));
    }

    private void clickRow(FxRobot robot, RunState run) throws Exception {
        TableView<RunRow> table = monitor.probe().runsTable().table();
        // every run in the table first: one arriving later sorts in and moves the rows under the mouse
        TestWindow.waitFor(() -> table.getItems().size() == published);
        // only a shown cell: the table keeps hidden cells (for measuring, for reuse) that may still hold the text
        javafx.scene.Node nameCell = robot.from(table).lookup(".table-cell")
                .match((javafx.scene.control.TableCell<?, ?> c) -> run.name().equals(c.getText())
                        && org.testfx.util.NodeQueryUtils.isVisible().test(c))
                .query();
        robot.clickOn(nameCell);
        TestWindow.waitFor(() -> monitor.currentRunProperty().get() != null
                && monitor.currentRunProperty().get().ref().equals(run.ref()));
    }

    private String logStatus(FxRobot robot) {
        return robot.lookup("#log-status").queryAs(Label.class).getText();
    }
}
