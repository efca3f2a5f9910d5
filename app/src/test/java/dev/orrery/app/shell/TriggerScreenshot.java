package dev.orrery.app.shell;

import static dev.orrery.app.shell.ScreenshotTool.fx;

import dev.orrery.core.model.EventKind;
import dev.orrery.designer.Designer;
import dev.orrery.designer.doc.DesignDocument;
import dev.orrery.designer.doc.PipelineChecker;
import dev.orrery.designer.job.TriggerEdits;
import dev.orrery.designer.trigger.TestEventDialog;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * Draws docs/screenshots/designer-triggers.png and designer-test-event.png (run by
 * scripts/trigger-screenshot.sh under Xvfb): the sample pipeline with a webhook and a bucket trigger left
 * of the graph, the webhook selected with its form and mappings; then its test event dialog. Arguments:
 * the first PNG's path (the second is written beside it).
 */
public final class TriggerScreenshot {
    private static Path out;

    private TriggerScreenshot() {
    }

    public static void main(String[] args) {
        out = Path.of(args.length > 0 ? args[0] : "docs/screenshots/designer-triggers.png");
        Application.launch(App.class, args);
    }

    /** The application the launcher starts. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            TriggerScreenshot.start(stage);
        }
    }

    static void start(Stage stage) {
        Preferences prefs = Preferences.userRoot().node("dev/orrery/screenshot-triggers");
        MainWindow window = new MainWindow(stage, prefs, PipelineChecker.VALIDATOR);
        ScreenshotTool.showAndDrive(stage, out, () -> {
            fx(() -> {
                window.files().loadNew(SamplePipeline.build());
                Designer designer = window.designer();
                DesignDocument doc = designer.document();
                designer.canvas().triggers().add(EventKind.BUCKET);
                String name = designer.canvas().triggers().add(EventKind.WEBHOOK);
                doc.execute(TriggerEdits.rename(doc, name, "retrain"));
                doc.execute(TriggerEdits.addMapping(doc, "retrain"));
                doc.execute(TriggerEdits.addMapping(doc, "retrain"));
                doc.execute(TriggerEdits.setMappingDefault(doc, "retrain", 1, "20"));
                doc.selection().selectTrigger("retrain");
                designer.canvas().fit();
                return null;
            }).get(30, TimeUnit.SECONDS);
            ScreenshotTool.writeWindow(stage, out);
            TestEventDialog dialog = fx(() -> window.designer().sendTestEvent("retrain")).get(30, TimeUnit.SECONDS);
            Stage dialogStage = fx(() -> (Stage) dialog.pane().getScene().getWindow()).get(30, TimeUnit.SECONDS);
            ScreenshotTool.writeWindow(dialogStage, out.resolveSibling("designer-test-event.png"));
        });
    }
}
