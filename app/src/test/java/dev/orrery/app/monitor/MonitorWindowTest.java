package dev.orrery.app.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.app.shell.TestWindow;
import dev.orrery.runtime.NodeState;
import dev.orrery.runtime.NodeType;
import dev.orrery.runtime.Phase;
import dev.orrery.runtime.RunRef;
import dev.orrery.runtime.RunState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Monitor tab in the real main window at 1380 px, the width of a common laptop screen: every
 * column of the runs table reads in full, the status bar tells the monitor's facts (not the
 * designer's step and problem counts), and a one-line log says "1 line".
 */
@ExtendWith(ApplicationExtension.class)
class MonitorWindowTest {
    private final StubRuntime stub = new StubRuntime("local");
    private TestWindow shown;

    @Start
    void start(Stage stage) {
        stub.logs = (node, l) -> {
            l.onLine("only line");
            l.onEnd(null);
        };
        shown = TestWindow.show(stage, () -> stub);
        stage.setWidth(1380);
        stage.setHeight(860);
    }

    @AfterEach
    void close() throws Exception {
        shown.close();
    }

    @Test
    void atLaptopWidthEveryColumnOfTheRunsTableReadsInFull(FxRobot robot) throws Exception {
        Instant now = Instant.now();
        publish("churn-model-x7k2p", Phase.SUCCEEDED, now.minusSeconds(4000), now.minusSeconds(4000 - 3725));
        publish("churn-model-q9w3e", Phase.FAILED, now.minusSeconds(600), now.minusSeconds(535));
        publish("churn-model-m4n8b", Phase.RUNNING, now.minusSeconds(30), null);
        robot.interact(() -> shown.window().showMonitor());
        TableView<RunRow> table = shown.window().monitor().probe().runsTable().table();
        TestWindow.waitFor(() -> table.getItems().size() == 3);

        List<String> cut = new ArrayList<>();
        for (Node n : robot.from(table).lookup(".column-header .label").queryAll()) {
            collectCut((Labeled) n, cut);
        }
        Set<TableCell<?, ?>> cells = robot.from(table).lookup(".table-cell").queryAllAs(
                (Class<TableCell<?, ?>>) (Class<?>) TableCell.class);
        assertThat(cells.stream().filter(c -> c.getText() != null && !c.getText().isEmpty()).count())
                .as("cells with text").isGreaterThanOrEqualTo(3 * 6);
        cells.forEach(c -> collectCut(c, cut));
        assertThat(cut).as("texts cut short at 1380 px").isEmpty();
    }

    @Test
    void theStatusBarUnderTheMonitorTellsRunsAndTheCluster(FxRobot robot) throws Exception {
        Instant now = Instant.now();
        publish("finished", Phase.SUCCEEDED, now.minusSeconds(60), now.minusSeconds(50));
        publish("going", Phase.RUNNING, now.minusSeconds(5), null);
        robot.interact(() -> shown.window().showMonitor());
        TestWindow.waitFor(() -> robot.lookup("#status-monitor").queryLabeled().getText().startsWith("2 runs"));

        assertThat(robot.lookup("#status-monitor").queryLabeled().getText())
                .isEqualTo("2 runs (1 running) · No cluster connected");
        assertThat(robot.lookup("#status-monitor").query().isVisible()).isTrue();
        assertThat(robot.lookup("#status-counts").query().isVisible()).as("the designer's counts").isFalse();

        robot.interact(() -> shown.window().designer().canvas().requestFocus());
        robot.clickOn("#tab-design .tab-label");
        assertThat(robot.lookup("#status-counts").query().isVisible()).isTrue();
        assertThat(robot.lookup("#status-monitor").query().isVisible()).isFalse();
    }

    @Test
    void aOneLineLogSaysOneLine(FxRobot robot) throws Exception {
        RunState r = publish("short", Phase.SUCCEEDED, Instant.now().minusSeconds(3), Instant.now());
        robot.interact(() -> {
            shown.window().showMonitor();
            shown.window().monitor().select(r.ref());
            shown.window().monitor().probe().showBottomTab("monitor-tab-logs");
        });
        TestWindow.waitFor(() -> shown.window().monitor().currentRunProperty().get() != null);
        robot.interact(() -> shown.window().monitor().probe().selectStep("train"));
        TestWindow.waitFor(() -> shown.window().monitor().probe().logView().ended());
        assertThat(robot.lookup("#log-status").queryLabeled().getText()).isEqualTo("train: 1 line");
    }

    /** Adds the text of a labeled to {@code cut} when the skin shows less of it than it holds. */
    private static void collectCut(Labeled l, List<String> cut) {
        String full = l.getText();
        if (full == null || full.isEmpty() || !l.isVisible()) {
            return;
        }
        // the skin's text node (an icon beside it is a Text too, a FontIcon)
        String shownText = l.getChildrenUnmodifiable().stream()
                .filter(t -> t instanceof Text && !(t instanceof org.kordamp.ikonli.javafx.FontIcon))
                .map(t -> ((Text) t).getText()).findFirst().orElse("");
        if (!full.equals(shownText)) {
            cut.add("'" + full + "' shown as '" + shownText + "'");
        }
    }

    private RunState publish(String name, Phase phase, Instant started, Instant finished) {
        NodeState root = new NodeState(name, name, null, name, "main", NodeType.DAG, phase, null, List.of(),
                started, finished, null, null, null, 1);
        NodeState step = new NodeState(name + ".train", name + ".train", "train", "train", "train", NodeType.POD,
                phase, name, List.of(), started, finished, null, null, null, 1);
        RunState s = new RunState(new RunRef("local", name), name, "churn-model", "This computer", phase, started,
                finished, null, new dev.orrery.runtime.Progress(phase.isFinished() ? 12 : 7, 12), null,
                List.of(root, step), 1);
        stub.publish(s);
        return s;
    }
}
