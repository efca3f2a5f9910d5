package dev.orrery.runtime;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One node of a run, engine-neutral and immutable; shaped after Argo's {@code status.nodes[]}.
 *
 * @param id unique within the run (Argo's node id; the local runtime uses the node's path)
 * @param name the full dotted name, e.g. {@code my-run.train(0:a)} (Argo's {@code name})
 * @param stepName the graph step this node runs, without loop or retry suffixes; null for the run's root
 * @param displayName what to show: the step name with its loop or attempt suffix
 * @param templateName the template run
 * @param type what the node is
 * @param boundaryId the id of the graph node this node belongs to; null for the root
 * @param children ids of the nodes this one started
 * @param exitCode the process's exit code, for leaf nodes that ran; null otherwise
 * @param attempts how many times the step ran (1 without retries; 0 when it never started)
 * @param resources what the node used, when its engine reports it ({@link NodeResources#NONE} otherwise)
 */
public record NodeState(String id, String name, String stepName, String displayName, String templateName,
        NodeType type, Phase phase, String boundaryId, List<String> children, Instant startedAt, Instant finishedAt,
        String message, Integer exitCode, NodeOutputs outputs, int attempts, NodeResources resources) {

    public NodeState {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(phase, "phase");
        children = children == null ? List.of() : List.copyOf(children);
        outputs = outputs == null ? NodeOutputs.NONE : outputs;
        resources = resources == null ? NodeResources.NONE : resources;
    }

    /** A node whose engine reports no resource usage. */
    public NodeState(String id, String name, String stepName, String displayName, String templateName,
            NodeType type, Phase phase, String boundaryId, List<String> children, Instant startedAt,
            Instant finishedAt, String message, Integer exitCode, NodeOutputs outputs, int attempts) {
        this(id, name, stepName, displayName, templateName, type, phase, boundaryId, children, startedAt, finishedAt,
                message, exitCode, outputs, attempts, NodeResources.NONE);
    }

    /** Wall time so far (to {@code now} while running), or null before it started. */
    public Duration duration(Instant now) {
        if (startedAt == null) {
            return null;
        }
        return Duration.between(startedAt, finishedAt != null ? finishedAt : now);
    }

    public NodeState withPhase(Phase newPhase, String newMessage) {
        return new NodeState(id, name, stepName, displayName, templateName, type, newPhase, boundaryId, children,
                startedAt, finishedAt, newMessage, exitCode, outputs, attempts, resources);
    }
}
