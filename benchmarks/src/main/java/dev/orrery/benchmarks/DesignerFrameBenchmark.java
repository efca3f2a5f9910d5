package dev.orrery.benchmarks;

import static dev.orrery.benchmarks.FxBench.ms;
import static dev.orrery.benchmarks.FxBench.nextFrame;
import static dev.orrery.benchmarks.FxBench.onFx;
import static dev.orrery.benchmarks.FxBench.peakHeap;
import static dev.orrery.benchmarks.FxBench.percentile;
import static dev.orrery.benchmarks.FxBench.usedAfterGc;

import dev.orrery.core.model.ArgoKind;
import dev.orrery.core.model.Pipeline;
import dev.orrery.designer.Designer;
import dev.orrery.designer.canvas.GraphCanvas;
import dev.orrery.designer.canvas.PreparedGraph;
import dev.orrery.designer.doc.PipelineChecker;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import atlantafx.base.theme.PrimerLight;
import dev.orrery.core.io.LoadResult;
import dev.orrery.core.io.PipelineFiles;
import dev.orrery.designer.canvas.CanvasStats;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * Opens a generated pipeline in the designer canvas, lays it out with ELK and waits for the first
 * frame; then pans and zooms across it for a fixed script of frames, timing every pulse. Run with
 * {@code -Djavafx.animation.fullspeed=true} so pulses are not held to 60 Hz and a pulse's interval
 * is the whole frame's cost (layout, canvas painting, scene-graph sync and rendering).
 * See docs/benchmarks.md for the command and the figures.
 */
public final class DesignerFrameBenchmark {
    private static final int FRAMES_PER_PHASE = 150;
    /** {@code -Dbench.frames=true}: prints every frame of the phases (interval, layout time, scale, node views). */
    private static final boolean FRAME_LOG = Boolean.getBoolean("bench.frames");
    /** FX-thread layout time of each pulse (canvas painting commands, node views), in ms. */
    private static final List<Double> LAYOUT_TIMES = new ArrayList<>();
    private static long layoutStart;

