package dev.orrery.app.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.app.monitor.MonitorPane;
import dev.orrery.app.shell.TestWindow;
import dev.orrery.runtime.Metric;
import dev.orrery.runtime.Phase;
import dev.orrery.runtime.compare.ComparedRun;
import dev.orrery.runtime.compare.ComparisonCsv;
import dev.orrery.runtime.compare.RunComparison;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The comparison view on its own: the columns (parameters and metrics of all runs), the differing ones
 * marked, the metric chooser, and Export CSV read back.
 */
@ExtendWith(ApplicationExtension.class)
class ComparisonViewTest {
    private ComparisonView view;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        view = new ComparisonView(Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "compare-test-io");
            t.setDaemon(true);
            return t;
        }));
        Scene scene = new Scene(view, 1200, 600);
        scene.getStylesheets().addAll(dev.orrery.designer.Designer.STYLESHEET, MonitorPane.STYLESHEET,
                ComparisonWindow.STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    static ComparedRun run(String name, String lr, double accuracy, List<Double> loss, Phase phase, long seconds) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("learning-rate", lr);
        params.put("rows", "400");
        Map<String, Metric> metrics = new LinkedHashMap<>();
        metrics.put("train/loss", new Metric("n1", "train", "loss", Metric.Source.METRICS_OBJECT, loss, true));
        metrics.put("evaluate/accuracy", new Metric("n2", "evaluate", "accuracy", Metric.Source.PARAMETER,
                List.of(accuracy), false));
        metrics.put("evaluate/runs", new Metric("n2", "evaluate", "runs", Metric.Source.PARAMETER, List.of(1.0),
                false));
        return new ComparedRun("local/" + name, name, "This computer", "local-ml", phase, Duration.ofSeconds(seconds),
                params, metrics);
    }

    static RunComparison three() {
        return RunComparison.of(List.of(run("run-a", "0.05", 0.81, List.of(0.69, 0.5), Phase.SUCCEEDED, 12),
                run("run-b", "0.5", 0.93, List.of(0.69, 0.3), Phase.SUCCEEDED, 14),
                run("run-c", "2.0", 0.9, List.of(0.69, 0.25), Phase.FAILED, 75)));
    }

    @Test
    void runsSideBySideWithTheDifferingColumnsMarked(FxRobot robot) throws Exception {
        robot.interact(() -> view.show(three()));
        TableView<ComparedRun> table = view.table();
        assertThat(leafTitles(table)).containsExactly("Run", "Source", "Phase", "Duration", "learning-rate", "rows",
                "train/loss", "evaluate/accuracy", "evaluate/runs");
        assertThat(differing(table)).containsExactly("learning-rate", "train/loss", "evaluate/accuracy");
        assertThat(robot.lookup("#compare-summary").queryLabeled().getText())
                .isEqualTo("3 runs · 1 of 2 parameters differ · 2 of 3 shown metrics differ");
        assertThat(cells(robot, table, 1)).containsExactly("run-b", "This computer", "Succeeded", "14s", "0.5", "400",
                "0.3", "0.93", "1");
        assertThat(cells(robot, table, 2)).startsWith("run-c", "This computer", "Failed", "1m 15s");
        // the cells of a differing column carry :differs, the others do not
        assertThat(cellsWithDiffers(robot, table, 0)).containsExactly("0.05", "0.5", "0.81");
    }

    @Test
    void theChosenMetricsAreTheColumnsAndTheExport(FxRobot robot) throws Exception {
        robot.interact(() -> view.show(three()));
        robot.clickOn("#compare-metrics");
        robot.clickOn(robot.lookup(".check-box").match((CheckBox b) -> "train/loss".equals(b.getText()))
                .<CheckBox>query());
        robot.clickOn(robot.lookup(".check-box").match((CheckBox b) -> "evaluate/runs".equals(b.getText()))
                .<CheckBox>query());
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        TableView<ComparedRun> table = view.table();
        assertThat(leafTitles(table)).endsWith("rows", "evaluate/accuracy").doesNotContain("train/loss");
        assertThat(robot.lookup("#compare-metrics").queryLabeled().getText()).isEqualTo("Metrics: 1 of 3");
        assertThat(view.shownProperty().get().metrics()).containsExactly("evaluate/accuracy");

        Path csv = dir.resolve("runs.csv");
        robot.interact(() -> view.setCsvDestination(w -> csv));
        robot.clickOn("#compare-export-csv");
        TestWindow.waitFor(() -> view.status().startsWith("Saved"));
        assertThat(view.status()).isEqualTo("Saved 3 runs to " + csv);
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines).containsExactly(
                "run,source,pipeline,phase,duration_s,params.learning-rate,params.rows,metrics.evaluate/accuracy",
                "run-a,This computer,local-ml,Succeeded,12.000,0.05,400,0.81",
                "run-b,This computer,local-ml,Succeeded,14.000,0.5,400,0.93",
                "run-c,This computer,local-ml,Failed,75.000,2.0,400,0.9");
        assertThat(Files.readString(csv)).isEqualTo(ComparisonCsv.of(three().withMetrics(List.of("evaluate/accuracy"))));

        robot.clickOn("#compare-metrics").clickOn("#compare-metrics-all");
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        assertThat(view.shownProperty().get().metrics()).containsExactly("train/loss", "evaluate/accuracy",
                "evaluate/runs");
    }

    static List<String> leafTitles(TableView<ComparedRun> table) {
        return table.getVisibleLeafColumns().stream().map(TableColumn::getText).toList();
    }

    static List<String> differing(TableView<ComparedRun> table) {
        return table.getVisibleLeafColumns().stream()
                .filter(c -> c.getStyleClass().contains(ComparisonTable.DIFFERS_CLASS)).map(TableColumn::getText)
                .toList();
    }

    /** The texts of the row shown at {@code index}, in column order. */
    static List<String> cells(FxRobot robot, TableView<?> table, int index) {
        return rowCells(robot, table, index).stream().map(c -> c.getText() == null ? "" : c.getText()).toList();
    }

    static List<String> cellsWithDiffers(FxRobot robot, TableView<?> table, int index) {
        return rowCells(robot, table, index).stream()
                .filter(c -> c.getPseudoClassStates().contains(ComparisonTable.DIFFERS))
                .map(c -> c.getText() == null ? "" : c.getText()).toList();
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static int columnIndex(TableCell<?, ?> cell) {
        return ((TableView) cell.getTableView()).getVisibleLeafIndex((TableColumn) cell.getTableColumn());
    }

    private static List<TableCell<?, ?>> rowCells(FxRobot robot, TableView<?> table, int index) {
        TableRow<?> row = robot.from(table).lookup(".table-row-cell")
                .match((TableRow<?> r) -> r.getIndex() == index && r.getItem() != null).query();
        List<TableCell<?, ?>> out = new ArrayList<>();
        row.lookupAll(".table-cell").forEach(c -> out.add((TableCell<?, ?>) c));
        out.sort(java.util.Comparator.comparingInt(ComparisonViewTest::columnIndex));
        return out;
    }
}
