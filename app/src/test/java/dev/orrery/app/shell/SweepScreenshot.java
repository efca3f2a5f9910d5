package dev.orrery.app.shell;

import static dev.orrery.app.shell.ScreenshotTool.fx;

import dev.orrery.core.io.PipelineFiles;
import dev.orrery.designer.doc.PipelineChecker;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;

/**
 * Draws docs/screenshots/designer-sweep.png (run by scripts/sweep-screenshot.sh under Xvfb): the
 * local-sweep sample with its sweep step selected, the property sheet scrolled to the Sweep section
 * (its parameters, product, the run count, the graph's parallelism). Arguments: the output PNG path.
 */
public final class SweepScreenshot {
    private static Path out;

    private SweepScreenshot() {
    }

    public static void main(String[] args) {
        out = Path.of(args.length > 0 ? args[0] : "docs/screenshots/designer-sweep.png");
        Application.launch(App.class, args);
    }

    /** The application the launcher starts. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            SweepScreenshot.start(stage);
        }
    }

    static void start(Stage stage) {
        Preferences prefs = Preferences.userRoot().node("dev/orrery/screenshot-sweep");
        MainWindow window = new MainWindow(stage, prefs, PipelineChecker.VALIDATOR);
        ScreenshotTool.showAndDrive(stage, out, () -> {
            var sample = PipelineFiles.read(Path.of("assets", "samples", "local-sweep.orrery.yaml"))
                    .documents().get(0).pipeline();
            fx(() -> {
                window.files().loadNew(sample);
                window.designer().document().selection().select("train-grid");
                return null;
            }).get(30, TimeUnit.SECONDS);
            Thread.sleep(1000); // a tool, not a test: let layout and the sheet settle
            fx(() -> {
                // a wider sheet than the default, so the parameters' lines show whole
                stage.getScene().getRoot().lookupAll(".split-pane").forEach(n -> {
                    var split = (javafx.scene.control.SplitPane) n;
                    if (split.getItems().contains(stage.getScene().lookup("#properties"))) {
                        split.setDividerPosition(split.getDividers().size() - 1, 0.62);
                    }
                });
                return null;
            }).get(30, TimeUnit.SECONDS);
            Thread.sleep(300);
            fx(() -> {
                ScrollPane sheet = (ScrollPane) stage.getScene().lookup("#properties");
                Node field = stage.getScene().lookup("#prop-sweep-parameters");
                Node content = sheet.getContent();
                double y = content.sceneToLocal(field.localToScene(field.getBoundsInLocal())).getMinY();
                double room = content.getLayoutBounds().getHeight() - sheet.getViewportBounds().getHeight();
                sheet.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, (y - 80) / room)));
                return null;
            }).get(30, TimeUnit.SECONDS);
        });
    }
}
