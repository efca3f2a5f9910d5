package dev.orrery.benchmarks.compare;

import static dev.orrery.benchmarks.FxBench.nextFrame;
import static dev.orrery.benchmarks.FxBench.onFx;
import static dev.orrery.benchmarks.FxBench.percentile;

import dev.orrery.app.compare.ComparisonCharts;
import dev.orrery.runtime.Metric;
import dev.orrery.runtime.Phase;
import dev.orrery.runtime.compare.ComparedRun;
import dev.orrery.runtime.compare.RunComparison;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;

/**
 * The comparison charts at many runs (issue 15 item 5), headless (Monocle, software rendering, pulses
 * at full speed): a sweep of N runs (4 parameters, two scalar metrics, a 20-epoch series) is shown
 * (time of {@code show} on the FX thread plus the first frame), then the parallel-coordinates plot's
 * metric is switched and the window resized, a frame each: those frames' times (pulse to pulse,
 * rendering included) are reported. Arguments: [runs] [rounds].
 */
public final class ComparisonChartsBenchmark {
    private static Stage stage;

    private ComparisonChartsBenchmark() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The application the launcher starts. */
    public static final class App extends Application {
        @Override
        public void start(Stage s) {
            stage = s;
            Thread t = new Thread(() -> {
                int status = 0;
                try {
                    run(getParameters().getRaw());
                } catch (Throwable e) {
                    e.printStackTrace();
                    status = 1;
                }
                Platform.exit();
                System.exit(status);
            }, "bench");
            t.start();
        }
    }

    static void run(List<String> args) throws Exception {
        int runs = args.size() > 0 ? Integer.parseInt(args.get(0)) : 1000;
        int rounds = args.size() > 1 ? Integer.parseInt(args.get(1)) : 60;
        RunComparison comparison = sweep(runs);
        ComparisonCharts[] charts = new ComparisonCharts[1];
        onFx(() -> {
            Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            charts[0] = new ComparisonCharts();
            // within Monocle's headless screen (its buffer refuses a window as large as the screen)
            stage.setScene(new Scene(charts[0], 1400, 800));
            stage.show();
        });
        nextFrame();
        List<Double> show = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            long t0 = System.nanoTime();
            onFx(() -> charts[0].show(comparison));
            nextFrame();
            nextFrame();
            show.add((System.nanoTime() - t0) / 1e6);
        }
        @SuppressWarnings("unchecked")
        ComboBox<String> metric = (ComboBox<String>) charts[0].lookup("#parallel-metric");
        List<Double> switchFrames = new ArrayList<>();
        List<Double> resizeFrames = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            String next = comparison.metrics().get(i % comparison.metrics().size());
            switchFrames.add(frame(() -> metric.setValue(next)));
            // narrower each round: Monocle headless cannot grow a window back past the buffer it shrank to
            double w = 1400 - 5 * (i + 1);
            resizeFrames.add(frame(() -> stage.setWidth(w)));
        }
        System.out.printf(Locale.ROOT, "%d runs, %d parameters, metrics %s (%s)%n", runs,
                comparison.parameters().size(), comparison.metrics(), Runtime.version());
        report("show(comparison) + 2 frames", show);
        report("frame after choosing another metric", switchFrames);
        report("frame after resizing the window", resizeFrames);
    }

    /** Time from a change on the FX thread to the end of the frame that shows it (the next pulse starts). */
    private static double frame(Runnable change) throws Exception {
        nextFrame();
        long t0 = System.nanoTime();
        onFx(change);
        nextFrame();
        nextFrame();
        return (System.nanoTime() - t0) / 1e6;
    }

    private static void report(String label, List<Double> ms) {
        List<Double> sorted = new ArrayList<>(ms);
        sorted.sort(null);
        System.out.printf(Locale.ROOT, "%-40s n %4d  p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms%n", label, sorted.size(),
                percentile(sorted, 50), percentile(sorted, 95), sorted.get(sorted.size() - 1));
    }

    static RunComparison sweep(int n) {
        Random random = new Random(15);
        List<ComparedRun> runs = new ArrayList<>();
        String[] optimizers = {"adam", "sgd", "rmsprop", "adamw"};
        for (int i = 0; i < n; i++) {
            double lr = Math.pow(10, -1 - random.nextInt(4));
            int batch = 16 << random.nextInt(4);
            double dropout = random.nextInt(6) / 10.0;
            String opt = optimizers[random.nextInt(optimizers.length)];
            double acc = 0.7 + 0.25 * random.nextDouble();
            List<Double> loss = new ArrayList<>();
            for (int e = 0; e < 20; e++) {
                loss.add(1.2 * Math.exp(-e * lr * 10) + random.nextDouble() * 0.05);
            }
            Map<String, Metric> m = new LinkedHashMap<>();
            m.put("evaluate/accuracy", new Metric("n", "evaluate", "accuracy", Metric.Source.PARAMETER, List.of(acc),
                    false));
            m.put("train/seconds", new Metric("n", "train", "seconds", Metric.Source.PARAMETER,
                    List.of(100 + random.nextDouble() * 400), false));
            m.put("train/loss", new Metric("n", "train", "loss", Metric.Source.METRICS_OBJECT, loss, true));
            Map<String, String> p = new LinkedHashMap<>();
            p.put("lr", String.valueOf(lr));
            p.put("batch", String.valueOf(batch));
            p.put("dropout", String.valueOf(dropout));
            p.put("optimizer", opt);
            runs.add(new ComparedRun("r" + i, "train-grid(" + i + ":" + lr + ")", "This computer", "sweep",
                    Phase.SUCCEEDED, null, p, m));
        }
        return RunComparison.of(runs);
    }
}
