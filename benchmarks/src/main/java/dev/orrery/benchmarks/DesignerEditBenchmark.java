package dev.orrery.benchmarks;

import static dev.orrery.benchmarks.FxBench.ms;
import static dev.orrery.benchmarks.FxBench.nextFrame;
import static dev.orrery.benchmarks.FxBench.onFx;

import atlantafx.base.theme.PrimerLight;
import dev.orrery.core.io.PipelineFiles;
import dev.orrery.core.model.ArgoKind;
import dev.orrery.core.model.Pipeline;
import dev.orrery.designer.Designer;
import dev.orrery.designer.canvas.ConnectSteps;
import dev.orrery.designer.canvas.GraphCanvas;
import dev.orrery.designer.doc.DesignDocument;
import dev.orrery.designer.doc.PipelineChecker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import jdk.jfr.consumer.RecordingStream;

/**
 * Issue 18 item 2: edit latency in the real designer kit (canvas, palette, property sheet, Problems;
 * the YAML view too with {@code -Dbench.yamlTab=true}) holding a generated pipeline of {@code steps}
 * steps, headless (Monocle, software rendering, pulses at full speed). Drives {@code rounds} times
 * each, as a user does:
 * <ul>
 * <li>property edit: a step's image typed into the property sheet's Image field, Enter;</li>
 * <li>drop: a mouse release from a palette item over the canvas (the palette's own drop path);</li>
 * <li>connect: {@link ConnectSteps#connect} executed on the document (the job a port drag makes);</li>
 * <li>undo: Ctrl+Z on the canvas (undoes the connections, last first).</li>
 * </ul>
 * For each: the FX-thread time of the input event (the job and every revision listener), the layout
 * pass of the next pulse, and edit → pixels: from the input event to the start of the pulse after
 * the first layout pass that follows it (that pulse's frame has been rendered by then, see
 * {@link FxBench#nextFrame()}). Before each edit the benchmark waits for Problems to have checked the
 * previous revision, as a user's edits come seconds apart. Calls of {@code Pipeline.copy()} are
 * counted and timed with JFR method tracing (JDK 25). See docs/benchmarks.md.
 */
public final class DesignerEditBenchmark {
    private static final String COPY = "dev.orrery.core.model.Pipeline::copy";
    private static final String FX_THREAD = "JavaFX Application Thread";
    private static long layoutStart;
    /** The edit being measured (FX thread only). */
    private static Measurement pending;

    private DesignerEditBenchmark() {
    }

    /** One edit's figures, in ms. */
    private static final class Measurement {
        final long t0;
        double editMs;
        double layoutMs = -1;
        final CompletableFuture<Double> pixels = new CompletableFuture<>();

        Measurement(long t0) {
            this.t0 = t0;
        }
    }

    public static void main(String[] args) throws Exception {
        int steps = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 10_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        boolean yamlTab = Boolean.getBoolean("bench.yamlTab");
        Pipeline generated = PipelineGenerator.generate(steps, 42);
        generated.layout.clear();
        String yaml = PipelineFiles.toArgoYaml(generated, ArgoKind.WORKFLOW);
        Pipeline p = PipelineFiles.parse(yaml, "generated.yaml").documents().get(0).pipeline();

        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        CompletableFuture<Designer> designerRef = new CompletableFuture<>();
        CompletableFuture<Scene> sceneRef = new CompletableFuture<>();
        onFx(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            Pipeline empty = new Pipeline();
            empty.name = "empty";
            Designer d = new Designer(empty, PipelineChecker.VALIDATOR);
            BorderPane root = new BorderPane(d.canvas());
            root.setLeft(d.palette());
            d.properties().setPrefWidth(400);
            root.setRight(d.properties());
            BorderPane bottom = new BorderPane(yamlTab ? d.yaml() : d.problemsView());
            bottom.setPrefHeight(yamlTab ? 300 : 160);
            root.setBottom(bottom);
            d.yaml().activeProperty().set(yamlTab);
            Scene scene = new Scene(root, 1600, 1000);
            scene.getStylesheets().add(Designer.STYLESHEET);
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            scene.addPreLayoutPulseListener(() -> layoutStart = System.nanoTime());
            scene.addPostLayoutPulseListener(DesignerEditBenchmark::afterLayout);
            designerRef.complete(d);
            sceneRef.complete(scene);
        });
        Designer designer = designerRef.get();
        Scene scene = sceneRef.get();
        DesignDocument doc = designer.document();
        GraphCanvas canvas = designer.canvas();
        designer.layout().fillMissing(p);
        onFx(() -> {
            doc.load(p, null);
            canvas.fit();
        });
        settle(designer);
        System.out.printf(Locale.ROOT, "pipeline: %d steps, %d rounds per action, YAML view %s; load average %s%n",
                steps, rounds, yamlTab ? "shown" : "hidden (Problems shown)", loadAverage());

