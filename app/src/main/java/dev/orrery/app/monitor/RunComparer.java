package dev.orrery.app.monitor;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.app.compare.ComparisonView;
import dev.orrery.app.compare.ComparisonWindow;
import dev.orrery.app.compare.PipelineVersions;
import dev.orrery.core.model.Pipeline;
import dev.orrery.runtime.RunMetrics;
import dev.orrery.runtime.RunRef;
import dev.orrery.runtime.RunState;
import dev.orrery.runtime.Runtime;
import dev.orrery.runtime.compare.ComparedRun;
import dev.orrery.runtime.compare.ComparedRuns;
import dev.orrery.runtime.compare.RunComparison;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.stage.Window;

/**
 * Opens comparisons from the monitor: runs chosen in the runs table (any source), or a sweep's children.
 * The window opens at once with what the monitor knows (phases, durations, parameters); each run's
 * metrics are then read through its own runtime off the FX thread, a few runs at a time, and the
 * pipelines they ran are compared ({@link PipelineVersions}).
 */
final class RunComparer {
    /** Runs whose metrics are read at the same time (each read may fetch files from a cluster's store). */
    static final int PARALLEL_READS = 8;

    private final MonitorThreads threads;
    private final Function<RunRef, Optional<Runtime>> runtimes;
    private final Supplier<Window> owner;
    private ComparisonWindow last;

    RunComparer(MonitorThreads threads, Function<RunRef, Optional<Runtime>> runtimes, Supplier<Window> owner) {
        this.threads = threads;
        this.runtimes = runtimes;
        this.owner = owner;
    }

    /** The window opened last (tools and tests), or null. */
    ComparisonWindow last() {
        return last;
    }

    /** Compares whole runs (two or more, FX thread). */
    ComparisonWindow compare(List<RunState> runs) {
        Instant now = Instant.now();
        ComparisonWindow w = open("Compare runs — " + runs.size() + " runs");
        ComparisonView view = w.view();
        view.show(RunComparison.of(runs.stream().map(r -> ComparedRuns.ofRun(r, null, now)).toList()));
        view.setStatus("Reading the metrics of " + runs.size() + " runs…");
        view.showPipelineReading();
        threads.call(() -> readAll(runs, now), read -> {
            if (w.isShowing()) {
                view.show(RunComparison.of(read.rows()));
                view.setStatus(problems(read.problems()));
            }
        }, e -> view.setStatus(UserMessages.of("Reading the runs' metrics", e)));
        threads.call(() -> versions(runs), versions -> {
            if (w.isShowing()) {
                view.showPipelineVersions(versions);
            }
        }, e -> view.showPipelineNote(UserMessages.of("Reading the runs' pipelines", e)));
        return w;
    }

    /** Compares a sweep's (any fan-out step's) children: one row each, its item's values as parameters. */
    ComparisonWindow compareChildren(Runtime runtime, RunState run, String step, JsonNode items) {
        Instant now = Instant.now();
        List<ComparedRun> rows = ComparedRuns.sweepChildren(run, step, items, null, now);
        ComparisonWindow w = open("Compare " + rows.size() + " runs of " + step + " — " + run.name());
        ComparisonView view = w.view();
        view.show(RunComparison.of(rows));
        view.setStatus("Reading the metrics of " + run.name() + "…");
        view.showPipelineNote("The children of " + step + " all ran the pipeline of run " + run.name()
                + ": only their item's values differ");
        RunRef ref = run.ref();
        threads.call(() -> runtime.metrics(ref), metrics -> {
            if (w.isShowing()) {
                view.show(RunComparison.of(ComparedRuns.sweepChildren(run, step, items, metrics, now)));
                view.setStatus(problems(metrics.problems()));
            }
        }, e -> view.setStatus(UserMessages.of("Reading the sweep's metrics", e)));
        return w;
    }

    private ComparisonWindow open(String title) {
        last = ComparisonWindow.open(owner.get(), title, threads.executor());
        return last;
    }

    private record Read(List<ComparedRun> rows, List<String> problems) {
    }

    /** Each run's metrics through its runtime, {@link #PARALLEL_READS} at a time; rows in the runs' order. */
    private Read readAll(List<RunState> runs, Instant now) {
        ComparedRun[] rows = new ComparedRun[runs.size()];
        List<String> problems = java.util.Collections.synchronizedList(new ArrayList<>());
        int parts = Math.min(PARALLEL_READS, runs.size());
        List<CompletableFuture<Void>> work = new ArrayList<>();
        for (int p = 0; p < parts; p++) {
            int part = p;
            work.add(CompletableFuture.runAsync(() -> {
                for (int i = part; i < runs.size(); i += parts) {
                    RunState run = runs.get(i);
                    RunMetrics metrics = null;
                    try {
                        Runtime rt = runtimes.apply(run.ref()).orElse(null);
                        if (rt == null) {
                            problems.add(run.name() + ": its source is no longer connected");
                        } else {
                            metrics = rt.metrics(run.ref());
                            metrics.problems().forEach(m -> problems.add(run.name() + ": " + m));
                        }
                    } catch (RuntimeException e) {
                        problems.add(UserMessages.of("Reading the metrics of " + run.name(), e));
                    }
                    rows[i] = ComparedRuns.ofRun(run, metrics, now);
                }
            }, threads.executor()));
        }
        CompletableFuture.allOf(work.toArray(CompletableFuture[]::new)).join();
        return new Read(List.of(rows), List.copyOf(problems));
    }

    private PipelineVersions versions(List<RunState> runs) {
        List<PipelineVersions.RunPipeline> pipelines = new ArrayList<>();
        for (RunState run : runs) {
            Pipeline p = null;
            try {
                p = runtimes.apply(run.ref()).flatMap(rt -> rt.pipelineOf(run.ref())).orElse(null);
            } catch (RuntimeException e) {
                // an unknown pipeline is listed as such
            }
            pipelines.add(new PipelineVersions.RunPipeline(run.name(), p));
        }
        return PipelineVersions.of(pipelines);
    }

    private static String problems(List<String> problems) {
        if (problems.isEmpty()) {
            return "";
        }
        return "Some metrics could not be read: " + problems.get(0)
                + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : "");
    }
}
