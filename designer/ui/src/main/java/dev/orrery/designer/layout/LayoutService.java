package dev.orrery.designer.layout;

import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Position;
import dev.orrery.designer.canvas.NodeView;
import dev.orrery.designer.doc.DesignDocument;
import dev.orrery.designer.job.MoveStepsJob;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.application.Platform;

/** Runs ELK off the FX thread and applies the result: fills in missing positions, or lays out everything. */
public final class LayoutService {
    private static final double GAP_BELOW = 80;
    private final Executor executor;
    private final AutoLayout elk = new AutoLayout(NodeView.WIDTH, NodeView.HEIGHT);

    public LayoutService(Executor executor) {
        this.executor = executor;
    }

    /**
     * Gives positions to the main-graph steps that have none, keeping those the user set (new ones go
     * below them). For a pipeline nobody shows yet: call on any thread, before loading it.
     */
    public void fillMissing(Pipeline p) {
        var g = p.mainGraph().orElse(null);
        if (g == null || g.steps.stream().allMatch(s -> p.layout.containsKey(s.name))) {
            return;
        }
        Map<String, Position> computed = elk.layout(AutoLayout.Snapshot.of(g));
        double below = p.layout.values().stream().mapToDouble(Position::y).max().orElse(Double.NaN);
        // the new steps' top row goes one gap below the lowest placed step
        double offset = Double.isNaN(below) ? 0 : below + NodeView.HEIGHT + GAP_BELOW - AutoLayout.ORIGIN;
        computed.forEach((name, pos) -> p.layout.putIfAbsent(name, new Position(pos.x(), pos.y() + offset)));
    }

    /** The exit handler runs after everything: lay it out after the steps nothing else waits for. */
    static AutoLayout.Snapshot exitLast(AutoLayout.Snapshot graph, String exit) {
        if (exit == null || !graph.dependsOn().containsKey(exit)) {
            return graph;
        }
        java.util.Set<String> sinks = new java.util.LinkedHashSet<>(graph.names());
        sinks.remove(exit);
        graph.dependsOn().values().forEach(sinks::removeAll);
        Map<String, java.util.List<String>> deps = new LinkedHashMap<>(graph.dependsOn());
        deps.put(exit, java.util.List.copyOf(sinks));
        return new AutoLayout.Snapshot(graph.names(), deps);
    }

    /** Lays out the whole shown graph in the background, then applies it as one undoable move. */
    public CompletableFuture<Boolean> layoutAll(DesignDocument doc) {
        AutoLayout.Snapshot snapshot = exitLast(AutoLayout.Snapshot.of(doc.shownGraph()), doc.shownSteps().exitName());
        int revision = doc.revision();
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        CompletableFuture.supplyAsync(() -> elk.layout(snapshot), executor).whenComplete((to, error) ->
                Platform.runLater(() -> {
                    if (error != null) {
                        done.completeExceptionally(error);
                    } else if (doc.revision() != revision) {
                        done.complete(false);
                    } else {
                        Map<String, Position> from = new LinkedHashMap<>();
                        to.keySet().forEach(n -> from.put(n, doc.pipeline().layout.get(n)));
                        done.complete(doc.execute(new MoveStepsJob(doc, from, to, "Auto layout")));
                    }
                }));
        return done;
    }
}
