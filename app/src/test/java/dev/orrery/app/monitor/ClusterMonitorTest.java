package dev.orrery.app.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.orrery.app.shell.MainWindow;
import dev.orrery.app.shell.TestWindow;
import dev.orrery.core.io.LoadResult;
import dev.orrery.core.io.PipelineFiles;
import dev.orrery.core.model.Pipeline;
import dev.orrery.designer.canvas.NodeView;
import dev.orrery.runtime.NodeState;
import dev.orrery.runtime.Phase;
import dev.orrery.runtime.RunState;
import dev.orrery.runtime.argo.ArgoMockCluster;
import dev.orrery.runtime.argo.FakeArgoController;
import dev.orrery.runtime.argo.Pipelines;
import dev.orrery.runtime.local.LocalRuntime;
import io.fabric8.kubernetes.api.model.Pod;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 4's monitor acceptance through the real window: connect to fabric8's mock cluster (CRUD)
 * by kubeconfig context, submit a pipeline (Shift+F5), watch the step colours follow the fake
 * Argo controller, open a step's log (with ANSI colours), download and preview an artifact through
 * a stand-in argo-server.
 */
@ExtendWith(ApplicationExtension.class)
class ClusterMonitorTest {
    private static final String TOKEN = "s3cr3t";

    private MainWindow window;
    private MonitorPane monitor;
    private TestWindow shown;
    private ArgoMockCluster cluster;
    private FakeArgoController controller;
    private HttpServer argoServer;
    private Path temp;

