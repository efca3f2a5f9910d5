package dev.orrery.runtime.local;

import dev.orrery.runtime.ArtifactRef;
import dev.orrery.runtime.NodeOutputs;
import dev.orrery.runtime.NodeResources;
import dev.orrery.runtime.NodeState;
import dev.orrery.runtime.NodeType;
import dev.orrery.runtime.Phase;
import dev.orrery.runtime.Progress;
import dev.orrery.runtime.RunRef;
import dev.orrery.runtime.RunState;
import dev.orrery.runtime.SecretMasking;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The live state of one local run. Every change goes through a synchronized method that bumps
 * the revision and publishes an immutable {@link RunState} snapshot, in order.
 */
final class LocalRun {
    /** The mutable view of a node, only touched under the run's lock. */
    static final class Node {
        final String id;
        final String name;
        final String stepName;
        final String displayName;
        final String templateName;
        final String boundaryId;
        NodeType type;
        Phase phase = Phase.PENDING;
        final List<String> children = new ArrayList<>();
        Instant startedAt;
        Instant finishedAt;
        String message;
        Integer exitCode;
        Map<String, String> parameters = new LinkedHashMap<>();
        String result;
        List<ArtifactRef> artifacts = new ArrayList<>();
        int attempts;
        NodeResources resources = NodeResources.NONE;

        Node(String id, String name, String stepName, String displayName, String templateName, NodeType type,
                String boundaryId) {
            this.id = id;
            this.name = name;
            this.stepName = stepName;
            this.displayName = displayName;
            this.templateName = templateName;
            this.type = type;
            this.boundaryId = boundaryId;
        }

        NodeState state() {
            return new NodeState(id, name, stepName, displayName, templateName, type, phase, boundaryId, children,
                    startedAt, finishedAt, message, exitCode, new NodeOutputs(parameters, result, artifacts), attempts,
                    resources);
        }
    }

    private final RunRef ref;
    private final String pipelineName;
    private final String runtimeName;
    private final Map<String, String> parameters;
    private final Consumer<RunState> publisher;
    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private Phase phase = Phase.PENDING;
    private Instant startedAt;
    private Instant finishedAt;
    private String message;
    private long revision;

    LocalRun(RunRef ref, String pipelineName, String runtimeName, Map<String, String> parameters,
            Consumer<RunState> publisher) {
        this.ref = ref;
        this.pipelineName = pipelineName;
        this.runtimeName = runtimeName;
        this.parameters = new LinkedHashMap<>(parameters);
        this.publisher = publisher;
    }

    RunRef ref() {
        return ref;
    }

    String name() {
        return ref.runId();
    }

    /** Adds a node (Pending) under its parent and publishes. */
    synchronized void add(Node node, String parentId) {
        if (nodes.containsKey(node.id)) {
            throw new IllegalStateException("node " + node.id + " exists already");
        }
        nodes.put(node.id, node);
        if (parentId != null) {
            Node parent = nodes.get(parentId);
            if (parent != null) {
                parent.children.add(node.id);
                // Fan-out items start in parallel; list them in item order, as Argo does.
                if (itemIndex(parent.id, node.id) != Integer.MAX_VALUE) {
                    parent.children.sort(java.util.Comparator.comparingInt(c -> itemIndex(parent.id, c)));
                }
            }
        }
        changed();
    }

    /** The item index of a fan-out child ({@code run.fan(2:4)} under {@code run.fan}); MAX_VALUE for other nodes. */
    static int itemIndex(String parentId, String childId) {
        int open = parentId.length();
        int colon = childId.indexOf(':', open);
        if (!childId.startsWith(parentId) || childId.length() <= open || childId.charAt(open) != '(' || colon < 0) {
            return Integer.MAX_VALUE;
        }
        try {
            return Integer.parseInt(childId.substring(open + 1, colon));
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    /** Changes a node under the lock and publishes. */
    synchronized void update(String nodeId, Consumer<Node> change) {
        Node n = nodes.get(nodeId);
        if (n == null) {
            throw new IllegalStateException("no node " + nodeId);
        }
        change.accept(n);
        changed();
    }

    synchronized void start(Instant at) {
        phase = Phase.RUNNING;
        startedAt = at;
        changed();
    }

    synchronized void finish(Phase finalPhase, String finalMessage, Instant at) {
        phase = finalPhase;
        message = finalMessage;
        finishedAt = at;
        for (Node n : nodes.values()) {
            if (!n.phase.isFinished()) {
                n.phase = n.startedAt == null ? Phase.OMITTED : Phase.ERROR;
                n.finishedAt = n.startedAt == null ? null : at;
                if (n.message == null) {
                    n.message = "the run ended before this node did";
                }
            }
        }
        changed();
    }

    /** Sets the run's message while it runs (e.g. suspended); null clears it. */
    synchronized void message(String newMessage) {
        message = newMessage;
        changed();
    }

    synchronized Phase phase() {
        return phase;
    }

    synchronized RunState snapshot() {
        List<NodeState> states = new ArrayList<>(nodes.size());
        int total = 0;
        int done = 0;
        for (Node n : nodes.values()) {
            states.add(n.state());
            if (n.type.isLeaf()) {
                total++;
                if (n.phase.isFinished()) {
                    done++;
                }
            }
        }
        // secrets never leave the run: state.json, the monitor and printed lines all get this snapshot
        return SecretMasking.mask(new RunState(ref, ref.runId(), pipelineName, runtimeName, phase, startedAt,
                finishedAt, message, new Progress(done, total), parameters, states, revision));
    }

    private void changed() {
        revision++;
        publisher.accept(snapshot());
    }
}
