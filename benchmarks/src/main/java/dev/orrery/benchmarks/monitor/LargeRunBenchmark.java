package dev.orrery.benchmarks.monitor;

import static dev.orrery.benchmarks.FxBench.ms;
import static dev.orrery.benchmarks.FxBench.nextFrame;
import static dev.orrery.benchmarks.FxBench.onFx;
import static dev.orrery.benchmarks.FxBench.peakHeap;
import static dev.orrery.benchmarks.FxBench.resetPeakHeap;
import static dev.orrery.benchmarks.FxBench.usedAfterGc;

import atlantafx.base.theme.PrimerLight;
import dev.orrery.app.monitor.MonitorPane;
import dev.orrery.app.monitor.RunRow;
import dev.orrery.benchmarks.LatencySummary;
import dev.orrery.benchmarks.PipelineGenerator;
import dev.orrery.core.model.Pipeline;
import dev.orrery.designer.Designer;
import dev.orrery.runtime.RunState;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/**
 * Issue 18 item 3 on the real monitor pane (headless Monocle, software rendering, pulses at full
 * speed): one run of thousands of nodes, shaped as a {@code sweep} (one step over {@code size} items)
 * or a {@code nested} DAG (50 DAG steps of {@code size / 50} tasks), selected, its swept (or first)
 * step selected so the node chooser holds its nodes; then {@code rate} node phase changes a second
 * for {@code seconds}, each a new RunState through the runtime's watch listener as an engine sends
 * it. Reports the pulse intervals (frame times) during the updates and update → pixels: from the
 * listener call to the start of the pulse after the first layout pass in which the runs table's row
 * holds that revision (that pulse's frame has been rendered by then, see {@code FxBench.nextFrame}).
 * The table shows every pod's change (its Steps column) but refreshes its rows at most every 250 ms by
 * design; on the graph a pod's change shows only when its step's summary changes. Arguments:
 * {@code sweep|nested [size] [updates/s] [seconds]}; {@code -Dbench.noStep=true} selects no step.
 * See docs/benchmarks.md.
 */
public final class LargeRunBenchmark {
    private static final int GROUPS = 50;
    /** Updates sent, not yet on screen: {revision, t0}. */
    private static final ConcurrentLinkedQueue<long[]> SENT = new ConcurrentLinkedQueue<>();

