package dev.orrery.app.monitor;

import static dev.orrery.app.shell.ScreenshotTool.fx;

import dev.orrery.app.shell.MainWindow;
import dev.orrery.app.shell.ScreenshotTool;
import dev.orrery.designer.canvas.Dependency;
import dev.orrery.designer.doc.PipelineChecker;
import dev.orrery.runtime.RunRef;
import dev.orrery.runtime.local.LocalRuntime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Draws docs/screenshots/monitor-edge.png (run by scripts/wired-screenshots.sh under Xvfb): the
 * sample pipeline run on this computer, and on the run's graph the Train → Evaluate edge selected,
 * so the Edge tab shows the model that flowed on it with its size and preview. Needs python3.
 * Arguments: the output PNG path.
 */
public final class RunEdgeScreenshot {
    private static Path out;

    private RunEdgeScreenshot() {
    }

    /** Not an Application itself: the JavaFX launcher refuses a main class that is one off the module path. */
    public static void main(String[] args) {
        out = Path.of(args.length > 0 ? args[0] : "docs/screenshots/monitor-edge.png");
        Application.launch(App.class, args);
    }

    /** The application the launcher starts. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) throws Exception {
            RunEdgeScreenshot.start(stage);
        }
    }

    static void start(Stage stage) throws Exception {
        Path temp = Files.createTempDirectory("orrery-screenshot-edge");
        Preferences prefs = Preferences.userRoot().node("dev/orrery/screenshot-edge");
        MainWindow window = new MainWindow(stage, prefs, PipelineChecker.VALIDATOR,
                () -> new LocalRuntime(temp.resolve("runs")));
        MonitorPane monitor = window.monitor();
        ScreenshotTool.showAndDrive(stage, out, () -> {
            Path sample = Path.of("assets", "samples", "ml-training.orrery.yaml");
            fx(() -> window.open(sample)).get(30, TimeUnit.SECONDS).get(30, TimeUnit.SECONDS);
            monitor.probe().setHostRunNotice((owner, pipeline, steps, engine) -> HostRunNotice.Answer.RUN_HERE);
            RunRef run = fx(() -> monitor.runOnThisComputer(window.designer().document().pipeline().copy()))
                    .get(30, TimeUnit.SECONDS).get(30, TimeUnit.SECONDS);
            ((LocalRuntime) monitor.probe().localRuntime().get()).completion(run).get(180, TimeUnit.SECONDS);
            fx(() -> {
                window.showMonitor();
                monitor.select(run);
                return null;
            }).get(30, TimeUnit.SECONDS);
            waitUntilShown(() -> fx(() -> monitor.probe().canvas().viewOf("evaluate") != null).join());
            fx(() -> {
                monitor.probe().canvas().fit();
                monitor.probe().canvas().selectEdge(new Dependency("train", "evaluate"));
                return null;
            }).get(30, TimeUnit.SECONDS);
            waitUntilShown(() -> fx(() -> stage.getScene().lookup(".edge-artifact-size") != null).join());
        });
    }

    private static void waitUntilShown(java.util.function.BooleanSupplier condition) throws InterruptedException {
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
