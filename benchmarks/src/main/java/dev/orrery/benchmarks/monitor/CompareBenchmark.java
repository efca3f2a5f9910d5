package dev.orrery.benchmarks.monitor;

import static dev.orrery.benchmarks.FxBench.ms;
import static dev.orrery.benchmarks.FxBench.nextFrame;
import static dev.orrery.benchmarks.FxBench.onFx;

import atlantafx.base.theme.PrimerLight;
import dev.orrery.app.compare.ComparisonView;
import dev.orrery.app.compare.ComparisonWindow;
import dev.orrery.app.monitor.MonitorPane;
import dev.orrery.benchmarks.LatencySummary;
import dev.orrery.benchmarks.PipelineGenerator;
import dev.orrery.core.model.Pipeline;
import dev.orrery.designer.Designer;
import dev.orrery.runtime.NodeOutputs;
import dev.orrery.runtime.NodeState;
import dev.orrery.runtime.NodeType;
import dev.orrery.runtime.Phase;
import dev.orrery.runtime.Progress;
import dev.orrery.runtime.RunRef;
import dev.orrery.runtime.RunState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;

/**
 * Issue 15 item 5: {@code runs} finished runs compared in the monitor (headless Monocle, software
 * rendering, pulses at full speed, as {@link MonitorBenchmark}). Every run has {@code params}
 * parameters and {@code metrics} metrics (numeric output parameters of its two steps, read through
 * the runtime's {@code metrics} as for any engine). Measured:
 * <ol>
 * <li>from "Compare" (all runs selected in the runs table) to the first frame of the comparison
 * window, and to the first frame showing every run's metrics (read through the runtime, 8 runs at a
 * time);</li>
 * <li>scrolling the table from top to bottom and back, {@code px} pixels a frame: FX frame intervals
 * and the layout pass per pulse.</li>
 * </ol>
 * Arguments: {@code [runs] [params] [metrics] [px per frame] [passes]}. See docs/benchmarks.md.
 */
