package dev.orrery.app.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.core.model.Pipeline;
import dev.orrery.runtime.NodeState;
import dev.orrery.runtime.NodeType;
import dev.orrery.runtime.Phase;
import dev.orrery.runtime.RunRef;
import dev.orrery.runtime.RunState;
import dev.orrery.app.shell.TestWindow;
import dev.orrery.runtime.argo.ArgoMockCluster;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The monitor pane alone, over a stub runtime: the log view's memory bound and full-log save, the
 * runs filter, and failures shown in the banner (an unsupported action, RBAC refusing the list).
 */
@ExtendWith(ApplicationExtension.class)
class MonitorBehaviourTest {
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

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        TestWindow.waitFor(30, condition);
    }

    private RunState run(String name, Phase phase, Instant started) {
        return run(name, phase, started, 1);
    }

    private RunState run(String name, Phase phase, Instant started, long revision) {
        NodeState root = new NodeState(name, name, null, name, "main", NodeType.DAG, phase, null, List.of(), started,
                null, null, null, null, 1);
        NodeState step = new NodeState(name + ".train", name + ".train", "train", "train", "train", NodeType.POD,
                phase, name, List.of(), started, null, null, null, null, 1);
        return new RunState(new RunRef("stub", name), name, "p", "Stub", phase, started, null, null, null, null,
                List.of(root, step), revision);
    }

    /** Publishes a finished run, selects it and its train step with the Logs tab in front. */
    private LogView openTrainLogOf(FxRobot robot, String name) throws Exception {
        RunState r = run(name, Phase.SUCCEEDED, Instant.now());
        stub.publish(r);
        robot.interact(() -> {
            monitor.select(r.ref());
            monitor.probe().showBottomTab("monitor-tab-logs");
        });
        waitFor(() -> monitor.currentRunProperty().get() != null);
        robot.interact(() -> monitor.probe().selectStep("train"));
        return monitor.probe().logView();
    }

    @Test
    void aLongLogKeepsOnlyTheLastLinesInViewAndSavesEveryLine(FxRobot robot) throws Exception {
        int total = 120_000;
        stub.logs = (node, l) -> {
            for (int i = 1; i <= total; i++) {
                l.onLine("line " + i + (i % 1000 == 0 ? " \u001b[31mred\u001b[0m" : ""));
            }
            l.onEnd(null);
        };
        LogView logs = openTrainLogOf(robot, "long");
        waitFor(() -> logs.ended() && logs.receivedLines() == total);
        assertThat(logs.shownLines()).isLessThanOrEqualTo(LogView.DEFAULT_MAX_LINES + LogView.DEFAULT_MAX_LINES / 10)
                .isGreaterThanOrEqualTo(LogView.DEFAULT_MAX_LINES);
        String text = monitor.probe().logText();
        assertThat(text).endsWith("line " + total + " red").doesNotContain("line 1\n");
        assertThat(text.split("\n")).hasSize(logs.shownLines());

        Path saved = Files.createTempFile("orrery-full-log", ".txt");
        WaitForAsyncUtils.asyncFx(() -> logs.saveFullLog(saved)).get().get(30, TimeUnit.SECONDS);
        List<String> lines = Files.readAllLines(saved);
        assertThat(lines).hasSize(total);
        assertThat(lines.get(0)).isEqualTo("line 1");
        assertThat(lines.get(999)).isEqualTo("line 1000 \u001b[31mred\u001b[0m");
        Files.delete(saved);
    }

    @Test
    void searchSelectsTheNextMatchAndWrapsAround(FxRobot robot) throws Exception {
        stub.logs = (node, l) -> {
            for (String line : List.of("alpha", "beta one", "gamma", "\u001b[1mBeta\u001b[0m two", "delta")) {
                l.onLine(line);
            }
            l.onEnd(null);
        };
        LogView logs = openTrainLogOf(robot, "search");
        waitFor(() -> logs.ended() && logs.shownLines() == 5);
        var area = logs.area();

        robot.clickOn("#log-search").write("BETA").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.getSelectedText()).isEqualTo("beta");
        assertThat(area.getCurrentParagraph()).isEqualTo(1);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.getSelectedText()).as("case-insensitive, ANSI codes not in the text").isEqualTo("Beta");
        assertThat(area.getCurrentParagraph()).isEqualTo(3);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.getCurrentParagraph()).as("wrapped to the top").isEqualTo(1);

        robot.doubleClickOn("#log-search").eraseText(4).write("zeta").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#log-status").queryAs(javafx.scene.control.Label.class).getText())
                .isEqualTo("'zeta' not found in the shown lines");
        assertThat(area.getCurrentParagraph()).as("selection kept").isEqualTo(1);
    }

    @Test
    void theFilterNarrowsTheRunsAndAnUnsupportedActionIsSaidInTheBanner(FxRobot robot) throws Exception {
        stub.publish(run("churn-a", Phase.RUNNING, Instant.parse("2026-11-28T10:00:00Z")));
        stub.publish(run("churn-b", Phase.FAILED, Instant.parse("2026-11-28T11:00:00Z")));
        stub.publish(run("forecast", Phase.SUCCEEDED, Instant.parse("2026-11-28T12:00:00Z")));
        TableView<?> table = robot.lookup("#runs-table").queryAs(TableView.class);
        waitFor(() -> table.getItems().size() == 3);
        assertThat(((RunRow) table.getItems().get(0)).state().name()).as("newest first").isEqualTo("forecast");

        robot.clickOn("#runs-filter").write("churn");
        waitFor(() -> table.getItems().size() == 2);
        robot.doubleClickOn("#runs-filter").eraseText(5).write("failed");
        waitFor(() -> table.getItems().size() == 1 && ((RunRow) table.getItems().get(0)).state().name().equals("churn-b"));

        robot.interact(() -> table.getSelectionModel().select(0));
        waitFor(() -> monitor.currentRunProperty().get() != null);
        monitor.probe().setConfirmation((title, message) -> true);
        robot.clickOn("#action-delete");
        waitFor(() -> !monitor.probe().bannerMessage().isEmpty());
        assertThat(monitor.probe().bannerMessage()).isEqualTo("Delete failed: delete is not supported for runs on stub");
    }

    @Test
    void runWithParametersSubmitsAtOnceWhenThePipelineHasNone() throws Exception {
        Pipeline plain = new Pipeline();
        plain.name = "plain";

        // a dialog would hold the FX thread here (showAndWait) and the call would time out
        var submitted = WaitForAsyncUtils.asyncFx(() -> monitor.submitWithParameters(plain, true))
                .get(10, TimeUnit.SECONDS);

        assertThat(submitted).as("not cancelled: submitted").isPresent();
        waitFor(() -> monitor.probe().bannerMessage().contains("not supported"));
        assertThat(monitor.probe().bannerMessage()).startsWith("Submitting plain");
    }

    @Test
    void aRunsNewStateUpdatesItsRowInPlaceAndTheFilterAndSelectionFollow(FxRobot robot) throws Exception {
        stub.publish(run("churn-a", Phase.RUNNING, Instant.parse("2026-11-28T10:00:00Z")));
        stub.publish(run("churn-b", Phase.FAILED, Instant.parse("2026-11-28T11:00:00Z")));
        TableView<RunRow> table = monitor.probe().runsTable().table();
        waitFor(() -> table.getItems().size() == 2);
        RunRow churnB = table.getItems().get(0);
        RunRow churnA = table.getItems().get(1);
        assertThat(table.getFixedCellSize()).as("rows of a fixed height: no hidden measuring cell changes "
                + "(a pulse with nothing visible to repaint repaints the whole window)").isGreaterThan(20);
        robot.interact(() -> table.getSelectionModel().select(churnA));
        robot.clickOn("#runs-filter").write("failed");
        waitFor(() -> table.getItems().size() == 1);
        // (typing in the filter replaces the shown rows; a new state must not)
        List<String> replacements = new java.util.concurrent.CopyOnWriteArrayList<>();
        robot.interact(() -> table.getItems().addListener((javafx.collections.ListChangeListener<RunRow>) c -> {
            while (c.next()) {
                if (c.wasReplaced()) {
                    replacements.add("replaced at " + c.getFrom());
                }
            }
        }));

        stub.publish(run("churn-a", Phase.FAILED, Instant.parse("2026-11-28T10:00:00Z"), 2));
        waitFor(() -> table.getItems().size() == 2);
        assertThat(table.getItems()).as("the same row objects, newest first").containsExactly(churnB, churnA);
        assertThat(churnA.state().phase()).isEqualTo(Phase.FAILED);
        assertThat(replacements).as("a new state never replaces a row (the table would repaint whole)").isEmpty();
        assertThat(robot.lookup("#runs-table .phase-cell").queryAll().stream()
                .map(n -> ((javafx.scene.control.TableCell<?, ?>) n).getText())
                .filter(java.util.Objects::nonNull)).containsExactly("Failed", "Failed");

        robot.doubleClickOn("#runs-filter").eraseText(6);
        waitFor(() -> table.getItems().size() == 2);
        replacements.clear();
        stub.publish(run("churn-a", Phase.SUCCEEDED, Instant.parse("2026-11-28T10:00:00Z"), 3));
        waitFor(() -> monitor.currentRunProperty().get() != null
                && monitor.currentRunProperty().get().phase() == Phase.SUCCEEDED);
        assertThat(table.getSelectionModel().getSelectedItem()).as("selection kept").isSameAs(churnA);
        assertThat(replacements).isEmpty();
    }

    @Test
    void rbacRefusingTheListIsShownInPlace(FxRobot robot) throws Exception {
        try (ArgoMockCluster cluster = new ArgoMockCluster()) {
            cluster.server.expect().get().withPath("/apis/argoproj.io/v1alpha1/namespaces/ml/workflows")
                    .andReturn(403, "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"message\":"
                            + "\"workflows.argoproj.io is forbidden: User \\\"tester\\\" cannot list resource\","
                            + "\"reason\":\"Forbidden\",\"code\":403}").always();
            Path kubeconfig = cluster.writeKubeconfig(Files.createTempDirectory("orrery-rbac"));
            robot.interact(() -> monitor.probe().setKubeconfig(kubeconfig));
            waitFor(() -> "mock".equals(monitor.probe().connectionBar().contextValue()));
            robot.clickOn("#conn-connect");
            waitFor(() -> !monitor.probe().bannerMessage().isEmpty() && !monitor.probe().bannerMessage().startsWith("Connecting…"));
            assertThat(monitor.probe().bannerMessage()).startsWith("Connecting to the cluster failed: not allowed")
                    .contains("RBAC").doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(monitor.probe().clusterConnected()).isFalse();
        }
    }

    @Test
    void aLostConnectionIsSaidInTheBannerUntilItIsBack(FxRobot robot) throws Exception {
        stub.publish(run("churn-a", Phase.RUNNING, Instant.now()));
        TableView<?> table = robot.lookup("#runs-table").queryAs(TableView.class);
        waitFor(() -> table.getItems().size() == 1);
        stub.listeners.forEach(l -> l.onConnectionProblem("watch connection lost; retrying"));
        waitFor(() -> monitor.probe().bannerMessage().equals("Stub stub: watch connection lost; retrying"));
        stub.listeners.forEach(l -> l.onConnectionProblem(null));
        waitFor(() -> monitor.probe().bannerMessage().isEmpty());
    }
}
