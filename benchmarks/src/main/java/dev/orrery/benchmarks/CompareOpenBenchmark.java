package dev.orrery.benchmarks;

import static dev.orrery.benchmarks.FxBench.ms;
import static dev.orrery.benchmarks.FxBench.nextFrame;
import static dev.orrery.benchmarks.FxBench.onFx;

import atlantafx.base.theme.PrimerLight;
import dev.orrery.core.model.Pipeline;
import dev.orrery.designer.Designer;
import dev.orrery.designer.compare.Comparison;
import dev.orrery.designer.compare.ComparisonView;
import dev.orrery.designer.doc.PipelineChecker;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * Opening a comparison in the designer's real window: two versions of a generated pipeline (5,000 steps by
 * default) that differ in 50 steps ({@link DiffBenchmark#edited}), the newer one open on the canvas. Each
 * run times the action ({@code CompareMode.open}: diff and pictures on the designer's thread, then the view
 * made on the FX thread) up to the first frame that shows the comparison rendered, then leaves it; also the
 * toggle key's work (the next version in place, up to its frame); and the same open starting from the other
 * version's native YAML text (parsed on the designer's thread, as the app does after reading the revision
 * through JGit). Target: the comparison opens within 2 s.
 * Run: {@code benchmarks/compare-open.sh [steps] [runs]}; figures in docs/benchmarks.md.
 */
public final class CompareOpenBenchmark {
    private CompareOpenBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int steps = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        Pipeline before = PipelineGenerator.generate(steps, 42);
        Pipeline after = DiffBenchmark.edited(before, steps);
        System.out.printf(Locale.ROOT, "pipelines: %d steps, the newer open, 50 steps differ%n", steps);

        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        AtomicReference<Designer> designerRef = new AtomicReference<>();
        onFx(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            Designer d = new Designer(after, PipelineChecker.VALIDATOR);
            BorderPane root = new BorderPane(d.canvas());
            // the host's part, as the app's window does: the comparison in place of the canvas
            d.compare().viewProperty().addListener((o, was, now) -> root.setCenter(now != null ? now : d.canvas()));
            Scene scene = new Scene(root, 1600, 1000);
            scene.getStylesheets().add(Designer.STYLESHEET);
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            d.canvas().fit();
            designerRef.set(d);
        });
        Designer designer = designerRef.get();
        nextFrame();
        nextFrame();

        // the off-thread part alone, for the breakdown
        List<Double> prepare = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Pipeline other = before.copy();
            long t0 = System.nanoTime();
            Comparison.of(other, after, "HEAD~1");
            prepare.add(ms(System.nanoTime() - t0));
        }

        // the other version as a file's text: what "Compare With…" reads from Git before it parses
        String otherText = dev.orrery.core.io.PipelineFiles.toNativeYaml(before);
        List<Double> fromText = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            ComparisonView view = CompletableFuture.supplyAsync(() -> dev.orrery.core.io.PipelineFiles
                    .parse(otherText, "HEAD~1").documents().get(0).pipeline(), designer.executor())
                    .thenCompose(other -> {
                        CompletableFuture<ComparisonView> f = new CompletableFuture<>();
                        Platform.runLater(() -> designer.compare().open(other, "HEAD~1").whenComplete((v, e) -> {
                            if (e != null) {
                                f.completeExceptionally(e);
                            } else {
                                f.complete(v);
                            }
                        }));
                        return f;
                    }).get(2, TimeUnit.MINUTES);
            nextFrame();
            nextFrame();
            fromText.add(ms(System.nanoTime() - t0));
            if (view == null) {
                throw new IllegalStateException("no comparison");
            }
            onFx(() -> designer.compare().leave());
            nextFrame();
            nextFrame();
        }

        List<Double> open = new ArrayList<>();
        List<Double> toggle = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Pipeline other = before.copy();
            AtomicReference<CompletableFuture<ComparisonView>> future = new AtomicReference<>();
            long t0 = System.nanoTime();
            onFx(() -> future.set(designer.compare().open(other, "HEAD~1")));
            ComparisonView view = future.get().get(2, TimeUnit.MINUTES);
            nextFrame(); // the pulse that lays out and renders the comparison has started
            nextFrame(); // … and is done
            open.add(ms(System.nanoTime() - t0));

            long t1 = System.nanoTime();
            onFx(view::toggle);
            nextFrame();
            nextFrame();
            toggle.add(ms(System.nanoTime() - t1));
            onFx(() -> designer.compare().leave());
            nextFrame();
            nextFrame();
        }
        report("prepare (diff, union, pictures; off the FX thread)", prepare);
        report("open: action to comparison drawn", open);
        report("toggle (V): next version drawn", toggle);
        report("from the file's text: parse + open + drawn", fromText);
        Platform.exit();
    }

    private static void report(String label, List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "%-52s runs %d  median %7.0f ms  min %7.0f ms  max %7.0f ms  all %s%n", label,
                sorted.size(), FxBench.percentile(sorted, 50), sorted.get(0), sorted.get(sorted.size() - 1),
                values.stream().map(v -> String.format(Locale.ROOT, "%.0f", v)).toList());
    }
}
