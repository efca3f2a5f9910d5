package dev.orrery.app.shell;

import static dev.orrery.app.shell.ScreenshotTool.fx;

import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Schedule;
import dev.orrery.designer.doc.DesignDocument;
import dev.orrery.designer.doc.PipelineChecker;
import dev.orrery.designer.job.ReplacePipelineJob;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;

/**
 * Draws docs/screenshots/designer-schedule.png (run by scripts/schedule-screenshot.sh under Xvfb):
 * the sample pipeline with two schedules in Europe/Berlin, the property sheet scrolled to its
 * Schedule section with each schedule's reading and next firing times. Arguments: the output PNG path.
 */
public final class ScheduleScreenshot {
    private static Path out;

    private ScheduleScreenshot() {
    }

    public static void main(String[] args) {
        out = Path.of(args.length > 0 ? args[0] : "docs/screenshots/designer-schedule.png");
        Application.launch(App.class, args);
    }

    /** The application the launcher starts. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            ScheduleScreenshot.start(stage);
        }
    }

    static void start(Stage stage) {
        Preferences prefs = Preferences.userRoot().node("dev/orrery/screenshot-schedule");
        MainWindow window = new MainWindow(stage, prefs, PipelineChecker.VALIDATOR);
        ScreenshotTool.showAndDrive(stage, out, () -> {
            fx(() -> {
                window.files().loadNew(SamplePipeline.build());
                DesignDocument doc = window.designer().document();
                Pipeline p = doc.pipeline().copy();
                Schedule s = new Schedule();
                s.crons.addAll(List.of("0 2 * * 1-5", "30 6 1 * *"));
                s.timezone = "Europe/Berlin";
                s.concurrencyPolicy = "Forbid";
                p.setSchedule(s);
                doc.execute(new ReplacePipelineJob(doc, p, "Set schedules"));
                doc.selection().clear();
                return null;
            }).get(30, TimeUnit.SECONDS);
            Thread.sleep(1000); // a tool, not a test: let the preview's background pass land
            fx(() -> {
                ScrollPane sheet = (ScrollPane) stage.getScene().lookup("#properties");
                Node field = stage.getScene().lookup("#prop-schedules");
                Node content = sheet.getContent();
                double y = content.sceneToLocal(field.localToScene(field.getBoundsInLocal())).getMinY();
                double room = content.getLayoutBounds().getHeight() - sheet.getViewportBounds().getHeight();
                sheet.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, (y - 40) / room)));
                return null;
            }).get(30, TimeUnit.SECONDS);
        });
    }
}