    @Start
    void start(Stage stage) throws Exception {
        temp = Files.createTempDirectory("orrery-cluster-monitor");
        Path runs = temp.resolve("runs");
        shown = TestWindow.show(stage, () -> new LocalRuntime(runs));
        window = shown.window();
        monitor = window.monitor();
        cluster = new ArgoMockCluster();
        controller = cluster.controller();
        argoServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        argoServer.createContext("/", exchange -> {
            boolean authorized = ("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"));
            boolean known = exchange.getRequestURI().getPath().endsWith("/outputs/model");
            byte[] body = (known ? "weights from argo-server" : "no such artifact").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(!authorized ? 401 : known ? 200 : 404, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        argoServer.start();
    }

    @AfterEach
    void cleanUp() throws Exception {
        shown.close();
        argoServer.stop(0);
        cluster.close();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        TestWindow.waitFor(20, condition);
    }

    private static boolean shows(NodeView v, Phase phase) {
        String pc = "phase-" + phase.name().toLowerCase(Locale.ROOT);
        return v != null && v.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals(pc));
    }

    private static Pipeline churn() {
        LoadResult r = PipelineFiles.parse(Pipelines.CHURN, "churn.yaml");
        return r.documents().get(0).pipeline();
    }

    /** Connects the monitor to the mock cluster through the connection bar, as a user does. */
    private void connect(FxRobot robot) throws Exception {
        Path kubeconfig = cluster.writeKubeconfig(temp);
        robot.clickOn("#tab-monitor .tab-label");
        robot.interact(() -> monitor.probe().setKubeconfig(kubeconfig));
        ComboBox<?> context = robot.lookup("#conn-context").queryAs(ComboBox.class);
        waitFor(() -> "mock".equals(context.getValue()));
        robot.clickOn("#conn-namespace").write(ArgoMockCluster.NAMESPACE);
        String url = "http://127.0.0.1:" + argoServer.getAddress().getPort();
        robot.clickOn("#conn-argo-server").write(url);
        robot.clickOn("#conn-token").write(TOKEN);
        robot.clickOn("#conn-connect");
        Label state = robot.lookup("#conn-state").queryAs(Label.class);
        waitFor(() -> state.getText().startsWith("This computer + "));
        assertThat(monitor.probe().bannerMessage()).isEmpty();
    }

    /** On a cluster run's graph, the train → evaluate edge shows the model through argo-server and the lr. */
    @Test
    void anEdgeOfAClusterRunShowsTheModelThroughArgoServer(FxRobot robot) throws Exception {
        connect(robot);
        robot.interact(() -> window.designer().document().load(RunEdgeViewTest.wired(), null));
        robot.press(KeyCode.SHIFT).type(KeyCode.F5).release(KeyCode.SHIFT);
        waitFor(() -> monitor.currentRunProperty().get() != null
                && monitor.currentRunProperty().get().ref().runtimeId().startsWith("argo"));
        controller.runToEnd(monitor.currentRunProperty().get().id());
        var canvas = monitor.probe().canvas();
        waitFor(() -> monitor.currentRunProperty().get().phase() == Phase.SUCCEEDED
                && shows(canvas.viewOf("evaluate"), Phase.SUCCEEDED));

        var edge = new dev.orrery.designer.canvas.Dependency("train", "evaluate");
        javafx.geometry.Point2D onEdge = WaitForAsyncUtils.asyncFx(() -> RunEdgePoints.on(canvas, edge))
                .get(10, TimeUnit.SECONDS);
        robot.moveTo(onEdge);
        robot.moveBy(1, 0);
        waitFor(() -> monitor.probe().runGraph().edgeTip().isShowing());
        assertThat(monitor.probe().runGraph().edgeTip().getText()).contains("lr = 0.1");

        robot.clickOn(onEdge);
        waitFor(() -> robot.lookup(".edge-artifact-preview #preview-text").tryQuery().isPresent());
        assertThat(robot.lookup(".edge-artifact-name").queryLabeled().getText()).isEqualTo("model");
        assertThat(robot.lookup(".edge-artifact-preview #preview-text").queryAs(TextArea.class).getText())
                .isEqualTo("weights from argo-server");
        // Argo's status has no sizes: the preview, having read it all, tells it
        assertThat(robot.lookup(".edge-artifact-size").queryLabeled().getText()).isEqualTo("24 B");
        assertThat(monitor.probe().bannerMessage()).isEmpty();
    }

    @Test
    void connectSubmitWatchPhasesReadLogsAndDownloadAnArtifact(FxRobot robot) throws Exception {
        connect(robot);
        robot.interact(() -> window.designer().document().load(churn(), null));
        robot.press(KeyCode.SHIFT).type(KeyCode.F5).release(KeyCode.SHIFT);
        waitFor(() -> monitor.currentRunProperty().get() != null
                && monitor.currentRunProperty().get().ref().runtimeId().startsWith("argo"));
        String run = monitor.currentRunProperty().get().id();

        // the controller advances one status write at a time; after each, the canvas shows the phases written
        Map<String, Set<Phase>> seen = new LinkedHashMap<>();
        for (int i = 0; i < 50; i++) {
            var written = controller.step(run);
            if (written.isEmpty()) {
                break;
            }
            Map<String, String> last = new LinkedHashMap<>();
            written.forEach(t -> last.put(t.displayName(), t.phase()));
            for (var e : last.entrySet()) {
                if (e.getKey().equals(run)) {
                    continue;
                }
                Phase phase = Phase.fromArgo(e.getValue());
                waitFor(() -> shows(monitor.probe().canvas().viewOf(e.getKey()), phase));
                seen.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(phase);
            }
        }
        assertThat(seen.get("train")).contains(Phase.RUNNING, Phase.SUCCEEDED);
        assertThat(seen.keySet()).containsExactlyInAnyOrder("prepare", "train", "evaluate");
        waitFor(() -> monitor.currentRunProperty().get().phase() == Phase.SUCCEEDED);
        assertThat(monitor.currentRunProperty().get().progress().toString()).isEqualTo("3/3");

        // the train step's log, from its pod's main container
        RunState done = monitor.currentRunProperty().get();
        NodeState train = done.nodesOfStep("train").get(0);
        Pod pod = cluster.client.pods().inNamespace(ArgoMockCluster.NAMESPACE).list().getItems().stream()
                .filter(p -> train.id().equals(p.getMetadata().getAnnotations().get("workflows.argoproj.io/node-id")))
                .findFirst().orElseThrow();
        String log = "epoch 1 loss 0.9\n\u001b[32mepoch 2 loss 0.4\u001b[0m\n";
        String path = "/api/v1/namespaces/" + ArgoMockCluster.NAMESPACE + "/pods/" + pod.getMetadata().getName()
                + "/log?pretty=false&container=main";
        cluster.server.expect().get().withPath(path + "&follow=true").andReturn(200, log).always();
        cluster.server.expect().get().withPath(path).andReturn(200, log).always();

        robot.clickOn("#run-canvas #node-train");
        waitFor(() -> robot.lookup("#detail-resources-used").tryQuery().isPresent());
        assertThat(robot.lookup("#detail-resources-used").queryLabeled().getText())
                .isEqualTo("2s×(1 cpu), 1s×(100Mi memory)");
        robot.clickOn("#monitor-tab-logs .tab-label");
        waitFor(() -> monitor.probe().logText().contains("epoch 2 loss 0.4"));
        assertThat(monitor.probe().logText()).isEqualTo("epoch 1 loss 0.9\nepoch 2 loss 0.4");
        var area = monitor.probe().logView().area();
        int green = monitor.probe().logText().indexOf("epoch 2");
        assertThat(area.getStyleOfChar(green + 1)).contains("ansi-fg-2");
        assertThat(area.getStyleOfChar(1)).isEmpty();

        // the model artifact, downloaded and previewed through argo-server with the token
        robot.clickOn("#monitor-tab-artifacts .tab-label");
        ArtifactsView artifacts = monitor.probe().artifactsView();
        waitFor(() -> artifacts.table().getItems().stream().anyMatch(r -> r.ref().name().equals("model")));
        robot.clickOn(robot.lookup(".table-cell").match((javafx.scene.control.TableCell<?, ?> c) ->
                "model".equals(c.getText())).<javafx.scene.Node>query());
        waitFor(() -> artifacts.table().getSelectionModel().getSelectedItem() != null);
        var model = artifacts.table().getSelectionModel().getSelectedItem().ref();
        assertThat(model.name()).isEqualTo("model");
        Path target = temp.resolve("model.bin");
        Path saved = WaitForAsyncUtils.asyncFx(() -> artifacts.download(model, target)).get()
                .get(20, TimeUnit.SECONDS);
        assertThat(Files.readString(saved)).isEqualTo("weights from argo-server");
        ProgressBar progress = robot.lookup("#artifact-progress").queryAs(ProgressBar.class);
        waitFor(() -> progress.isVisible() && progress.getProgress() == 1.0);

        robot.clickOn("#artifact-preview");
        waitFor(() -> robot.lookup("#preview-text").tryQuery().isPresent());
        assertThat(robot.lookup("#preview-text").queryAs(TextArea.class).getText())
                .isEqualTo("weights from argo-server");
        assertThat(monitor.probe().bannerMessage()).isEmpty();
    }

    @Test
    void stopAndRetryFromTheToolbarAfterConfirming(FxRobot robot) throws Exception {
        connect(robot);
        robot.interact(() -> window.designer().document().load(churn(), null));
        robot.press(KeyCode.SHIFT).type(KeyCode.F5).release(KeyCode.SHIFT);
        waitFor(() -> monitor.currentRunProperty().get() != null
                && monitor.currentRunProperty().get().ref().runtimeId().startsWith("argo"));
        String run = monitor.currentRunProperty().get().id();
        for (int i = 0; i < 30; i++) {
            if (controller.step(run).stream().anyMatch(t -> t.displayName().equals("train")
                    && t.phase().equals("Running"))) {
                break;
            }
        }
        waitFor(() -> shows(monitor.probe().canvas().viewOf("train"), Phase.RUNNING));

        java.util.List<String> asked = new java.util.concurrent.CopyOnWriteArrayList<>();
        monitor.probe().setConfirmation((title, question) -> asked.add(title) && false);
        robot.clickOn("#action-stop");
        assertThat(asked).containsExactly("Stop run");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(monitor.probe().bannerMessage()).as("declined: nothing was sent").isEmpty();

        monitor.probe().setConfirmation((title, question) -> asked.add(title));
        robot.clickOn("#action-stop");
        waitFor(() -> monitor.probe().bannerMessage().startsWith("Stop: done"));
        waitFor(() -> {
            controller.step(run);
            return monitor.currentRunProperty().get().phase() == Phase.FAILED;
        });
        waitFor(() -> shows(monitor.probe().canvas().viewOf("train"), Phase.FAILED));
        assertThat(monitor.currentRunProperty().get().message()).contains("Stop");

        robot.clickOn("#action-retry");
        waitFor(() -> {
            controller.step(run);
            return monitor.currentRunProperty().get().phase() == Phase.SUCCEEDED;
        });
        waitFor(() -> shows(monitor.probe().canvas().viewOf("train"), Phase.SUCCEEDED)
                && shows(monitor.probe().canvas().viewOf("evaluate"), Phase.SUCCEEDED));
        assertThat(asked).containsExactly("Stop run", "Stop run", "Retry run");
    }
}
