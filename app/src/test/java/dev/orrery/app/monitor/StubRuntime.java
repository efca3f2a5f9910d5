package dev.orrery.app.monitor;

import dev.orrery.core.model.Pipeline;
import dev.orrery.runtime.ArtifactRef;
import dev.orrery.runtime.LogListener;
import dev.orrery.runtime.LogOptions;
import dev.orrery.runtime.RunListener;
import dev.orrery.runtime.RunNotFoundException;
import dev.orrery.runtime.RunRef;
import dev.orrery.runtime.RunState;
import dev.orrery.runtime.Runtime;
import dev.orrery.runtime.Subscription;
import dev.orrery.runtime.UnsupportedRunOperationException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

/**
 * A runtime for monitor tests: runs are whatever the test publishes; logs come from a function;
 * control operations are unsupported (as some engines' are).
 */
final class StubRuntime implements Runtime {
    final Map<RunRef, RunState> runs = new ConcurrentHashMap<>();
    final List<RunListener> listeners = new CopyOnWriteArrayList<>();
    volatile BiConsumer<String, LogListener> logs = (node, l) -> l.onEnd(null);
    /** The pipelines runs were made from, for the graph; a run without one has no graph. */
    final Map<RunRef, Pipeline> pipelines = new ConcurrentHashMap<>();
    /** Artifact contents by location; an artifact not here cannot be opened (unsupported). */
    final Map<String, byte[]> contents = new ConcurrentHashMap<>();
    private final String id;

    StubRuntime(String id) {
        this.id = id;
    }

    void publish(RunState s) {
        runs.put(s.ref(), s);
        listeners.forEach(l -> l.onRun(s));
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String displayName() {
        return "Stub " + id;
    }

    @Override
    public RunRef submit(Pipeline pipeline, dev.orrery.runtime.SubmitOptions options) {
        throw new UnsupportedRunOperationException("submit", id, null);
    }

    @Override
    public java.util.Optional<Pipeline> pipelineOf(RunRef run) {
        return java.util.Optional.ofNullable(pipelines.get(run)).map(Pipeline::copy);
    }

    @Override
    public List<RunState> list() {
        return List.copyOf(runs.values());
    }

    @Override
    public RunState get(RunRef run) {
        RunState s = runs.get(run);
        if (s == null) {
            throw new RunNotFoundException(run);
        }
        return s;
    }

    @Override
    public Subscription watch(RunListener listener) {
        listeners.add(listener);
        runs.values().forEach(listener::onRun);
        return () -> listeners.remove(listener);
    }

    @Override
    public Subscription logs(RunRef run, String nodeId, LogOptions options, LogListener listener) {
        Thread t = new Thread(() -> logs.accept(nodeId, listener), "stub-logs");
        t.setDaemon(true);
        t.start();
        return () -> { };
    }

    @Override
    public List<ArtifactRef> artifacts(RunRef run) {
        return List.of();
    }

    @Override
    public InputStream openArtifact(ArtifactRef artifact) {
        byte[] bytes = artifact.location() == null ? null : contents.get(artifact.location());
        if (bytes != null) {
            return new java.io.ByteArrayInputStream(bytes);
        }
        throw new UnsupportedRunOperationException("artifacts", id, null);
    }

    @Override
    public void stop(RunRef run) {
        throw new UnsupportedRunOperationException("stop", id, null);
    }

    @Override
    public void terminate(RunRef run) {
        throw new UnsupportedRunOperationException("terminate", id, null);
    }

    @Override
    public RunRef resubmit(RunRef run) {
        throw new UnsupportedRunOperationException("resubmit", id, null);
    }

    @Override
    public void delete(RunRef run) {
        throw new UnsupportedRunOperationException("delete", id, null);
    }

    @Override
    public void close() {
        listeners.clear();
    }
}
