package dev.orrery.app.compare;

import static dev.orrery.app.shell.ScreenshotTool.fx;

import dev.orrery.app.shell.ScreenshotTool;
import dev.orrery.runtime.Metric;
import dev.orrery.runtime.Phase;
import dev.orrery.runtime.compare.ComparedRun;
import dev.orrery.runtime.compare.RunComparison;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Draws docs/screenshots/compare-charts.png (run by scripts/compare-charts-screenshot.sh under Xvfb): the
 * charts of a sweep's six children, lr × batch, with an accuracy, a duration and a loss per epoch.
 */
public final class ComparisonChartsScreenshot {
    private static Path out;

    private ComparisonChartsScreenshot() {
    }

    public static void main(String[] args) {
        out = Path.of(args.length > 0 ? args[0] : "docs/screenshots/compare-charts.png");
        Application.launch(App.class, args);
    }

    /** The application the launcher starts. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            ComparisonCharts charts = new ComparisonCharts();
            stage.setScene(new Scene(charts));
            stage.setTitle("Orrery — compare runs");
            ScreenshotTool.showAndDrive(stage, out, () -> fx(() -> {
                charts.show(sweep());
                return null;
            }).get(30, TimeUnit.SECONDS));
        }
    }

    static RunComparison sweep() {
        List<ComparedRun> runs = new ArrayList<>();
        double[] lrs = {0.1, 0.01, 0.001};
        int[] batches = {16, 32};
        int i = 0;
        for (double lr : lrs) {
            for (int batch : batches) {
                double quality = lr == 0.01 ? 0.93 : lr == 0.1 ? 0.84 : 0.88;
                double accuracy = Math.round((quality + (batch == 32 ? 0.012 : -0.007)) * 1000) / 1000.0;
                List<Double> loss = new ArrayList<>();
                for (int e = 0; e < 10; e++) {
                    loss.add(Math.round((0.25 + (1 - quality) * 2 + 0.6 * Math.exp(-e * lr * 40 / (batch / 16.0)))
                            * 1000) / 1000.0);
                }
                Map<String, Metric> m = new LinkedHashMap<>();
                m.put("evaluate/accuracy", new Metric("n" + i, "evaluate", "accuracy", Metric.Source.PARAMETER,
                        List.of(accuracy), false));
                m.put("train/seconds", new Metric("n" + i, "train", "seconds", Metric.Source.METRICS_OBJECT,
                        List.of(batch == 16 ? 412.0 + i * 7 : 268.0 + i * 5), false));
                m.put("train/loss", new Metric("n" + i, "train", "loss", Metric.Source.METRICS_OBJECT, loss, true));
                Map<String, String> p = new LinkedHashMap<>();
                p.put("lr", String.valueOf(lr));
                p.put("batch", String.valueOf(batch));
                String label = "train-grid(" + i + ":{lr:" + lr + ",batch:" + batch + "})";
                runs.add(new ComparedRun("run#" + i, label, "This computer", "local-sweep", Phase.SUCCEEDED, null, p, m));
                i++;
            }
        }
        return RunComparison.of(runs);
    }
}
