package dev.orrery.runtime;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A snapshot of a run, engine-neutral and immutable: what the monitor, the canvas overlay and the
 * CLI show. Each change produces a new snapshot; compare {@link #revision()} to order them.
 *
 * @param ref the run and the runtime it belongs to
 * @param name the run's name (for Argo, the Workflow's name)
 * @param pipelineName the pipeline (or WorkflowTemplate) the run was made from
 * @param runtimeDisplayName the runtime's name for people, e.g. {@code This computer}
 * @param parameters the workflow parameters the run used, after overrides
 * @param nodes every node, the root first, in the order they were created
 * @param revision increases with every change of this run (Argo: resourceVersion order)
 */
public record RunState(RunRef ref, String name, String pipelineName, String runtimeDisplayName, Phase phase,
        Instant startedAt, Instant finishedAt, String message, Progress progress, Map<String, String> parameters,
        List<NodeState> nodes, long revision) {

    public RunState {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(phase, "phase");
        progress = progress == null ? Progress.NONE : progress;
        parameters = parameters == null ? Map.of() : java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(parameters));
        nodes = nodes == null ? List.of() : List.copyOf(nodes);
    }

    public String id() {
        return ref.runId();
    }

    public Optional<NodeState> node(String nodeId) {
        return nodes.stream().filter(n -> n.id().equals(nodeId)).findFirst();
    }

    /** The nodes that ran the given graph step (one, or several for a fan-out or retries). */
    public List<NodeState> nodesOfStep(String stepName) {
        return nodes.stream().filter(n -> stepName.equals(n.stepName())).toList();
    }

    public Duration duration(Instant now) {
        return startedAt == null ? null : Duration.between(startedAt, finishedAt != null ? finishedAt : now);
    }
}