    private DesignerFrameBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int steps = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        String yaml = argoYaml(steps);
        System.out.printf(Locale.ROOT, "pipeline: %d steps, Argo YAML %.1f MB, no layout stored%n", steps,
                yaml.length() / 1e6);

        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        AtomicReference<Designer> designerRef = new AtomicReference<>();
        AtomicReference<Scene> sceneRef = new AtomicReference<>();
        onFx(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            Pipeline empty = new Pipeline();
            empty.name = "empty";
            Designer d = new Designer(empty, PipelineChecker.VALIDATOR);
            Scene scene = new Scene(new BorderPane(d.canvas()), 1600, 1000);
            scene.getStylesheets().add(Designer.STYLESHEET);
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            designerRef.set(d);
            sceneRef.set(scene);
            scene.addPreLayoutPulseListener(() -> layoutStart = System.nanoTime());
            scene.addPostLayoutPulseListener(() -> LAYOUT_TIMES.add((System.nanoTime() - layoutStart) / 1e6));
        });
        Designer designer = designerRef.get();
        GraphCanvas canvas = designer.canvas();
        nextFrame();
        // the floor: the same window and panning with an empty graph (software rendering of the scene)
        report("baseline: pan, empty graph", run(canvas, Phase.PAN_DETAIL));

        long t0 = System.nanoTime();
        LoadResult parsed = PipelineFiles.parse(yaml, "generated.yaml");
        Pipeline p = parsed.documents().get(0).pipeline();
        long tParsed = System.nanoTime();
        designer.layout().fillMissing(p);
        long tLaidOut = System.nanoTime();
        // as the app's File ▸ Open does: the canvas's lookups are made on the thread that read the file
        PreparedGraph drawing = PreparedGraph.of(p);
        long tPrepared = System.nanoTime();
        long[] problemsShown = {0};
        onFx(() -> {
            designer.problems().all().addListener((javafx.collections.ListChangeListener<Object>) c -> {
                if (problemsShown[0] == 0) {
                    problemsShown[0] = System.nanoTime();
                }
            });
            designer.document().load(p, null);
            canvas.adopt(drawing);
            canvas.fit();
        });
        nextFrame();
        nextFrame();
        long tFirstFrame = System.nanoTime();
        System.out.printf(Locale.ROOT,
                "open: parse %.0f ms, ELK layout %.0f ms, canvas lookups %.0f ms, load+first frame %.0f ms, total %.0f ms%n",
                ms(tParsed - t0), ms(tLaidOut - tParsed), ms(tPrepared - tLaidOut), ms(tFirstFrame - tPrepared),
                ms(tFirstFrame - t0));
        onFx(() -> System.out.printf(Locale.ROOT, "graph bounds %s, scale after fit %.3f, view %.0fx%.0f%n",
                canvas.worldBounds(), canvas.viewport().scale(), canvas.getWidth(), canvas.getHeight()));
        System.out.printf(Locale.ROOT, "heap after open: %.0f MB used after GC%n", usedAfterGc());
        // the validator runs on a worker after the load; until it is done it shares the CPU with the frames
        System.out.printf(Locale.ROOT, "problems shown %s%n", problemsShown[0] == 0 ? "not yet (still checking)"
                : String.format(Locale.ROOT, "%.0f ms after the first frame", ms(problemsShown[0] - tFirstFrame)));

        List<Double> overview = run(canvas, Phase.PAN_OVERVIEW);
        List<Double> zoomIn = run(canvas, Phase.ZOOM_IN);
        List<Double> detail = run(canvas, Phase.PAN_DETAIL);
        List<Double> zoomOut = run(canvas, Phase.ZOOM_OUT);
        List<Double> all = new ArrayList<>();
        List.of(overview, zoomIn, detail, zoomOut).forEach(all::addAll);
        report("pan, whole graph in view (boxes)", overview);
        report("zoom in to 100%", zoomIn);
        report("pan at 100% (node views)", detail);
        report("zoom out to whole graph", zoomOut);
        report("all frames", all);
        System.out.printf(Locale.ROOT, "heap: %.0f MB used after GC, peak %.0f MB; live node views at the end: %d%n",
                usedAfterGc(), peakHeap(), CanvasStats.of(canvas).liveViews());
        Platform.exit();
    }

    /**
     * The generated pipeline as Argo YAML without positions; the generated model is dropped here, as
     * an opened file has only its text (heap figures would otherwise count a second model).
     */
    private static String argoYaml(int steps) {
        Pipeline generated = PipelineGenerator.generate(steps, 42);
        generated.layout.clear();
        return PipelineFiles.toArgoYaml(generated, ArgoKind.WORKFLOW);
    }

    private enum Phase { PAN_OVERVIEW, ZOOM_IN, PAN_DETAIL, ZOOM_OUT }

    /** Runs one scripted phase, one viewport change per pulse; returns the pulse intervals in ms. */
    private static List<Double> run(GraphCanvas canvas, Phase phase) throws Exception {
        List<Double> intervals = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        onFx(() -> {
            LAYOUT_TIMES.clear();
            if (phase == Phase.PAN_OVERVIEW) {
                canvas.fit();
            }
            new AnimationTimer() {
                long last;
                int frame;
                final double startScale = canvas.viewport().scale();

                @Override
                public void handle(long now) {
                    if (last != 0) {
                        intervals.add((now - last) / 1e6);
                        if (FRAME_LOG) {
                            // the interval ending now is the frame whose viewport change was made last time
                            System.out.printf(Locale.ROOT, "    frame %s %3d: %6.1f ms, layout %5.1f ms, scale %.3f, views %d, repaints %d%n",
                                    phase, frame, (now - last) / 1e6,
                                    LAYOUT_TIMES.isEmpty() ? 0 : LAYOUT_TIMES.get(LAYOUT_TIMES.size() - 1),
                                    canvas.viewport().scale(), CanvasStats.of(canvas).liveViews(), CanvasStats.of(canvas).graphPaints());
                        }
                    }
                    last = now;
                    var vp = canvas.viewport();
                    double w = canvas.getWidth();
                    double h = canvas.getHeight();
                    switch (phase) {
                        case PAN_OVERVIEW, PAN_DETAIL -> vp.panBy(frame % 100 < 50 ? -12 : 12, frame % 60 < 30 ? -7 : 7);
                        case ZOOM_IN -> vp.zoomAt(startScale * Math.pow(1.0 / startScale,
                                (frame + 1.0) / FRAMES_PER_PHASE), w / 2, h / 2);
                        case ZOOM_OUT -> vp.zoomAt(1.0 / Math.pow(1.03, frame + 1), w / 2, h / 2);
                    }
                    if (++frame > FRAMES_PER_PHASE) {
                        stop();
                        done.countDown();
                    }
                }
            }.start();
        });
        if (!done.await(5, TimeUnit.MINUTES)) {
            throw new IllegalStateException("phase " + phase + " did not finish");
        }
        List<Double> layout = new ArrayList<>();
        System.out.printf(Locale.ROOT, "  (%s: graph repainted %d times, sharp picture from the worker %d times, laid out %d times; totals so far)%n",
                phase, CanvasStats.of(canvas).graphPaints(), CanvasStats.of(canvas).sharpPaints(), CanvasStats.of(canvas).layouts());
        onFx(() -> layout.addAll(LAYOUT_TIMES));
        Collections.sort(layout);
        System.out.printf(Locale.ROOT, "  (%s: FX-thread layout+paint per pulse p50 %.1f ms, p95 %.1f ms)%n", phase,
                percentile(layout, 50), percentile(layout, 95));
        return intervals;
    }

    private static void report(String label, List<Double> frames) {
        List<Double> sorted = new ArrayList<>(frames);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "%-36s frames %4d  p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms%n", label,
                sorted.size(), percentile(sorted, 50), percentile(sorted, 95), sorted.get(sorted.size() - 1));
    }
}
