package dev.orrery.app.monitor;

import static dev.orrery.app.shell.ScreenshotTool.fx;

import dev.orrery.app.shell.MainWindow;
import dev.orrery.core.io.PipelineFiles;
import dev.orrery.core.model.Pipeline;
import dev.orrery.designer.doc.PipelineChecker;
import dev.orrery.runtime.NodeState;
import dev.orrery.runtime.Phase;
import dev.orrery.runtime.RunRef;
import dev.orrery.runtime.RunState;
import dev.orrery.runtime.argo.ArgoMockCluster;
import dev.orrery.runtime.argo.FakeArgoController;
import dev.orrery.runtime.argo.Pipelines;
import dev.orrery.runtime.local.LocalRuntime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Draws the monitor for docs/screenshots/monitor.png (run by scripts/monitor-screenshot.sh under
 * Xvfb): a finished local run of the sample beside two runs on a mock cluster, one failed and one
 * in progress, the latter selected with its train step's log open.
 * Arguments: the output PNG path.
 */
public final class MonitorScreenshot {
    private static Path out;

    private MonitorScreenshot() {
    }

    /** Not an Application itself: the JavaFX launcher refuses a main class that is one off the module path. */
    public static void main(String[] args) {
        out = Path.of(args.length > 0 ? args[0] : "docs/screenshots/monitor.png");
        Application.launch(App.class, args);
    }

    /** The application the launcher starts. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) throws Exception {
            MonitorScreenshot.start(stage);
        }
    }

    static void start(Stage stage) throws Exception {
        Path temp = Files.createTempDirectory("orrery-screenshot");
        // the picture's home folder is this temp folder, so that the bar shows the mock cluster's
        // kubeconfig where a user's own would be: ~/.kube/config (set before anything reads it)
        System.setProperty("user.home", temp.toString());
        Preferences prefs = Preferences.userRoot().node("dev/orrery/screenshot");
        MainWindow window = new MainWindow(stage, prefs, PipelineChecker.VALIDATOR,
                () -> new LocalRuntime(temp.resolve("runs")));
        MonitorPane monitor = window.monitor();
        dev.orrery.app.shell.ScreenshotTool.showAndDrive(stage, out, () -> drive(window, monitor, temp));
    }

    private static void drive(MainWindow window, MonitorPane monitor, Path temp) throws Exception {
        Path sample = Path.of("assets", "samples", "local-ml.orrery.yaml");
        fx(() -> window.open(sample)).get(30, TimeUnit.SECONDS).get(30, TimeUnit.SECONDS);
        // the sample's steps name images; the picture shows the run, not the notice about them
        monitor.probe().setHostRunNotice((owner, pipeline, steps, engine) -> HostRunNotice.Answer.RUN_HERE);
        RunRef local = fx(() -> monitor.runOnThisComputer(window.designer().document().pipeline().copy()))
                .get(30, TimeUnit.SECONDS).get(30, TimeUnit.SECONDS);
        ((LocalRuntime) monitor.probe().localRuntime().get()).completion(local).get(120, TimeUnit.SECONDS);

        ArgoMockCluster cluster = new ArgoMockCluster();
        FakeArgoController controller = cluster.controller();
        Path kubeconfig = Files.move(cluster.writeKubeconfig(temp),
                Files.createDirectories(temp.resolve(".kube")).resolve("config"));
        fx(() -> {
            monitor.probe().setKubeconfig(kubeconfig);
            return null;
        });
        waitUntil(() -> fx(() -> monitor.probe().connectionBar().contextValue() != null).join());
        fx(() -> {
            monitor.probe().connectionBar().namespaceField().setText(ArgoMockCluster.NAMESPACE);
            monitor.probe().connectionBar().fire();
            return null;
        });
        waitUntil(() -> fx(() -> monitor.probe().clusterConnected()).join());
        Pipeline churn = PipelineFiles.parse(Pipelines.CHURN, "churn.yaml").documents().get(0).pipeline();
        RunRef failed = fx(() -> monitor.submitToCluster(churn.copy())).get(30, TimeUnit.SECONDS)
                .get(30, TimeUnit.SECONDS);
        controller.failing("evaluate", 1).runToEnd(failed.runId());
        RunRef running = fx(() -> monitor.submitToCluster(churn.copy())).get(30, TimeUnit.SECONDS)
                .get(30, TimeUnit.SECONDS);
        for (int i = 0; i < 30; i++) {
            if (controller.step(running.runId()).stream()
                    .anyMatch(t -> t.displayName().equals("train") && t.phase().equals("Running"))) {
                break;
            }
        }
        waitUntil(() -> fx(() -> {
            RunState s = monitor.probe().model().get(running);
            return s != null && s.nodesOfStep("train").stream().anyMatch(n -> n.phase() == Phase.RUNNING);
        }).join());
        RunState state = fx(() -> monitor.probe().model().get(running)).join();
        NodeState train = state.nodesOfStep("train").get(0);
        String pod = cluster.client.pods().inNamespace(ArgoMockCluster.NAMESPACE).list().getItems().stream()
                .filter(p -> train.id().equals(p.getMetadata().getAnnotations().get("workflows.argoproj.io/node-id")))
                .findFirst().orElseThrow().getMetadata().getName();
        StringBuilder log = new StringBuilder("\u001b[1mtraining churn model\u001b[0m, lr=0.01\n");
        for (int e = 1; e <= 40; e++) {
            log.append(String.format("epoch %d/40  loss %.4f  val_acc %.3f%n", e, 0.9 * Math.exp(-e / 12.0),
                    0.62 + 0.3 * (1 - Math.exp(-e / 10.0))));
            if (e % 10 == 0) {
                log.append("\u001b[32mcheckpoint saved\u001b[0m to /tmp/model.bin\n");
            }
        }
        log.append("\u001b[33mwarning:\u001b[0m learning rate schedule reached its floor\n");
        cluster.server.expect().get().withPath("/api/v1/namespaces/" + ArgoMockCluster.NAMESPACE + "/pods/" + pod
                + "/log?pretty=false&container=main&follow=true").andReturn(200, log.toString()).always();
        fx(() -> {
            window.showMonitor();
            monitor.select(running);
            monitor.probe().selectStep("train");
            monitor.probe().showBottomTab("monitor-tab-logs");
            return null;
        });
        waitUntil(() -> fx(() -> monitor.probe().logText().contains("floor")).join());
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("the screenshot's scene did not come together in 60 s");
            }
            CountDownLatch pulse = new CountDownLatch(1);
            Platform.runLater(pulse::countDown);
            pulse.await(1, TimeUnit.SECONDS);
            Thread.sleep(100); // a tool, not a test: polling the scene is fine here
        }
    }


}
