package dev.orrery.app.shell;

import static dev.orrery.app.shell.ScreenshotTool.fx;

import dev.orrery.core.testing.SharedData;
import dev.orrery.designer.canvas.GraphCanvas;
import dev.orrery.designer.doc.PipelineChecker;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * Draws docs/screenshots/designer-groups.png (run by scripts/groups-screenshot.sh under Xvfb):
 * Argo's dag-nested example with group B expanded in place and its inner step C selected, so the
 * property sheet shows the inner step. Arguments: the output PNG path.
 */
public final class GroupsScreenshot {
    private static Path out;

    private GroupsScreenshot() {
    }

    /** Not an Application itself: the JavaFX launcher refuses a main class that is one off the module path. */
    public static void main(String[] args) {
        out = Path.of(args.length > 0 ? args[0] : "docs/screenshots/designer-groups.png");
        Application.launch(App.class, args);
    }

    /** The application the launcher starts. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            GroupsScreenshot.start(stage);
        }
    }

    static void start(Stage stage) {
        Preferences prefs = Preferences.userRoot().node("dev/orrery/screenshot-groups");
        MainWindow window = new MainWindow(stage, prefs, PipelineChecker.VALIDATOR);
        ScreenshotTool.showAndDrive(stage, out, () -> {
            Path file = SharedData.examplesDir().resolve("dag-nested.yaml");
            fx(() -> window.open(file)).get(30, TimeUnit.SECONDS).get(60, TimeUnit.SECONDS);
            GraphCanvas canvas = window.designer().canvas();
            fx(() -> {
                canvas.toggleGroup("B");
                window.designer().document().selection().select("B/C");
                canvas.fit();
                return null;
            }).get(30, TimeUnit.SECONDS);
        });
    }
}
