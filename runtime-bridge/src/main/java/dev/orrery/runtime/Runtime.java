package dev.orrery.runtime;

import dev.orrery.core.model.Pipeline;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * An engine that runs pipelines: Argo Workflows on a cluster, or this computer. Engine-neutral:
 * callers see {@link RunState} snapshots, never engine types. Every method may block (I/O,
 * network), so none is called on the FX thread. Operations an engine cannot perform throw
 * {@link UnsupportedRunOperationException}; an unknown run throws {@link RunNotFoundException};
 * I/O and refusals throw {@link RuntimeFailure} with a message for the user.
 */
public interface Runtime extends AutoCloseable {

    /** Stable id, used in {@link RunRef#runtimeId()}: e.g. {@code local}, {@code argo:ctx/ns}. */
    String id();

    /** The name people see as a run's source, e.g. {@code This computer}. */
    String displayName();

    /** Starts a run of the pipeline (a snapshot is taken; later edits do not affect it). */
    RunRef submit(Pipeline pipeline, SubmitOptions options);

    /**
     * Starts a run from a pipeline the engine already keeps (Argo: a WorkflowTemplate,
     * ClusterWorkflowTemplate or CronWorkflow in the cluster), with the options' parameter overrides.
     */
    default RunRef submit(StoredPipeline template, SubmitOptions options) {
        throw new UnsupportedRunOperationException("submit from " + template.kind().kind(), id(), null);
    }

    /**
     * The pipeline a run was made from, as the engine keeps it (the local runtime: its copy; Argo: the
     * Workflow's spec, imported), for drawing the run's graph; empty when the engine no longer has it.
     */
    default Optional<Pipeline> pipelineOf(RunRef run) {
        return Optional.empty();
    }

    /** Every run this runtime knows, newest first. */
    List<RunState> list();

    /** The current snapshot of one run. */
    RunState get(RunRef run);

    /**
     * Delivers the current state of every run, then every change, until the subscription is closed.
     * Snapshots of one run arrive in revision order.
     */
    Subscription watch(RunListener listener);

    /**
     * Delivers a node's log lines to the listener (on a runtime thread) and returns at once; with
     * {@code follow}, lines keep coming until the node finishes or the subscription closes.
     */
    Subscription logs(RunRef run, String nodeId, LogOptions options, LogListener listener);

    /** The artifacts of every node of the run that produced some. */
    List<ArtifactRef> artifacts(RunRef run);

    /** Opens an artifact's content (a directory artifact comes as a tar or zip archive, as the engine stores it). */
    InputStream openArtifact(ArtifactRef artifact);

    /**
     * The metrics the run's steps reported (numeric output parameters, {@code mlpipeline-metrics} and
     * {@code metrics} artifacts; see docs/metrics.md), read now through {@link #openArtifact}. Content
     * that cannot be read becomes a problem in the result, never an exception; each file is capped.
     */
    default RunMetrics metrics(RunRef run) {
        return dev.orrery.runtime.metrics.MetricsCollector.collect(get(run), this::openArtifact);
    }

    /** Stops the run: running steps are ended, exit handlers still run (Argo's {@code stop}). */
    void stop(RunRef run);

    /** Ends the run at once, without exit handlers (Argo's {@code terminate}). */
    void terminate(RunRef run);

    default void suspend(RunRef run) {
        throw new UnsupportedRunOperationException("suspend", id(), null);
    }

    default void resume(RunRef run) {
        throw new UnsupportedRunOperationException("resume", id(), null);
    }

    /** Runs the failed part of a finished run again, keeping what succeeded (Argo's {@code retry}). */
    default RunRef retry(RunRef run) {
        throw new UnsupportedRunOperationException("retry", id(), null);
    }

    /** Submits the same pipeline with the same parameters again, as a new run. */
    RunRef resubmit(RunRef run);

    /** Forgets a finished run and removes what it stored; a running run is terminated first. */
    void delete(RunRef run);

    /** Releases the runtime's resources; runs still going are terminated (local) or left alone (cluster). */
    @Override
    void close();
}
