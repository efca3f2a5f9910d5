package dev.orrery.app.monitor;

import dev.orrery.core.model.Pipeline;
import dev.orrery.core.refs.Bindings;
import dev.orrery.designer.canvas.Dependency;
import dev.orrery.designer.canvas.GraphCanvas;
import dev.orrery.designer.doc.DesignDocument;
import dev.orrery.designer.doc.Problems;
import dev.orrery.runtime.EdgeFlow;
import dev.orrery.runtime.RunRef;
import dev.orrery.runtime.RunState;
import dev.orrery.runtime.Runtime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;

/**
 * The selected run's graph, drawn by the designer's canvas in read-only mode with each step's phase
 * as its border colour and icon. The run's pipeline is fetched once per run off the FX thread;
 * phases are repainted from each new snapshot. An edge can be selected (what flowed on it shows in
 * the monitor's Edge tab); hovering an edge tells the values of the parameters bound over it.
 */
final class RunGraph extends StackPane {
    private final MonitorThreads threads;
    private final DesignDocument doc = new DesignDocument(emptyPipeline());
    private final GraphCanvas canvas;
    private final Label placeholder = new Label("Select a run to see its graph");
    private final ReadOnlyStringWrapper selectedStep = new ReadOnlyStringWrapper(this, "selectedStep");
    private final Tooltip edgeTip = new Tooltip();
    private RunRef shown;
    private RunState run;
    /** What flows on the shown run's edges; null until its graph has loaded. */
    private final javafx.beans.property.ReadOnlyObjectWrapper<Bindings> bindings =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(this, "bindings");
    private Dependency hovered;
    /** The shown run's fan-out steps and how many runs each makes (their progress rings' totals). */
    private Map<String, Integer> loopSizes = Map.of();
    private boolean reloading;

