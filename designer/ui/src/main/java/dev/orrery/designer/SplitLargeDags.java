package dev.orrery.designer;

import dev.orrery.core.model.Pipeline;
import dev.orrery.core.split.DagSplit;
import dev.orrery.designer.doc.DesignDocument;
import dev.orrery.designer.job.ReplacePipelineJob;
import dev.orrery.designer.layout.LayoutService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.application.Platform;

/**
 * The designer's "Split Large DAGs" command: every DAG template of more than 200 tasks (Argo v4's limit)
 * becomes nested DAG templates of at most 200 tasks ({@link DagSplit}, the same transform as
 * {@code orrery export --split-dags}), applied as one undo step. The split and the layout of the new
 * tasks run on the designer's executor; the job runs on the FX thread. An edit made meanwhile wins: the
 * split is dropped and the message says so.
 */
public final class SplitLargeDags {
    /** The undo description. */
    public static final String DESCRIPTION = "Split Large DAGs";

    private final DesignDocument doc;
    private final LayoutService layout;
    private final Executor executor;

    public SplitLargeDags(DesignDocument doc, LayoutService layout, Executor executor) {
        this.doc = doc;
        this.layout = layout;
        this.executor = executor;
    }

    /** Call on the FX thread; completes on the FX thread with a sentence for the status bar. */
    public CompletableFuture<String> run() {
        int revision = doc.revision();
        Pipeline snapshot = doc.pipeline().copy();
        CompletableFuture<String> done = new CompletableFuture<>();
        CompletableFuture.supplyAsync(() -> {
            DagSplit.Result r = DagSplit.splitAll(snapshot);
            if (r.changed()) {
                layout.fillMissing(r.pipeline());
            }
            return r;
        }, executor).whenComplete((r, error) -> Platform.runLater(() -> {
            if (error != null) {
                done.complete("Could not split: " + error.getCause());
            } else if (doc.revision() != revision) {
                done.complete("The pipeline changed while it was being split; nothing was split, try again");
            } else {
                if (r.changed()) {
                    doc.execute(new ReplacePipelineJob(doc, r.pipeline(), DESCRIPTION));
                }
                done.complete(message(r));
            }
        }));
        return done;
    }

    static String message(DagSplit.Result r) {
        if (!r.changed() && r.refused().isEmpty()) {
            return "No DAG has more than " + DagSplit.MAX_TASKS + " tasks: nothing to split";
        }
        List<String> parts = new ArrayList<>();
        r.split().forEach(s -> parts.add("Split " + s));
        r.refused().forEach(s -> parts.add(Character.toUpperCase(s.charAt(0)) + s.substring(1)));
        return String.join("; ", parts);
    }
}
