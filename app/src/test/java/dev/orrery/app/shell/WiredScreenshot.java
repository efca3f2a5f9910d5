package dev.orrery.app.shell;

import static dev.orrery.app.shell.ScreenshotTool.fx;

import dev.orrery.designer.canvas.Dependency;
import dev.orrery.designer.canvas.GraphCanvas;
import dev.orrery.designer.doc.PipelineChecker;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * Draws docs/screenshots/designer-wired.png (run by scripts/wired-screenshots.sh under Xvfb): the
 * sample pipeline with its ports and named edges, the Train → Evaluate edge selected so the property
 * sheet lists the model that flows on it. Arguments: the output PNG path.
 */
public final class WiredScreenshot {
    private static Path out;

    private WiredScreenshot() {
    }

    /** Not an Application itself: the JavaFX launcher refuses a main class that is one off the module path. */
    public static void main(String[] args) {
        out = Path.of(args.length > 0 ? args[0] : "docs/screenshots/designer-wired.png");
        Application.launch(App.class, args);
    }

    /** The application the launcher starts. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            WiredScreenshot.start(stage);
        }
    }

    static void start(Stage stage) {
        Preferences prefs = Preferences.userRoot().node("dev/orrery/screenshot-wired");
        MainWindow window = new MainWindow(stage, prefs, PipelineChecker.VALIDATOR);
        ScreenshotTool.showAndDrive(stage, out, () -> {
            Path sample = Path.of("assets", "samples", "ml-training.orrery.yaml");
            fx(() -> window.open(sample)).get(30, TimeUnit.SECONDS).get(60, TimeUnit.SECONDS);
            GraphCanvas canvas = window.designer().canvas();
            fx(() -> {
                canvas.fit();
                canvas.selectEdge(new Dependency("train", "evaluate"));
                return null;
            }).get(30, TimeUnit.SECONDS);
        });
    }
}