    RunGraph(MonitorThreads threads, Consumer<String> onError) {
        this.threads = threads;
        // a viewer checks nothing: the run's pipeline was checked when it was submitted
        Problems problems = new Problems(doc, p -> List.of(), Runnable::run);
        canvas = new GraphCanvas(doc, problems);
        canvas.setId("run-canvas");
        canvas.editableProperty().set(false);
        placeholder.getStyleClass().add("monitor-placeholder");
        getChildren().addAll(canvas, placeholder);
        doc.selection().steps().addListener((javafx.collections.SetChangeListener<String>) c -> {
            if (!reloading) {
                followSelection();
            }
        });
        edgeTip.setId("run-edge-tip");
        edgeTip.setShowDelay(javafx.util.Duration.millis(300));
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(canvas.sceneToLocal(e.getSceneX(), e.getSceneY())));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover(null));
    }

    /** Installs the edge's tooltip while the pointer is over an edge (not over a step). */
    private void hover(Point2D local) {
        Dependency d = local == null || canvas.stepAt(local) != null ? null : canvas.edgeAt(local);
        if (Objects.equals(d, hovered)) {
            return;
        }
        hovered = d;
        String text = d == null ? null : edgeTipText(d);
        if (text == null) {
            edgeTip.hide();
            Tooltip.uninstall(canvas, edgeTip);
        } else {
            edgeTip.setText(text);
            Tooltip.install(canvas, edgeTip);
        }
    }

    /**
     * What the tooltip of an edge says: each parameter bound over it with its value ({@code lr = 0.1}),
     * each artifact by name, or why it is not there yet; an edge without bindings only orders.
     */
    String edgeTipText(Dependency d) {
        if (run == null || bindings.get() == null) {
            return null;
        }
        EdgeFlow flow = EdgeFlow.of(bindings.get(), run, d.from(), d.to());
        if (flow.onlyOrders()) {
            return d.to() + " runs after " + d.from() + "; nothing flows on this edge";
        }
        return flow.flows().stream().map(f -> f.absence() != null ? f.absence()
                : f.isArtifact() ? artifactTip(f) : f.describeValue()).distinct().collect(Collectors.joining("\n"));
    }

    /** {@code model, 14 B (click the edge to preview it)}; the size when the engine knows it. */
    private static String artifactTip(EdgeFlow.Flow f) {
        long size = f.artifacts().size() == 1 ? f.artifacts().get(0).size() : -1;
        String many = f.artifacts().size() > 1 ? " ×" + f.artifacts().size() : "";
        return f.name() + many + (size >= 0 ? ", " + ArtifactReads.human(size) : "") + " (click the edge to preview it)";
    }

    private void followSelection() {
        var steps = doc.selection().steps();
        selectedStep.set(steps.size() == 1 ? steps.iterator().next() : null);
    }

    /** Shows a run's snapshot: loads its graph when the run changed, then paints the phases. */
    void show(Runtime runtime, RunState run) {
        this.run = run;
        if (run == null) {
            shown = null;
            bindings.set(null);
            canvas.overlaysProperty().set(Map.of());
            doc.load(emptyPipeline(), null);
            placeholder.setText("Select a run to see its graph");
            placeholder.setVisible(true);
            return;
        }
        if (!run.ref().equals(shown)) {
            shown = run.ref();
            loopSizes = Map.of();
            bindings.set(null);
            RunRef ref = run.ref();
            canvas.overlaysProperty().set(Map.of());
            placeholder.setText("Loading the graph of " + run.name() + "…");
            placeholder.setVisible(true);
            threads.call(() -> runtime.pipelineOf(ref), p -> loaded(ref, p), e -> loaded(ref, Optional.empty()));
        }
        canvas.overlaysProperty().set(StepPhases.overlays(run, loopSizes));
    }

    private void loaded(RunRef ref, Optional<Pipeline> pipeline) {
        if (!ref.equals(shown)) {
            return;
        }
        if (pipeline.isEmpty() || pipeline.get().mainGraph().isEmpty()) {
            doc.load(emptyPipeline(), null);
            placeholder.setText("The graph of this run is not available");
            placeholder.setVisible(true);
            return;
        }
        // switching runs keeps the step the user was looking at when the new run has it too
        // (one change of the selected step, not a clear and a select: each would reopen the log)
        String keep = selectedStep.get();
        reloading = true;
        try {
            doc.load(pipeline.get(), null);
            if (keep != null && pipeline.get().mainGraph().get().steps.stream().anyMatch(st -> keep.equals(st.name))) {
                doc.selection().select(keep);
            }
        } finally {
            reloading = false;
        }
        followSelection();
        bindings.set(Bindings.of(pipeline.get().mainGraph().get()));
        loopSizes = LoopSizes.of(pipeline.get());
        if (run != null && run.ref().equals(ref) && !loopSizes.isEmpty()) {
            canvas.overlaysProperty().set(StepPhases.overlays(run, loopSizes));
        }
        placeholder.setVisible(false);
        canvas.applyCss();
        canvas.layout();
        canvas.fit();
    }

    private static Pipeline emptyPipeline() {
        Pipeline p = new Pipeline();
        p.name = "run";
        return p;
    }

    /** The step selected on the canvas (one step), or null. */
    ReadOnlyStringProperty selectedStepProperty() {
        return selectedStep.getReadOnlyProperty();
    }

    /** The edge selected on the graph, or null. */
    ReadOnlyObjectProperty<Dependency> selectedEdgeProperty() {
        return canvas.selectedEdgeProperty();
    }

    /** What flows on the shown run's edges, from the run's graph; null while it loads or when it has none. */
    ReadOnlyObjectProperty<Bindings> bindingsProperty() {
        return bindings.getReadOnlyProperty();
    }

    Tooltip edgeTip() {
        return edgeTip;
    }

    void selectStep(String step) {
        doc.selection().select(step);
    }

    GraphCanvas canvas() {
        return canvas;
    }

    DesignDocument document() {
        return doc;
    }
}