    private LargeRunBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String shape = args.length > 0 ? args[0] : "sweep";
        int size = args.length > 1 ? Integer.parseInt(args[1].replace("_", "")) : 5000;
        int rate = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 30;
        boolean nested = switch (shape) {
            case "sweep" -> false;
            case "nested" -> true;
            default -> throw new IllegalArgumentException("shape must be sweep or nested, not " + shape);
        };
        Pipeline pipeline = PipelineGenerator.generate(nested ? GROUPS : 3, 7);
        pipeline.layout.clear();
        List<String> steps = pipeline.mainGraph().orElseThrow().steps.stream().map(s -> s.name).toList();
        MonitorBenchmark.BenchRuntime runtime = new MonitorBenchmark.BenchRuntime(pipeline, List.of(nested
                ? LargeRuns.nested(new dev.orrery.runtime.RunRef("bench", "bench-0"), pipeline.name, steps, size / GROUPS)
                : LargeRuns.sweep(new dev.orrery.runtime.RunRef("bench", "bench-0"), pipeline.name, steps, size)));
        RunState first = runtime.state(0);
        int[] pods = LargeRuns.pods(first);
        System.out.printf(Locale.ROOT, "%s run: %d nodes (%d pods), %d updates/s for %d s; load average %s%n", shape,
                first.nodes().size(), pods.length, rate, seconds, loadAverage());

        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        CompletableFuture<MonitorPane> paneRef = new CompletableFuture<>();
        CompletableFuture<Scene> sceneRef = new CompletableFuture<>();
        onFx(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            MonitorPane pane = new MonitorPane(() -> runtime, Pipeline::new);
            Scene scene = new Scene(pane, 1600, 1000);
            scene.getStylesheets().addAll(Designer.STYLESHEET, MonitorPane.STYLESHEET);
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            paneRef.complete(pane);
            sceneRef.complete(scene);
        });
        MonitorPane pane = paneRef.get();
        Scene scene = sceneRef.get();
        pane.probe().localRuntime().get(1, TimeUnit.MINUTES);
        waitFx(() -> pane.probe().runCount() == 1);
        onFx(() -> pane.select(runtime.ref(0)));
        onFx(() -> pane.probe().focusRunsTable());
        // the run's graph on the canvas (50 steps fit in the window as boxes, without node views)
        waitFx(() -> pane.probe().canvas().viewOf(steps.get(0)) != null
                || pane.probe().canvas().worldBounds() != null && pane.probe().canvas().worldBounds().getWidth() > 1000);
        if (!Boolean.getBoolean("bench.noStep")) { // -Dbench.noStep=true: no step selected, the node chooser empty
            onFx(() -> pane.probe().selectStep(steps.get(nested ? 0 : 1)));
        }
        for (int i = 0; i < 10; i++) {
            nextFrame();
        }
        @SuppressWarnings("unchecked")
        TableView<RunRow> runs = (TableView<RunRow>) scene.lookup("#runs-table");
        System.out.printf(Locale.ROOT, "heap with the run shown: %.0f MB used after GC%n", usedAfterGc());
        for (int i = 0; i < 30; i++) {
            nextFrame(); // past the first frames after the collection
        }

        List<Double> laidOut = new ArrayList<>(); // FX thread only: t0 of updates whose layout pass showed them
        LatencySummary pixels = new LatencySummary(); // FX thread only
        LatencySummary frames = new LatencySummary(); // FX thread only
        onFx(() -> scene.addPostLayoutPulseListener(() -> {
            long shown = runs.getItems().isEmpty() ? -1 : runs.getItems().get(0).state().revision();
            for (Iterator<long[]> it = SENT.iterator(); it.hasNext(); ) {
                long[] u = it.next();
                if (u[0] <= shown) {
                    laidOut.add((double) u[1]);
                    it.remove();
                }
            }
        }));
        AnimationTimer[] timer = new AnimationTimer[1];
        onFx(() -> {
            timer[0] = new AnimationTimer() {
                long last;

                @Override
                public void handle(long now) {
                    long t = System.nanoTime();
                    if (last != 0) {
                        frames.add(ms(now - last));
                    }
                    last = now;
                    laidOut.forEach(t0 -> pixels.add(ms(t - t0.longValue())));
                    laidOut.clear();
                }
            };
            timer[0].start();
        });
        resetPeakHeap();
        long period = 1_000_000_000L / rate;
        long next = System.nanoTime();
        RunState state = first;
        for (int i = 0; i < rate * seconds; i++) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            next += period;
            state = LargeRuns.advance(state, pods[(i * 7919) % pods.length]);
            SENT.add(new long[] {state.revision(), System.nanoTime()});
            runtime.publish(0, state);
        }
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!SENT.isEmpty() && System.nanoTime() < end) {
            nextFrame();
        }
        nextFrame();
        nextFrame();
        List<String> lines = new ArrayList<>();
        onFx(() -> {
            timer[0].stop();
            lines.add(String.format(Locale.ROOT, "update -> pixels (%d updates, %d on screen, %d not): p50 %.1f ms  p95 %.1f ms  max %.1f ms",
                    rate * seconds, pixels.count(), SENT.size(), pixels.percentile(50), pixels.percentile(95), pixels.max()));
            lines.add(String.format(Locale.ROOT, "frame interval during updates (%d frames): p50 %.1f ms  p95 %.1f ms  max %.1f ms",
                    frames.count(), frames.percentile(50), frames.percentile(95), frames.max()));
        });
        lines.forEach(System.out::println);
        System.out.printf(Locale.ROOT, "heap after GC %.0f MB, peak %.0f MB; load average %s%n", usedAfterGc(), peakHeap(),
                loadAverage());
        onFx(pane::shutdown);
        Platform.exit();
        System.exit(0);
    }

    private static String loadAverage() {
        return String.format(Locale.ROOT, "%.2f", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage());
    }

    private interface FxCondition {
        boolean holds();
    }

    /** Waits for a condition read on the FX thread, once per pulse. */
    private static void waitFx(FxCondition c) throws Exception {
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < end) {
            CompletableFuture<Boolean> f = new CompletableFuture<>();
            Platform.runLater(() -> f.complete(c.holds()));
            if (f.get(2, TimeUnit.MINUTES)) {
                return;
            }
            nextFrame();
        }
        throw new IllegalStateException("condition not reached in 5 minutes");
    }
}