public final class CompareBenchmark {
    private CompareBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = arg(args, 0, 1000);
        int params = arg(args, 1, 6);
        int metrics = arg(args, 2, 10);
        int px = arg(args, 3, 40);
        int passes = arg(args, 4, 2);
        Pipeline pipeline = PipelineGenerator.generate(2, 7);
        MonitorBenchmark.BenchRuntime runtime = new MonitorBenchmark.BenchRuntime(pipeline,
                states(runs, params, metrics));

        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        CompletableFuture<MonitorPane> paneRef = new CompletableFuture<>();
        onFx(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            MonitorPane pane = new MonitorPane(() -> runtime, Pipeline::new);
            Scene scene = new Scene(pane, 1600, 1000);
            scene.getStylesheets().addAll(Designer.STYLESHEET, MonitorPane.STYLESHEET);
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            paneRef.complete(pane);
        });
        MonitorPane pane = paneRef.get();
        pane.probe().localRuntime().get(1, TimeUnit.MINUTES);
        waitFx(() -> pane.probe().runCount() == runs);
        List<RunRef> refs = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            refs.add(runtime.ref(r));
        }
        onFx(() -> pane.probe().selectRuns(refs));
        nextFrame();
        nextFrame();

        // ---- opening: the first time in this JVM, then again (warm) ----------------------------------
        ComparisonWindow window = null;
        for (int attempt = 1; attempt <= 2; attempt++) {
            if (window != null) {
                onFx(window::close);
                nextFrame();
            }
            window = open(pane, runs, metrics, params, attempt == 1 ? "first" : "again");
        }
        ComparisonView view = window.view();

        // ---- scrolling -------------------------------------------------------------------------------
        Scene scene = window.stage().getScene();
        if (Boolean.getBoolean("bench.hideMonitor")) {
            // attribution only: the comparison window alone on the (software-rendered) screen
            onFx(() -> {
                pane.getScene().getWindow().setWidth(100);
                pane.getScene().getWindow().setHeight(100);
            });
            nextFrame();
        }
        List<Double> layouts = new ArrayList<>(); // FX thread only
        long[] layoutStart = new long[1];
        onFx(() -> {
            scene.addPreLayoutPulseListener(() -> layoutStart[0] = System.nanoTime());
            scene.addPostLayoutPulseListener(() -> layouts.add((System.nanoTime() - layoutStart[0]) / 1e6));
        });
        nextFrame();
        onFx(layouts::clear);
        List<Double> frames = new ArrayList<>(); // FX thread only
        CountDownLatch done = new CountDownLatch(1);
        int[] rowsSeen = new int[2];
        onFx(() -> {
            VirtualFlow<?> flow = (VirtualFlow<?>) view.table().lookup(".virtual-flow");
            new AnimationTimer() {
                long last;
                int pass;
                int direction = 1;

                @Override
                public void handle(long now) {
                    if (last != 0) {
                        frames.add((now - last) / 1e6);
                    }
                    last = now;
                    flow.scrollPixels(direction * px);
                    rowsSeen[0] = Math.max(rowsSeen[0], flow.getLastVisibleCell() == null ? 0
                            : flow.getLastVisibleCell().getIndex() + 1);
                    boolean atEnd = direction > 0 ? flow.getLastVisibleCell() != null
                            && flow.getLastVisibleCell().getIndex() == runs - 1
                            : flow.getFirstVisibleCell() != null && flow.getFirstVisibleCell().getIndex() == 0
                                    && flow.getPosition() == 0;
                    if (atEnd) {
                        direction = -direction;
                        if (direction > 0) {
                            pass++;
                        }
                    }
                    if (pass >= passes) {
                        stop();
                        rowsSeen[1] = frames.size();
                        done.countDown();
                    }
                }
            }.start();
        });
        if (!done.await(10, TimeUnit.MINUTES)) {
            throw new IllegalStateException("scrolling did not end in 10 minutes");
        }
        LatencySummary frameSummary = new LatencySummary();
        LatencySummary layoutSummary = new LatencySummary();
        onFx(() -> {
            frames.forEach(frameSummary::add);
            layouts.forEach(layoutSummary::add);
        });
        System.out.printf(Locale.ROOT, "scrolling %d rows down and up %d times, %d px a frame: %d frames%n", rowsSeen[0],
                passes, px, frameSummary.count());
        System.out.printf(Locale.ROOT, "FX frame interval while scrolling (p50 / p95 / max): %s ms; frames over 16 ms: "
                + "%d%n", frameSummary.triple(), frames.stream().filter(f -> f > 16).count());
        System.out.printf(Locale.ROOT, "FX layout pass per pulse while scrolling (p50 / p95 / max): %s ms%n",
                layoutSummary.triple());
        onFx(window::close);
        onFx(pane::shutdown);
        Platform.exit();
        System.exit(0);
    }

    /** Compares the selected runs, waits for every run's metrics on screen, and reports the times. */
    private static ComparisonWindow open(MonitorPane pane, int runs, int metrics, int params, String which)
            throws Exception {
        long t0 = System.nanoTime();
        CompletableFuture<ComparisonWindow> opened = new CompletableFuture<>();
        onFx(() -> opened.complete(pane.probe().compareSelected()));
        ComparisonWindow window = opened.get();
        if (window == null) {
            throw new IllegalStateException("no comparison opened: " + runs + " runs selected?");
        }
        ComparisonView view = window.view();
        nextFrame();
        long firstFrame = System.nanoTime();
        waitFx(() -> view.status().isEmpty() && view.shownProperty().get() != null
                && view.shownProperty().get().metrics().size() == metrics && view.table().getItems().size() == runs);
        nextFrame();
        long filled = System.nanoTime();
        int[] columns = new int[1];
        onFx(() -> columns[0] = view.table().getVisibleLeafColumns().size());
        System.out.printf(Locale.ROOT, "%s: %d runs x (%d parameters, %d metrics) = %d columns: first frame of the"
                + " window %.0f ms after Compare; every run's metrics shown %.0f ms after Compare%n", which, runs,
                params, metrics, columns[0], ms(firstFrame - t0), ms(filled - t0));
        return window;
    }

    /** Finished runs, each with parameters (some differ between runs) and metrics as numeric outputs. */
    static List<RunState> states(int runs, int params, int metrics) {
        List<RunState> out = new ArrayList<>();
        Instant start = Instant.parse("2026-11-28T10:00:00Z");
        for (int r = 0; r < runs; r++) {
            String name = "bench-" + r;
            Map<String, String> parameters = new LinkedHashMap<>();
            for (int p = 0; p < params; p++) {
                parameters.put("param-" + p, p % 2 == 0 ? String.valueOf((r * (p + 3)) % 17 / 10.0) : "fixed-" + p);
            }
            Map<String, String> train = new LinkedHashMap<>();
            Map<String, String> evaluate = new LinkedHashMap<>();
            for (int m = 0; m < metrics; m++) {
                String value = String.valueOf(Math.round(Math.abs(Math.sin(r * 0.37 + m)) * 1e4) / 1e4);
                (m % 2 == 0 ? train : evaluate).put("metric-" + m, value);
            }
            Instant s = start.plusSeconds(r);
            List<NodeState> nodes = List.of(
                    new NodeState(name, name, null, name, "main", NodeType.DAG, Phase.SUCCEEDED, null,
                            List.of(name + ".train", name + ".evaluate"), s, s.plusSeconds(60), null, null, null, 1),
                    new NodeState(name + ".train", name + ".train", "train", "train", "train", NodeType.POD,
                            Phase.SUCCEEDED, name, List.of(), s, s.plusSeconds(40), null, 0,
                            new NodeOutputs(train, null, List.of()), 1),
                    new NodeState(name + ".evaluate", name + ".evaluate", "evaluate", "evaluate", "evaluate",
                            NodeType.POD, Phase.SUCCEEDED, name, List.of(), s.plusSeconds(40), s.plusSeconds(60), null,
                            0, new NodeOutputs(evaluate, null, List.of()), 1));
            out.add(new RunState(new RunRef("bench", name), name, "bench", "Bench", r % 10 == 9 ? Phase.FAILED
                    : Phase.SUCCEEDED, s, s.plusSeconds(60 + r % 50), null, new Progress(2, 2), parameters, nodes, 1));
        }
        return out;
    }

    private static void waitFx(BooleanSupplier condition) throws Exception {
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < end) {
            boolean[] ok = new boolean[1];
            onFx(() -> ok[0] = condition.getAsBoolean());
            if (ok[0]) {
                return;
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException("timed out");
    }

    private static int arg(String[] args, int i, int fallback) {
        return args.length > i ? Integer.parseInt(args[i]) : fallback;
    }
}
