package dev.orrery.app.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.app.compare.ComparisonView;
import dev.orrery.app.compare.ComparisonWindow;
import dev.orrery.app.shell.TestWindow;
import dev.orrery.core.io.PipelineFiles;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Template;
import dev.orrery.runtime.Metric;
import dev.orrery.runtime.Phase;
import dev.orrery.runtime.RunMetrics;
import dev.orrery.runtime.RunRef;
import dev.orrery.runtime.RunState;
import dev.orrery.runtime.compare.ComparedRun;
import dev.orrery.runtime.compare.ComparisonCsv;
import dev.orrery.runtime.local.LocalRuntime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
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
 * Compare runs through the real window, on real runs of this computer: three runs of the local-ml sample
 * (the third of a changed version) selected in the runs table with Ctrl+click and compared; then the
 * children of the local-sweep sample's sweep compared from its Sweep tab.
 */
@ExtendWith(ApplicationExtension.class)
class CompareRunsInWindowTest {
    private static final Path SAMPLES = Path.of("..", "assets", "samples");

    private TestWindow shown;
    private LocalRuntime local;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) throws Exception {
        Path runs = Files.createTempDirectory("orrery-compare-runs");
        shown = TestWindow.show(stage, () -> local = new LocalRuntime(runs));
        stage.setWidth(1380);
        stage.setHeight(860);
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && s.getTitle() != null && s.getTitle().startsWith("Compare"))
                .toList().forEach(javafx.stage.Window::hide)).get(10, TimeUnit.SECONDS);
        shown.close();
    }

    private static Pipeline sample(String file) throws Exception {
        return PipelineFiles.read(SAMPLES.resolve(file)).documents().get(0).pipeline();
    }

    private RunState run(MonitorPane monitor, Pipeline p, Map<String, String> parameters) throws Exception {
        RunRef ref = WaitForAsyncUtils.asyncFx(() -> {
            shown.window().showMonitor();
            monitor.probe().setHostRunNotice((owner, pipeline, steps, engine) -> HostRunNotice.Answer.RUN_HERE);
            return monitor.runOnThisComputer(p, parameters);
        }).get(10, TimeUnit.SECONDS).get(60, TimeUnit.SECONDS);
        RunState done = local.completion(ref).get(180, TimeUnit.SECONDS);
        assertThat(done.phase()).as(done.name() + ": " + done.message()).isEqualTo(Phase.SUCCEEDED);
        return done;
    }

    @Test
    void threeRunsSelectedAndCompared(FxRobot robot) throws Exception {
        MonitorPane monitor = shown.window().monitor();
        Pipeline ml = sample("local-ml.orrery.yaml");
        Pipeline changed = ml.copy();
        Template train = changed.templates.stream().filter(t -> t.name.equals("train")).findFirst().orElseThrow();
        train.container.image = "python:3.13-slim";
        RunState a = run(monitor, ml, Map.of("learning-rate", "0.05", "epochs", "40"));
        RunState b = run(monitor, ml, Map.of("learning-rate", "0.5", "epochs", "40"));
        RunState c = run(monitor, changed, Map.of("learning-rate", "2.0", "epochs", "40"));
        TestWindow.waitFor(20, () -> monitor.probe().runCount() == 3 && monitor.probe().runsTable().table().getItems()
                .stream().allMatch(r -> r.state().phase() == Phase.SUCCEEDED));

        TableView<RunRow> runs = monitor.probe().runsTable().table();
        Button compare = monitor.probe().runsTable().compareButton();
        robot.clickOn(row(robot, runs, 0));
        assertThat(compare.isDisabled()).as("one run selected").isTrue();
        assertThat(monitor.probe().runsTable().compareTooltip().getText()).contains("Select two or more runs");
        robot.press(KeyCode.CONTROL).clickOn(row(robot, runs, 1)).clickOn(row(robot, runs, 2)).release(KeyCode.CONTROL);
        assertThat(monitor.probe().runsTable().selectedRuns()).hasSize(3);
        assertThat(compare.isDisabled()).isFalse();
        robot.clickOn(compare);

        TestWindow.waitFor(30, () -> monitor.probe().lastComparison() != null
                && monitor.probe().lastComparison().view().status().isEmpty()
                && !monitor.probe().lastComparison().view().shownProperty().get().metrics().isEmpty());
        ComparisonWindow window = monitor.probe().lastComparison();
        ComparisonView view = window.view();
        TableView<ComparedRun> table = view.table();
        // newest first, as the runs table shows them
        assertThat(table.getItems()).extracting(ComparedRun::label).containsExactly(c.name(), b.name(), a.name());
        assertThat(leafTitles(table)).startsWith("Run", "Source", "Phase", "Duration", "rows", "learning-rate",
                "epochs", "seed", "min-accuracy").contains("train/loss", "evaluate/accuracy");
        assertThat(differing(table)).contains("learning-rate", "train/loss").doesNotContain("rows", "epochs", "seed");
        for (ComparedRun row : table.getItems()) {
            RunRef ref = List.of(a, b, c).stream().filter(r -> r.name().equals(row.label())).findFirst().orElseThrow()
                    .ref();
            RunMetrics metrics = local.metrics(ref);
            for (Metric m : metrics.metrics()) {
                assertThat(row.metrics().get(m.key())).as(row.label() + " " + m.key()).isNotNull();
                assertThat(row.metrics().get(m.key()).values()).isEqualTo(m.values());
            }
            assertThat(row.metrics().keySet()).hasSize(metrics.metrics().size());
        }
        int accuracy = leafTitles(table).indexOf("evaluate/accuracy");
        double aAccuracy = table.getItems().get(2).value("evaluate/accuracy").orElseThrow();
        assertThat(texts(row(robot, table, 2)).get(accuracy)).isEqualTo(ComparisonCsv.number(aAccuracy));

        robot.interact(() -> view.showTab("compare-tab-pipeline"));
        assertThat(robot.lookup("#compare-pipeline-headline").queryAs(Label.class).getText())
                .isEqualTo("Pipeline differences: 1 change between run " + c.name() + " and run " + b.name());
        assertThat(robot.lookup("#compare-pipeline-changes").queryListView().getItems()).extracting(Object::toString)
                .anyMatch(l -> l.contains("train.image: python:3.12-slim → python:3.13-slim")
                        || l.contains("train.image: python:3.13-slim → python:3.12-slim"));

        robot.interact(() -> view.showTab("compare-tab-table"));
        robot.clickOn("#compare-metrics").clickOn("#compare-metrics-none");
        assertThat(leafTitles(table)).endsWith("min-accuracy");
        robot.clickOn("#compare-metrics");
        robot.clickOn(robot.lookup(".check-box").match((CheckBox x) -> "evaluate/accuracy".equals(x.getText()))
                .<CheckBox>query());
        robot.type(KeyCode.ESCAPE);
        assertThat(leafTitles(table)).endsWith("min-accuracy", "evaluate/accuracy");

        // the chart of the chosen metric: one bar per run, each the run's value
        robot.interact(() -> view.showTab("compare-tab-charts"));
        java.util.Map<String, Double> bars = view.charts().barValues("evaluate/accuracy");
        assertThat(bars.keySet()).containsExactlyInAnyOrder(a.name(), b.name(), c.name());
        for (ComparedRun row : table.getItems()) {
            assertThat(bars.get(row.label())).isEqualTo(row.value("evaluate/accuracy").orElseThrow());
        }
        robot.interact(() -> view.showTab("compare-tab-table"));

        Path csv = dir.resolve("compared.csv");
        robot.interact(() -> view.setCsvDestination(w -> csv));
        robot.clickOn("#compare-export-csv");
        TestWindow.waitFor(() -> view.status().startsWith("Saved"));
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo("run,source,pipeline,phase,duration_s,params.rows,params.learning-rate,"
                + "params.epochs,params.seed,params.min-accuracy,metrics.evaluate/accuracy");
        assertThat(lines.get(3)).startsWith(a.name() + ",This computer,local-ml,Succeeded,")
                .contains(",400,0.05,40,7,0.8,").endsWith("," + ComparisonCsv.number(aAccuracy));
    }

    @Test
    void aSweepsChildrenComparedFromItsTable(FxRobot robot) throws Exception {
        MonitorPane monitor = shown.window().monitor();
        RunState sweep = run(monitor, sample("local-sweep.orrery.yaml"), Map.of());
        TestWindow.waitFor(20, () -> monitor.currentRunProperty().get() != null
                && monitor.currentRunProperty().get().phase() == Phase.SUCCEEDED
                && monitor.probe().canvas().viewOf("train-grid") != null);
        robot.interact(() -> monitor.probe().showBottomTab("monitor-tab-sweep"));
        robot.clickOn("#run-canvas #node-train-grid");
        TableView<?> children = robot.lookup("#sweep-table").queryAs(TableView.class);
        TestWindow.waitFor(20, () -> children.getItems().size() == 6 && children.getColumns().stream()
                .anyMatch(col -> "accuracy".equals(col.getText())));
        robot.clickOn("#sweep-compare");

        TestWindow.waitFor(30, () -> monitor.probe().lastComparison() != null
                && monitor.probe().lastComparison().view().status().isEmpty()
                && !monitor.probe().lastComparison().view().shownProperty().get().metrics().isEmpty());
        ComparisonView view = monitor.probe().lastComparison().view();
        TableView<ComparedRun> table = view.table();
        assertThat(table.getItems()).hasSize(6);
        assertThat(leafTitles(table)).containsExactly("Run", "Source", "Phase", "Duration", "learning-rate", "epochs",
                "train-grid/accuracy", "train-grid/loss");
        assertThat(differing(table)).containsExactly("learning-rate", "epochs", "train-grid/accuracy",
                "train-grid/loss");
        RunMetrics metrics = local.metrics(sweep.ref());
        List<String> expected = new ArrayList<>();
        List<String> got = new ArrayList<>();
        for (ComparedRun row : table.getItems()) {
            String node = row.id().substring(row.id().indexOf('#') + 1);
            metrics.ofNode(node).forEach(m -> expected.add(row.label() + " " + m.name() + " " + m.values()));
            row.metrics().forEach((k, m) -> got.add(row.label() + " " + m.name() + " " + m.values()));
        }
        assertThat(got).isEqualTo(expected).hasSize(12);
        assertThat(table.getItems()).extracting(r -> r.parameters().get("learning-rate") + "/"
                + r.parameters().get("epochs")).containsExactly("0.05/40", "0.05/80", "0.5/40", "0.5/80", "2.0/40",
                "2.0/80");
    }

    static List<String> leafTitles(TableView<ComparedRun> table) {
        return table.getVisibleLeafColumns().stream().map(TableColumn::getText).toList();
    }

    static List<String> differing(TableView<ComparedRun> table) {
        return table.getVisibleLeafColumns().stream().filter(col -> col.getStyleClass().contains("differs"))
                .map(TableColumn::getText).toList();
    }

    private static TableRow<?> row(FxRobot robot, TableView<?> table, int index) {
        return robot.from(table).lookup(".table-row-cell")
                .match((TableRow<?> r) -> r.getIndex() == index && r.getItem() != null).query();
    }

    private static List<String> texts(TableRow<?> row) {
        return row.lookupAll(".table-cell").stream().map(x -> (javafx.scene.control.TableCell<?, ?>) x)
                .sorted(java.util.Comparator.comparingInt(x -> x.getTableView().getVisibleLeafIndex(x.getTableColumn())))
                .map(x -> x.getText() == null ? "" : x.getText()).toList();
    }
}
