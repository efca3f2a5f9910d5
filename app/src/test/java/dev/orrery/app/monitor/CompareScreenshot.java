package dev.orrery.app.monitor;

import static dev.orrery.app.shell.ScreenshotTool.fx;

import dev.orrery.app.compare.ComparisonWindow;
import dev.orrery.app.shell.MainWindow;
import dev.orrery.app.shell.ScreenshotTool;
import dev.orrery.core.io.PipelineFiles;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Template;
import dev.orrery.designer.doc.PipelineChecker;
import dev.orrery.runtime.RunRef;
import dev.orrery.runtime.local.LocalRuntime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * Draws docs/screenshots/monitor-compare.png (scripts/compare-screenshot.sh, under Xvfb): three runs of
 * the local-ml sample on this computer (learning rates 0.05, 0.5 and 2.0; the last of a version with a
 * changed train image) selected in the monitor and compared. Arguments: the output PNG path.
 */
public final class CompareScreenshot {
    private static Path out;
    private static LocalRuntime local;

    private CompareScreenshot() {
    }

    public static void main(String[] args) {
        out = Path.of(args.length > 0 ? args[0] : "docs/screenshots/monitor-compare.png");
        Application.launch(App.class, args);
    }

    /** The application the launcher starts. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) throws Exception {
            CompareScreenshot.start(stage);
        }
    }

    static void start(Stage stage) throws Exception {
        Path temp = Files.createTempDirectory("orrery-compare-screenshot");
        Preferences prefs = Preferences.userRoot().node("dev/orrery/screenshot-compare");
        MainWindow window = new MainWindow(stage, prefs, PipelineChecker.VALIDATOR,
                () -> local = new LocalRuntime(temp.resolve("runs")));
        ScreenshotTool.showAndDrive(stage, Path.of(temp.toString(), "main.png"), () -> {
            Pipeline ml = PipelineFiles.read(Path.of("assets", "samples", "local-ml.orrery.yaml")).documents().get(0)
                    .pipeline();
            Pipeline changed = ml.copy();
            Template train = changed.templates.stream().filter(t -> t.name.equals("train")).findFirst().orElseThrow();
            train.container.image = "python:3.13-slim";
            MonitorPane monitor = window.monitor();
            List<RunRef> refs = new ArrayList<>();
            for (String lr : List.of("0.05", "0.5", "2.0")) {
                Pipeline p = lr.equals("2.0") ? changed : ml;
                RunRef ref = fx(() -> {
                    window.showMonitor();
                    monitor.probe().setHostRunNotice((o, x, s, e) -> HostRunNotice.Answer.RUN_HERE);
                    return monitor.runOnThisComputer(p, Map.of("learning-rate", lr, "epochs", "120"));
                }).get(30, TimeUnit.SECONDS).get(60, TimeUnit.SECONDS);
                local.completion(ref).get(180, TimeUnit.SECONDS);
                refs.add(ref);
            }
            Thread.sleep(1500); // a tool, not a test: let the runs table catch up
            ComparisonWindow compared = fx(() -> {
                monitor.probe().selectRuns(refs);
                return monitor.probe().compareSelected();
            }).get(30, TimeUnit.SECONDS);
            Thread.sleep(3000); // the metrics are read off the FX thread
            fx(() -> {
                compared.stage().setWidth(1500);
                compared.stage().setHeight(420);
                return null;
            }).get(30, TimeUnit.SECONDS);
            Thread.sleep(800);
            ScreenshotTool.writeWindow(compared.stage(), out);
            fx(() -> {
                compared.view().showTab("compare-tab-pipeline");
                return null;
            }).get(30, TimeUnit.SECONDS);
            Thread.sleep(500);
            String name = out.getFileName().toString().replace(".png", "-pipeline.png");
            ScreenshotTool.writeWindow(compared.stage(), out.resolveSibling(name));
        });
    }
}
