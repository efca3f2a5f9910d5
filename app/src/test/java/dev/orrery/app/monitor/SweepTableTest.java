package dev.orrery.app.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.app.shell.TestWindow;
import dev.orrery.core.model.Sweep;
import dev.orrery.runtime.NodeOutputs;
import dev.orrery.runtime.NodeState;
import dev.orrery.runtime.NodeType;
import dev.orrery.runtime.Phase;
import dev.orrery.runtime.RunRef;
import dev.orrery.runtime.RunState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A sweep's children in the monitor's Sweep tab: one row each with its item values, phase, duration and
 * metrics; sorting by a column as a user clicks its header; the best row by the chosen metric marked.
 */
@ExtendWith(ApplicationExtension.class)
class SweepTableTest {
    private final StubRuntime stub = new StubRuntime("stub");
    private MonitorPane monitor;

    @Start
    void start(Stage stage) {
        monitor = MonitorWindow.show(stage, () -> stub);
    }

    @AfterEach
    void close() throws Exception {
        MonitorWindow.close(monitor);
    }

    /** A run of the grid: four children, three finished with an accuracy, one still running. */
    private RunState publish() {
        Instant t0 = Instant.now().minusSeconds(100);
        List<NodeState> nodes = new ArrayList<>();
        String[] labels = {"(0:{\"lr\":0.1,\"batch\":16})", "(1:{\"lr\":0.1,\"batch\":32})",
            "(2:{\"lr\":0.01,\"batch\":16})", "(3:{\"lr\":0.01,\"batch\":32})"};
        String[] accuracy = {"0.81", "0.93", "0.77", null};
        List<String> children = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            children.add("r.grid" + labels[i]);
        }
        nodes.add(new NodeState("r", "r", null, "r", "main", NodeType.DAG, Phase.RUNNING, null, List.of("r.grid"), t0,
                null, null, null, null, 1));
        nodes.add(new NodeState("r.grid", "r.grid", "grid", "grid", "train", NodeType.TASK_GROUP, Phase.RUNNING, "r",
                children, t0, null, null, null, null, 1));
        for (int i = 0; i < labels.length; i++) {
            boolean done = accuracy[i] != null;
            nodes.add(new NodeState(children.get(i), children.get(i), "grid", "grid" + labels[i], "train", NodeType.POD,
                    done ? Phase.SUCCEEDED : Phase.RUNNING, "r", List.of(), t0, done ? t0.plusSeconds(10L * (i + 1)) : null,
                    null, done ? 0 : null, done ? new NodeOutputs(Map.of("accuracy", accuracy[i], "note", "ok"), null,
                            List.of()) : null, 1));
        }
        RunState s = new RunState(new RunRef("stub", "r"), "r", "grid", "Stub", Phase.RUNNING, t0, null, null, null,
                null, nodes, 1);
        stub.pipelines.put(s.ref(), GridSweep.pipeline());
        stub.publish(s);
        return s;
    }

    @Test
    void theSweepsRunsSideBySideSortableWithTheBestMarked(FxRobot robot) throws Exception {
        RunState run = publish();
        TestWindow.waitFor(() -> monitor.probe().runCount() == 1);
        robot.interact(() -> monitor.select(run.ref()));
        TestWindow.waitFor(() -> monitor.probe().runGraph().document().pipeline().mainGraph().isPresent());
        robot.interact(() -> monitor.probe().showBottomTab("monitor-tab-sweep"));
        robot.clickOn("#run-canvas #node-grid");

        TableView<?> table = robot.lookup("#sweep-table").queryAs(TableView.class);
        TestWindow.waitFor(() -> table.getItems().size() == 4 && table.getColumns().stream()
                .anyMatch(c -> "accuracy".equals(c.getText())));
        assertThat(table.getColumns()).extracting(c -> c.getText())
                .containsExactly("#", "lr", "batch", "Phase", "Duration", "accuracy");
        assertThat(robot.lookup("#sweep-summary").queryLabeled().getText()).isEqualTo("4 runs: 1 Running · 3 Succeeded");
        assertThat(monitor.probe().canvas().viewOf("grid").overlay().tooltip()).as("the sweep's node counts its runs")
                .isEqualTo("Running — 4 runs: 1 Running · 3 Succeeded");
        assertThat(cells(robot, table, 0)).containsExactly("0", "0.1", "16", "Succeeded", "10s", "0.81");
        assertThat(cells(robot, table, 3)).startsWith("3", "0.01", "32", "Running");
        assertThat(bestRowCells(robot, table)).as("best by accuracy, highest").startsWith("1", "0.1", "32");

        robot.clickOn(robot.lookup("#sweep-table .column-header").match(n -> hasLabel(n, "accuracy"))
                .<Node>query());
        assertThat(column(robot, table, 5)).as("sorted by accuracy, the run without one first")
                .containsExactly("", "0.77", "0.81", "0.93");

        ChoiceBox<?> direction = robot.lookup("#sweep-best-direction").queryAs(ChoiceBox.class);
        robot.clickOn(direction).clickOn("lowest");
        assertThat(bestRowCells(robot, table)).startsWith("2", "0.01", "16");
    }

    private static boolean hasLabel(Node header, String text) {
        return header.lookupAll(".label").stream().anyMatch(l -> text.equals(((javafx.scene.control.Label) l).getText()));
    }

    /** The texts of the shown row at {@code index} (in the table's current order). */
    private static List<String> cells(FxRobot robot, TableView<?> table, int index) {
        TableRow<?> row = robot.from(table).lookup(".table-row-cell")
                .match((TableRow<?> r) -> r.getIndex() == index && r.getItem() != null).query();
        return texts(row);
    }

    private static List<String> texts(TableRow<?> row) {
        return row.lookupAll(".table-cell").stream().map(c -> ((javafx.scene.control.TableCell<?, ?>) c))
                .sorted(java.util.Comparator.comparingInt(c -> c.getTableView().getVisibleLeafIndex(c.getTableColumn())))
                .map(c -> c.getText() == null ? "" : c.getText()).toList();
    }

    private static List<String> bestRowCells(FxRobot robot, TableView<?> table) {
        TableRow<?> row = robot.from(table).lookup(".table-row-cell")
                .match((TableRow<?> r) -> r.getItem() != null && r.getPseudoClassStates().contains(SweepTable.BEST))
                .query();
        return texts(row);
    }

    private static List<String> column(FxRobot robot, TableView<?> table, int column) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < table.getItems().size(); i++) {
            out.add(cells(robot, table, i).get(column));
        }
        return out;
    }
}
