package dev.orrery.benchmarks.monitor;

import static dev.orrery.benchmarks.FxBench.ms;
import static dev.orrery.benchmarks.FxBench.nextFrame;
import static dev.orrery.benchmarks.FxBench.onFx;
import static dev.orrery.benchmarks.FxBench.peakHeap;
import static dev.orrery.benchmarks.FxBench.percentile;
import static dev.orrery.benchmarks.FxBench.resetPeakHeap;
import static dev.orrery.benchmarks.FxBench.usedAfterGc;

import atlantafx.base.theme.PrimerLight;
import dev.orrery.app.monitor.MonitorPane;
import dev.orrery.app.monitor.MonitorProbe;
import dev.orrery.benchmarks.PipelineGenerator;
import dev.orrery.core.model.Pipeline;
import dev.orrery.designer.Designer;
import dev.orrery.designer.canvas.NodeView;
import dev.orrery.runtime.ArtifactRef;
import dev.orrery.runtime.LogListener;
import dev.orrery.runtime.LogOptions;
import dev.orrery.runtime.NodeState;
import dev.orrery.runtime.NodeType;
import dev.orrery.runtime.Phase;
import dev.orrery.runtime.Progress;
import dev.orrery.runtime.RunListener;
import dev.orrery.runtime.RunRef;
import dev.orrery.runtime.RunState;
import dev.orrery.runtime.Runtime;
import dev.orrery.runtime.SubmitOptions;
import dev.orrery.runtime.Subscription;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Issue 4's UI benchmark, on the real monitor pane (headless Monocle, software rendering, pulses at
 * full speed so a pulse interval is a frame's whole cost):
 * <ol>
 * <li>500 runs of 20 nodes watched at once, 50 RunState updates a second round-robin over the runs
 * for {@code seconds}; every fifth update goes to the run shown on the canvas, and the time from
 * the runtime's callback to the end of the layout pass that shows the new phase on the node view is
 * recorded; FX frame intervals throughout;</li>
 * <li>a {@code lines}-line log streamed into the log view as fast as the runtime can deliver it:
 * time until all are in, frame intervals, lines kept in view, heap.</li>
 * </ol>
 * Arguments: {@code [runs] [nodes] [updates/s] [seconds] [log lines]}. See docs/benchmarks.md.
 */
public final class MonitorBenchmark {
    /** FX thread only (a copy-on-write list would copy itself at every one of ~56,000 entries, on the FX thread). */
    private static final List<Double> LAYOUT_TIMES = new ArrayList<>();
    private static long layoutStart;

    private MonitorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = arg(args, 0, 500);
        int nodes = arg(args, 1, 20);
        int rate = arg(args, 2, 50);
        int seconds = arg(args, 3, 30);
        int logLines = arg(args, 4, 1_000_000);
        Pipeline pipeline = PipelineGenerator.generate(nodes, 7);
        pipeline.layout.clear();
        List<String> steps = pipeline.mainGraph().orElseThrow().steps.stream().map(s -> s.name).toList();
        BenchRuntime runtime = new BenchRuntime(pipeline, steps, runs);

        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
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
            scene.addPreLayoutPulseListener(() -> layoutStart = System.nanoTime());
            scene.addPostLayoutPulseListener(() -> {
                double took = (System.nanoTime() - layoutStart) / 1e6;
                LAYOUT_TIMES.add(took);
                if (Boolean.getBoolean("bench.layouts") && took > 8) {
                    System.out.printf(Locale.ROOT, "LAYOUT %.1f ms at %d%n", took, System.currentTimeMillis());
                }
            });
            if (Boolean.getBoolean("bench.dirty")) {
                try {
                    DirtyProbe probe = new DirtyProbe(scene);
                    scene.addPostLayoutPulseListener(probe::record);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            paneRef.complete(pane);
            sceneRef.complete(scene);
        });
        MonitorPane pane = paneRef.get();
        Scene scene = sceneRef.get();
        pane.probe().localRuntime().get(1, TimeUnit.MINUTES);
        long t0 = System.nanoTime();
        waitFx(() -> pane.probe().runCount() == runs);
        System.out.printf(Locale.ROOT, "%d runs x %d nodes listed in %.0f ms%n", runs, nodes, ms(System.nanoTime() - t0));
        RunRef shown = runtime.ref(0);
        onFx(() -> pane.select(shown));
        // as a user who clicked the run: the focus in the runs table (not in the first text field,
        // whose caret blinks; see docs/benchmarks.md)
        onFx(() -> pane.probe().focusRunsTable());
        waitFx(() -> pane.probe().canvas().viewOf(steps.get(0)) != null);
        nextFrame();
        System.out.printf(Locale.ROOT, "heap with %d runs in the monitor: %.0f MB used after GC%n", runs, usedAfterGc());