        List<String> names = new ArrayList<>();
        onFx(() -> doc.graph().steps.forEach(s -> names.add(s.name)));
        int n = names.size();

        // property edit: select a step (not timed), type an image into the field, Enter (timed)
        Phase edits = new Phase("property edit (image, Enter)");
        for (int i = 0; i < rounds; i++) {
            String step = names.get((i * 331) % n);
            onFx(() -> doc.selection().select(step));
            settle(designer);
            TextField image = (TextField) lookup(scene, "#prop-image");
            String value = "registry.example.com/bench/image:" + i;
            onFx(() -> {
                image.requestFocus();
                image.setText(value);
            });
            nextFrame();
            edits.add(measure(() -> Event.fireEvent(image, key(image, KeyCode.ENTER, false))));
            check(() -> doc.pipeline().template(step).orElseThrow().container.image.equals(value), "image not set on " + step);
            settle(designer);
        }
        edits.end();
        onFx(() -> doc.selection().clear());
        settle(designer);

        // drop: a mouse release from a palette item over the canvas
        Node item = lookup(scene, ".palette-item");
        Phase drops = new Phase("drop from the palette");
        for (int i = 0; i < rounds; i++) {
            int before = stepCount(doc);
            double[] at = new double[2];
            onFx(() -> {
                Bounds b = canvas.localToScene(canvas.getBoundsInLocal());
                at[0] = b.getMinX() + b.getWidth() / 2;
                at[1] = b.getMinY() + b.getHeight() / 2;
            });
            drops.add(measure(() -> Event.fireEvent(item, release(at[0], at[1]))));
            check(() -> doc.graph().steps.size() == before + 1, "the drop added no step");
            settle(designer);
        }
        drops.end();

        // connect: first-quarter step -> last-quarter step (the generator wires layer to layer, so no cycle)
        Phase connects = new Phase("connect two steps");
        for (int i = 0; i < rounds; i++) {
            String from = names.get((i * 97) % (n / 4));
            String to = names.get(n - 1 - (i * 89) % (n / 4));
            connects.add(measure(() -> doc.execute(ConnectSteps.connect(doc, from, to))));
            check(() -> doc.step(to).orElseThrow().dependsOn.contains(from), "not connected: " + from + " -> " + to);
            settle(designer);
        }
        connects.end();

        // undo: Ctrl+Z on the canvas, undoing the connections
        Phase undos = new Phase("undo (Ctrl+Z)");
        onFx(canvas::requestFocus);
        for (int i = 0; i < rounds; i++) {
            int depth = undoDepth(doc);
            undos.add(measure(() -> Event.fireEvent(canvas, key(canvas, KeyCode.Z, true))));
            check(() -> doc.jobs().undoDepth() == depth - 1, "undo did nothing");
            settle(designer);
        }
        undos.end();

