package dev.orrery.app.shell;

import static dev.orrery.app.shell.ScreenshotTool.fx;

import dev.orrery.core.model.Container;
import dev.orrery.core.model.Graph;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Position;
import dev.orrery.core.model.Step;
import dev.orrery.core.model.StepKind;
import dev.orrery.core.model.Template;
import dev.orrery.designer.compare.ComparisonView;
import dev.orrery.designer.doc.PipelineChecker;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * Draws docs/screenshots/designer-compare.png (run by scripts/compare-screenshot.sh): the sample pipeline
 * compared with an older version of it (a data check step since removed, an older training image, fewer
 * epochs; the report step is new), the changed train step selected with its fields listed. Arguments: the
 * output PNG path.
 */
public final class CompareScreenshot {
    private static Path out;

    private CompareScreenshot() {
    }

    public static void main(String[] args) {
        out = Path.of(args.length > 0 ? args[0] : "docs/screenshots/designer-compare.png");
        Application.launch(App.class, args);
    }

    /** The application the launcher starts. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            CompareScreenshot.start(stage);
        }
    }

    /** The sample with a report step after evaluate: the open version. */
    static Pipeline open() {
        Pipeline p = SamplePipeline.build();
        Template report = new Template("report");
        report.kind = StepKind.CONTAINER;
        report.container = new Container();
        report.container.image = "curlimages/curl:8.9.0";
        p.templates.add(report);
        Step s = new Step("report", "report");
        s.dependsOn.add("evaluate");
        p.mainGraph().orElseThrow().steps.add(s);
        p.layout.put("report", new Position(920, 320));
        return p;
    }

    /** The sample as it was: a data check before training, an older image, fewer epochs. */
    static Pipeline older() {
        Pipeline p = SamplePipeline.build();
        p.template("train").orElseThrow().container.image = "pytorch/pytorch:2.3.1-cuda12.1-cudnn8-runtime";
        p.parameter("epochs").orElseThrow().value = dev.orrery.core.model.Parameter.of("epochs", "10").value;
        Template check = new Template("check-data");
        check.kind = StepKind.DATA_PREP;
        check.container = new Container();
        check.container.image = "python:3.12-slim";
        check.container.command = java.util.List.of("python", "check.py");
        p.templates.add(check);
        Graph g = p.mainGraph().orElseThrow();
        Step s = new Step("check-data", "check-data");
        s.dependsOn.add("prepare-data");
        g.steps.add(1, s);
        g.step("train").orElseThrow().dependsOn.add("check-data");
        p.layout.put("check-data", new Position(360, 340));
        return p;
    }

    static void start(Stage stage) {
        Preferences prefs = Preferences.userRoot().node("dev/orrery/screenshot-compare");
        MainWindow window = new MainWindow(stage, prefs, PipelineChecker.VALIDATOR);
        ScreenshotTool.showAndDrive(stage, out, () -> {
            fx(() -> {
                window.files().loadNew(open());
                return null;
            }).get(30, TimeUnit.SECONDS);
            ComparisonView view = fx(() -> window.designer().compare().open(older(), "ml-training.orrery.yaml at 3f2a9c1"))
                    .get(30, TimeUnit.SECONDS).get(60, TimeUnit.SECONDS);
            fx(() -> {
                view.select("train");
                view.canvas().fit();
                return null;
            }).get(30, TimeUnit.SECONDS);
            Thread.sleep(1500); // the sharp picture of the canvas is painted after it settles
        });
    }
}
