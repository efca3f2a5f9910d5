package dev.orrery.app.monitor;

import dev.orrery.core.model.Pipeline;
import dev.orrery.designer.canvas.GraphCanvas;
import dev.orrery.designer.doc.DesignDocument;
import dev.orrery.designer.doc.Problems;
import dev.orrery.runtime.RunRef;
import dev.orrery.runtime.RunState;
import dev.orrery.runtime.Runtime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/**
 * The selected run's graph, drawn by the designer's canvas in read-only mode with each step's phase
 * as its border colour and icon. The run's pipeline is fetched once per run off the FX thread;
 * phases are repainted from each new snapshot.
 */
final class RunGraph extends StackPane {
    private final MonitorThreads threads;
    private final DesignDocument doc = new DesignDocument(emptyPipeline());
    private final GraphCanvas canvas;
    private final Label placeholder = new Label("Select a run to see its graph");
    private final ReadOnlyStringWrapper selectedStep = new ReadOnlyStringWrapper(this, "selectedStep");
    private RunRef shown;
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
    }

    private void followSelection() {
        var steps = doc.selection().steps();
        selectedStep.set(steps.size() == 1 ? steps.iterator().next() : null);
    }

    /** Shows a run's snapshot: loads its graph when the run changed, then paints the phases. */
    void show(Runtime runtime, RunState run) {
        if (run == null) {
            shown = null;
            canvas.overlaysProperty().set(Map.of());
            doc.load(emptyPipeline(), null);
            placeholder.setText("Select a run to see its graph");
            placeholder.setVisible(true);
            return;
        }
        if (!run.ref().equals(shown)) {
            shown = run.ref();
            RunRef ref = run.ref();
            canvas.overlaysProperty().set(Map.of());
            placeholder.setText("Loading the graph of " + run.name() + "…");
            placeholder.setVisible(true);
            threads.call(() -> runtime.pipelineOf(ref), p -> loaded(ref, p), e -> loaded(ref, Optional.empty()));
        }
        canvas.overlaysProperty().set(StepPhases.overlays(run));
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