        // ---- the window's first seconds: reported on their own ------------------------------------
        // The first frames after the window opens and a run is selected render everything for the
        // first time (and follow the System.gc() above); they are counted here, not as "watching".
        long settleMs = Long.getLong("bench.settleMs", 2000);
        if (settleMs > 0) {
            List<Double> first = frameIntervals(() -> {
                Thread.sleep(settleMs);
                return null;
            });
            System.out.printf(Locale.ROOT, "first %d ms after selecting the run, no updates: frames over 50 ms: %d of %d%n",
                    settleMs, first.stream().filter(f -> f > 50).count(), first.size());
        }

        // ---- part 1: 50 updates/s over 500 runs, latency on the canvas ------------------------------
        ConcurrentLinkedQueue<long[]> checks = new ConcurrentLinkedQueue<>(); // {stepIndex, phaseOrdinal, t0}
        List<Double> latencies = new ArrayList<>(); // FX thread only
        onFx(() -> scene.addPostLayoutPulseListener(() -> {
            long now = System.nanoTime();
            for (Iterator<long[]> it = checks.iterator(); it.hasNext(); ) {
                long[] c = it.next();
                NodeView v = pane.probe().canvas().viewOf(steps.get((int) c[0]));
                String expected = "phase-" + Phase.values()[(int) c[1]].name().toLowerCase(Locale.ROOT);
                if (v != null && v.overlay() != null && v.overlay().pseudoClass().equals(expected)) {
                    latencies.add((now - c[2]) / 1e6);
                    it.remove();
                }
            }
        }));
        onFx(LAYOUT_TIMES::clear);
        resetPeakHeap();
        List<Double> frames = frameIntervals(() -> {
            long period = 1_000_000_000L / rate;
            long next = System.nanoTime();
            int total = rate * seconds;
            for (int i = 0; i < total; i++) {
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                next += period;
                boolean measured = i % 5 == 0;
                int run = measured ? 0 : 1 + (i % (runs - 1));
                int step = (i / 5) % steps.size();
                if (!measured) {
                    step = i % steps.size();
                }
                Phase phase = runtime.advance(run, step, measured ? checks : null);
                if (phase == null) {
                    throw new IllegalStateException("no phase");
                }
            }
            // let the last measured updates land
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (!checks.isEmpty() && System.nanoTime() < end) {
                Thread.sleep(10);
            }
            return null;
        });
        List<Double> layout = fxCopy(LAYOUT_TIMES);
        List<Double> measured = fxCopy(latencies);
        report(String.format(Locale.ROOT, "update -> canvas latency (%d measured, %d lost)", measured.size(),
                checks.size()), measured);
        report("FX frame interval during updates", frames);
        report("FX layout pass per pulse during updates", layout);
        System.out.printf(Locale.ROOT, "frames over 50 ms: %d of %d; heap after GC %.0f MB, peak %.0f MB%n",
                frames.stream().filter(f -> f > 50).count(), frames.size(), usedAfterGc(), peakHeap());

