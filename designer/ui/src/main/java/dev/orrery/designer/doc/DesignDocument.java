package dev.orrery.designer.doc;

import dev.orrery.core.io.InPlaceDocument;
import dev.orrery.core.model.Graph;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Step;
import dev.orrery.designer.job.Job;
import dev.orrery.designer.job.JobManager;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * An open pipeline in the designer: the model, a revision that goes up with every change, the
 * selection, the undo history and the file it belongs to. Views listen to {@link #revisionProperty()}
 * and the selection; all changes go through {@link #execute(Job)}. FX thread only.
 */
public final class DesignDocument {
    private final ReadOnlyObjectWrapper<Pipeline> pipeline = new ReadOnlyObjectWrapper<>(this, "pipeline");
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    private final ObjectProperty<InPlaceDocument> source = new SimpleObjectProperty<>(this, "source");
    private final Selection selection = new Selection();
    private final JobManager jobs = new JobManager(this::bump);
    // modified means "not in the saved state", so undoing back to the save counts as unmodified
    private final BooleanBinding modified = Bindings.not(jobs.atSavedPointProperty());

    public DesignDocument(Pipeline initial) {
        pipeline.set(Objects.requireNonNull(initial, "pipeline"));
    }

    public Pipeline pipeline() {
        return pipeline.get();
    }

    /**
     * A copy of the pipeline as it is at this revision, for the views that read it off the FX thread
     * (problems, YAML text). Made once per revision and shared, so an edit pays for one copy, not one
     * per view. Read-only: whoever needs to change a pipeline copies it themselves.
     */
    public Pipeline snapshot() {
        if (snapshot == null || snapshotRevision != revision() || snapshotOf != pipeline()) {
            snapshot = pipeline().copy();
            snapshotRevision = revision();
            snapshotOf = pipeline();
        }
        return snapshot;
    }

    private Pipeline snapshot;
    private Pipeline snapshotOf;
    private int snapshotRevision;

    public ReadOnlyObjectProperty<Pipeline> pipelineProperty() {
        return pipeline.getReadOnlyProperty();
    }

    /** The graph the canvas shows: the entrypoint's, or null when the entrypoint is not a graph. */
    public Graph graph() {
        return pipeline().mainGraph().orElse(null);
    }

    /**
     * What the canvas shows: the entrypoint's graph plus the steps derived from templates (a
     * non-graph entrypoint, the exit handler; see {@link ShownSteps}). Null when there is nothing.
     */
    public Graph shownGraph() {
        return ShownSteps.of(pipeline()).graph();
    }

    /** The steps shown but derived from templates (entry, exit handler), worked out now. */
    public ShownSteps shownSteps() {
        return ShownSteps.of(pipeline());
    }

    /** Whether a step is derived from a template (entry, exit handler): only its template can be edited. */
    public boolean isDerived(String name) {
        return name != null && !StepPaths.isInner(name) && ShownSteps.of(pipeline()).role(name) != null
                && (graph() == null || graph().step(name).isEmpty());
    }

    /**
     * A step of the shown graph by name (a graph's step, or one derived from a template, see
     * {@link ShownSteps}), or a step inside a sub-pipeline by its path ({@code group/inner}, see
     * {@link StepPaths}).
     */
    public Optional<Step> step(String name) {
        if (name != null && !StepPaths.isInner(name)) {
            Graph g = graph();
            Optional<Step> real = g == null ? Optional.empty() : g.step(name);
            return real.isPresent() ? real : ShownSteps.of(pipeline()).step(name);
        }
        Graph g = graphOf(name);
        return g == null ? Optional.empty() : g.step(StepPaths.leaf(name));
    }

    /**
     * The graph a step (plain name or path) belongs to, or null when the path leads nowhere. For a
     * plain name that is the entrypoint's graph (the live list jobs edit); a path may start at a
     * derived step (an exit handler that runs a graph).
     */
    public Graph graphOf(String name) {
        if (name == null) {
            return null;
        }
        return StepPaths.isInner(name) ? StepPaths.graphOf(pipeline(), shownGraph(), name) : graph();
    }

    /** Runs an edit as one undo step. */
    public boolean execute(Job job) {
        return jobs.execute(job);
    }

    public JobManager jobs() {
        return jobs;
    }

    public Selection selection() {
        return selection;
    }

    /** For jobs that replace the whole model (YAML apply, pipeline settings); not an edit by itself. */
    public void swapPipeline(Pipeline replacement) {
        pipeline.set(Objects.requireNonNull(replacement, "pipeline"));
        selection.steps().removeIf(name -> step(name).isEmpty());
    }

    /** Loads another pipeline as a fresh document state: no history, not modified. */
    public void load(Pipeline replacement, Path from) {
        selection.clear();
        pipeline.set(Objects.requireNonNull(replacement, "pipeline"));
        file.set(from);
        source.set(null);
        jobs.clear();
        bump();
        markSaved();
    }

    public void markSaved() {
        jobs.markSaved();
    }

    public boolean isModified() {
        return modified.get();
    }

    public BooleanBinding modifiedBinding() {
        return modified;
    }

    public int revision() {
        return revision.get();
    }

    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    /**
     * The file's text as last read or saved and the pipeline's tree then, so that a save (or the YAML
     * tab) changes only what was edited; null for a pipeline that has no file text yet. {@link #load}
     * clears it: whoever loads from a file sets it after.
     */
    public ObjectProperty<InPlaceDocument> sourceProperty() {
        return source;
    }

    private void bump() {
        revision.set(revision.get() + 1);
    }
}