        System.out.printf(Locale.ROOT, "%-30s %-24s %-24s %-24s %s%n", "action (" + rounds + " each)",
                "edit -> pixels p50/p95/max", "FX event p50/p95/max", "next layout p50/p95", "Pipeline.copy() per edit");
        for (Phase ph : List.of(edits, drops, connects, undos)) {
            ph.report(rounds);
        }
        System.out.printf(Locale.ROOT, "load average at the end: %s%n", loadAverage());
        designer.shutdown();
        Platform.exit();
        System.exit(0);
    }

    /** Post-layout pulse listener: completes the pending edit's frame at the start of the next pulse. */
    private static void afterLayout() {
        Measurement m = pending;
        if (m == null || m.layoutMs >= 0) {
            return;
        }
        m.layoutMs = ms(System.nanoTime() - layoutStart);
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                m.pixels.complete(ms(System.nanoTime() - m.t0));
            }
        }.start();
    }

    /** Runs an input on the FX thread and waits until its first frame is on screen. */
    private static Measurement measure(Runnable input) throws Exception {
        CompletableFuture<Measurement> started = new CompletableFuture<>();
        Platform.runLater(() -> {
            Measurement m = new Measurement(System.nanoTime());
            pending = m;
            try {
                input.run();
                m.editMs = ms(System.nanoTime() - m.t0);
                started.complete(m);
            } catch (Throwable e) {
                started.completeExceptionally(e);
            }
        });
        Measurement m = started.get(2, TimeUnit.MINUTES);
        m.pixels.get(2, TimeUnit.MINUTES);
        onFx(() -> pending = null);
        return m;
    }

    /** Waits until Problems has checked the current revision and a few frames have passed. */
    private static void settle(Designer d) throws Exception {
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (true) {
            CompletableFuture<Boolean> done = new CompletableFuture<>();
            Platform.runLater(() -> done.complete(d.problems().checkedRevision() == d.document().revision()));
            if (done.get(2, TimeUnit.MINUTES)) {
                break;
            }
            if (System.nanoTime() > end) {
                throw new IllegalStateException("Problems did not catch up in 2 minutes");
            }
            nextFrame();
        }
        for (int i = 0; i < 3; i++) {
            nextFrame();
        }
    }

    private static void check(BooleanSupplier c, String failure) throws Exception {
        CompletableFuture<Boolean> f = new CompletableFuture<>();
        Platform.runLater(() -> f.complete(c.getAsBoolean()));
        if (!f.get(2, TimeUnit.MINUTES)) {
            throw new IllegalStateException(failure);
        }
    }

    private static Node lookup(Scene scene, String selector) throws Exception {
        CompletableFuture<Node> f = new CompletableFuture<>();
        Platform.runLater(() -> f.complete(scene.getRoot().lookup(selector)));
        Node node = f.get(2, TimeUnit.MINUTES);
        if (node == null) {
            throw new IllegalStateException("nothing matches " + selector);
        }
        return node;
    }

    private static int stepCount(DesignDocument doc) throws Exception {
        CompletableFuture<Integer> f = new CompletableFuture<>();
        Platform.runLater(() -> f.complete(doc.graph().steps.size()));
        return f.get(2, TimeUnit.MINUTES);
    }

    private static int undoDepth(DesignDocument doc) throws Exception {
        CompletableFuture<Integer> f = new CompletableFuture<>();
        Platform.runLater(() -> f.complete(doc.jobs().undoDepth()));
        return f.get(2, TimeUnit.MINUTES);
    }

    private static KeyEvent key(Node target, KeyCode code, boolean shortcut) {
        return new KeyEvent(null, target, KeyEvent.KEY_PRESSED, "", "", code, false, shortcut, false, false);
    }

    private static MouseEvent release(double sceneX, double sceneY) {
        return new MouseEvent(MouseEvent.MOUSE_RELEASED, sceneX, sceneY, sceneX, sceneY, MouseButton.PRIMARY, 1,
                false, false, false, false, false, false, false, false, false, true, null);
    }

    private static String loadAverage() {
        return String.format(Locale.ROOT, "%.2f", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage());
    }

    /** One action's measurements and the Pipeline.copy() calls JFR saw while they ran. */
    private static final class Phase {
        private final String label;
        private final LatencySummary pixels = new LatencySummary();
        private final LatencySummary event = new LatencySummary();
        private final LatencySummary layout = new LatencySummary();
        private final AtomicLong fxCopies = new AtomicLong();
        private final AtomicLong fxCopyNanos = new AtomicLong();
        private final AtomicLong otherCopies = new AtomicLong();
        private final RecordingStream copies = new RecordingStream();

        Phase(String label) {
            this.label = label;
            copies.enable("jdk.MethodTrace").with("filter", COPY).withThreshold(Duration.ZERO);
            copies.onEvent("jdk.MethodTrace", e -> {
                if (e.getThread() != null && FX_THREAD.equals(e.getThread().getJavaName())) {
                    fxCopies.incrementAndGet();
                    fxCopyNanos.addAndGet(e.getDuration().toNanos());
                } else {
                    otherCopies.incrementAndGet();
                }
            });
            copies.startAsync();
        }

        void add(Measurement m) {
            pixels.add(m.pixels.join());
            event.add(m.editMs);
            layout.add(m.layoutMs);
        }

        /** Stops counting copies (delivering what JFR recorded so far). */
        void end() {
            copies.stop();
            copies.close();
        }

        void report(int rounds) {
            System.out.printf(Locale.ROOT, "%-30s %-24s %-24s %-24s %.1f on FX (%.1f ms each), %.1f elsewhere%n", label,
                    pixels.triple(), event.triple(), layout.pair(), fxCopies.get() / (double) rounds,
                    fxCopies.get() == 0 ? 0 : ms(fxCopyNanos.get()) / fxCopies.get(), otherCopies.get() / (double) rounds);
        }
    }
}