        // ---- part 2: a long log -------------------------------------------------------------------
        MonitorProbe logs = pane.probe();
        // the log on screen, as a user following it sees it (before the measurement: the tab's first layout is not the log's)
        onFx(() -> pane.probe().showBottomTab("monitor-tab-logs"));
        nextFrame();
        nextFrame();
        runtime.logLines = logLines;
        long warmUp = MonitorProbe.logWarmUpMillis();
        System.out.println(warmUp < 0 ? "log view warm-up: not finished (or off)"
                : "log view warm-up: finished, took " + warmUp + " ms");
        onFx(LAYOUT_TIMES::clear);
        resetPeakHeap();
        long[] logTimes = new long[2];
        List<Double> logFrames = frameIntervals(() -> {
            logTimes[0] = System.nanoTime();
            onFx(() -> logs.showLog(runtime, shown, runtime.state(0).nodes().get(1)));
            waitFx(() -> logs.logEnded() && logs.logLinesReceived() == logLines);
            logTimes[1] = System.nanoTime();
            return null;
        });
        List<Double> logLayout = fxCopy(LAYOUT_TIMES);
        int[] shownLines = new int[1];
        onFx(() -> shownLines[0] = logs.logLinesShown());
        System.out.printf(Locale.ROOT, "%,d log lines streamed in %.1f s (%,.0f lines/s); %,d kept in view%n", logLines,
                (logTimes[1] - logTimes[0]) / 1e9, logLines / ((logTimes[1] - logTimes[0]) / 1e9), shownLines[0]);
        report("FX frame interval during the log", logFrames);
        report("FX layout pass per pulse during the log", logLayout);
        System.out.printf(Locale.ROOT, "frames over 50 ms: %d of %d; heap after GC %.0f MB, peak %.0f MB%n",
                logFrames.stream().filter(f -> f > 50).count(), logFrames.size(), usedAfterGc(), peakHeap());
        onFx(pane::shutdown);
        Platform.exit();
        System.exit(0);
    }

    private interface Work {
        Object run() throws Exception;
    }

    /** Records pulse intervals (AnimationTimer) while {@code work} runs on this thread. */
    private static List<Double> frameIntervals(Work work) throws Exception {
        List<Double> intervals = new ArrayList<>(); // FX thread only; copied there when the timer stops
        List<Double> copy = new ArrayList<>();
        AnimationTimer[] timer = new AnimationTimer[1];
        onFx(() -> {
            timer[0] = new AnimationTimer() {
                long first;
                long last;

                @Override
                public void handle(long now) {
                    if (last != 0) {
                        intervals.add((now - last) / 1e6);
                        if (Boolean.getBoolean("bench.longFrames") && (now - last) > 50_000_000L) {
                            System.out.printf("LONG frame %.1f ms at %d (frame %d, %.0f ms into the phase), layout %s%n",
                                    (now - last) / 1e6, System.currentTimeMillis(), intervals.size(), (last - first) / 1e6,
                                    LAYOUT_TIMES.isEmpty() ? "-" : LAYOUT_TIMES.get(LAYOUT_TIMES.size() - 1));
                        }
                    } else {
                        first = now;
                    }
                    last = now;
                }
            };
            timer[0].start();
        });
        try {
            work.run();
        } finally {
            onFx(() -> {
                timer[0].stop();
                copy.addAll(intervals);
            });
        }
        return copy;
    }

    /** A runtime holding {@code runs} runs of the pipeline, whose nodes the benchmark advances. */
    static final class BenchRuntime implements Runtime {
        private final Pipeline pipeline;
        private final List<String> steps;
        private final RunState[] states;
        private final List<RunListener> listeners = new CopyOnWriteArrayList<>();
        volatile int logLines;

        BenchRuntime(Pipeline pipeline, List<String> steps, int runs) {
            this.pipeline = pipeline;
            this.steps = steps;
            states = new RunState[runs];
            Instant start = Instant.parse("2026-11-28T10:00:00Z");
            for (int r = 0; r < runs; r++) {
                String name = "bench-" + r;
                List<NodeState> nodes = new ArrayList<>();
                List<String> children = new ArrayList<>();
                for (String s : steps) {
                    children.add(name + "." + s);
                }
                nodes.add(new NodeState(name, name, null, name, "main", NodeType.DAG, Phase.RUNNING, null, children,
                        start, null, null, null, null, 1));
                for (String s : steps) {
                    nodes.add(new NodeState(name + "." + s, name + "." + s, s, s, s, NodeType.POD, Phase.PENDING, name,
                            List.of(), start, null, null, null, null, 1));
                }
                states[r] = new RunState(ref(r), name, pipeline.name, "Bench", Phase.RUNNING, start.plusSeconds(r),
                        null, null, new Progress(0, steps.size()), null, nodes, 1);
            }
        }

        /** Holds the given runs (their refs {@code bench-0}, {@code bench-1}, …), for {@link #publish}. */
        BenchRuntime(Pipeline pipeline, List<RunState> runs) {
            this.pipeline = pipeline;
            this.steps = List.of();
            states = runs.toArray(RunState[]::new);
        }

        /** Replaces run {@code r}'s state and notifies the watchers, as an engine's watch does. */
        void publish(int r, RunState updated) {
            states[r] = updated;
            listeners.forEach(l -> l.onRun(updated));
        }

        RunRef ref(int r) {
            return new RunRef("bench", "bench-" + r);
        }

        RunState state(int r) {
            return states[r];
        }

        /** Moves one node to its next phase (Pending → Running → Succeeded → Pending …) and notifies. */
        Phase advance(int r, int step, ConcurrentLinkedQueue<long[]> checks) {
            RunState s = states[r];
            List<NodeState> nodes = new ArrayList<>(s.nodes());
            NodeState n = nodes.get(step + 1);
            Phase next = switch (n.phase()) {
                case PENDING -> Phase.RUNNING;
                case RUNNING -> Phase.SUCCEEDED;
                default -> Phase.PENDING;
            };
            nodes.set(step + 1, n.withPhase(next, null));
            long done = nodes.stream().filter(x -> x.type() == NodeType.POD && x.phase().isFinished()).count();
            RunState updated = new RunState(s.ref(), s.name(), s.pipelineName(), s.runtimeDisplayName(), s.phase(),
                    s.startedAt(), null, null, new Progress((int) done, steps.size()), null, nodes, s.revision() + 1);
            states[r] = updated;
            if (checks != null) {
                checks.add(new long[] {step, next.ordinal(), System.nanoTime()});
            }
            listeners.forEach(l -> l.onRun(updated));
            return next;
        }

        @Override
        public String id() {
            return "bench";
        }

        @Override
        public String displayName() {
            return "Bench";
        }

        @Override
        public RunRef submit(Pipeline p, SubmitOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Pipeline> pipelineOf(RunRef run) {
            return Optional.of(pipeline.copy());
        }

        @Override
        public List<RunState> list() {
            return List.of(states);
        }

        @Override
        public RunState get(RunRef run) {
            return states[Integer.parseInt(run.runId().substring("bench-".length()))];
        }

        @Override
        public Subscription watch(RunListener listener) {
            listeners.add(listener);
            for (RunState s : states) {
                listener.onRun(s);
            }
            return () -> listeners.remove(listener);
        }

        @Override
        public Subscription logs(RunRef run, String nodeId, LogOptions options, LogListener listener) {
            int n = logLines;
            Thread t = new Thread(() -> {
                for (int i = 1; i <= n; i++) {
                    listener.onLine(i % 100 == 0
                            ? "2026-11-28T10:00:00Z \u001b[32mcheckpoint\u001b[0m step " + i + " saved"
                            : "2026-11-28T10:00:00Z epoch " + i + " loss " + (1.0 / i) + " acc 0.9");
                }
                listener.onEnd(null);
            }, "bench-log");
            t.setDaemon(true);
            t.start();
            return () -> { };
        }

        @Override
        public List<ArtifactRef> artifacts(RunRef run) {
            return List.of();
        }

        @Override
        public InputStream openArtifact(ArtifactRef artifact) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void stop(RunRef run) {
        }

        @Override
        public void terminate(RunRef run) {
        }

        @Override
        public RunRef resubmit(RunRef run) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void delete(RunRef run) {
        }

        @Override
        public void close() {
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private static int arg(String[] args, int i, int dflt) {
        return args.length > i ? Integer.parseInt(args[i].replace("_", "")) : dflt;
    }

    private static void report(String label, List<Double> values) {
        if (values.isEmpty()) {
            System.out.printf(Locale.ROOT, "%-52s none%n", label);
            return;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "%-52s n %6d  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  max %6.1f ms%n", label,
                sorted.size(), percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), sorted.get(sorted.size() - 1));
    }

    /** A copy, made on the FX thread, of a list that only the FX thread writes. */
    private static List<Double> fxCopy(List<Double> fxList) throws Exception {
        List<Double> copy = new ArrayList<>();
        onFx(() -> copy.addAll(fxList));
        return copy;
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
