package dev.orrery.benchmarks.monitor;

import dev.orrery.runtime.NodeState;
import dev.orrery.runtime.NodeType;
import dev.orrery.runtime.Phase;
import dev.orrery.runtime.Progress;
import dev.orrery.runtime.RunRef;
import dev.orrery.runtime.RunState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs of thousands of nodes for the live-run benchmark (issue 18 item 3), shaped as Argo reports them:
 * a sweep (one step fanned out over items, every item a pod beside the step's other nodes at the top
 * level) and a nested DAG (each top-level step a DAG node whose pods have it as their boundary).
 * {@link #advance} moves one pod to its next phase and returns the new snapshot.
 */
final class LargeRuns {
    private static final Instant START = Instant.parse("2026-11-28T10:00:00Z");

    private LargeRuns() {
    }

    /** Graph steps {@code steps}: the first done, the second swept over {@code items} pods, the rest pending. */
    static RunState sweep(RunRef ref, String pipelineName, List<String> steps, int items) {
        String root = ref.runId();
        List<NodeState> nodes = new ArrayList<>();
        List<String> rootChildren = new ArrayList<>();
        nodes.add(null); // the root, once its children are known
        for (int s = 0; s < steps.size(); s++) {
            String step = steps.get(s);
            if (s == 1) {
                for (int i = 0; i < items; i++) {
                    String id = root + "." + step + "(" + i + ":" + i + ")";
                    rootChildren.add(id);
                    nodes.add(pod(id, step, step + "(" + i + ":" + i + ")", root, Phase.PENDING));
                }
            } else {
                String id = root + "." + step;
                rootChildren.add(id);
                nodes.add(pod(id, step, step, root, s == 0 ? Phase.SUCCEEDED : Phase.PENDING));
            }
        }
        return state(ref, pipelineName, rootNode(root, rootChildren), nodes, 1);
    }

    /** Graph steps {@code groups}, each a DAG node running {@code tasks} pods named {@code inner-N}. */
    static RunState nested(RunRef ref, String pipelineName, List<String> groups, int tasks) {
        String root = ref.runId();
        List<NodeState> nodes = new ArrayList<>();
        List<String> rootChildren = new ArrayList<>();
        nodes.add(null);
        for (String group : groups) {
            String groupId = root + "." + group;
            rootChildren.add(groupId);
            List<String> children = new ArrayList<>();
            List<NodeState> pods = new ArrayList<>();
            for (int t = 0; t < tasks; t++) {
                String id = groupId + ".inner-" + t;
                children.add(id);
                pods.add(pod(id, "inner-" + t, "inner-" + t, groupId, Phase.PENDING));
            }
            nodes.add(new NodeState(groupId, groupId, group, group, group, NodeType.DAG, Phase.RUNNING, root, children,
                    START, null, null, null, null, 1));
            nodes.addAll(pods);
        }
        return state(ref, pipelineName, rootNode(root, rootChildren), nodes, 1);
    }

    /** The pods of a run, by index into its node list (the order updates walk them in). */
    static int[] pods(RunState run) {
        return java.util.stream.IntStream.range(0, run.nodes().size())
                .filter(i -> run.nodes().get(i).type() == NodeType.POD).toArray();
    }

    /** The next phase of a pod in the benchmark's cycle: Pending → Running → Succeeded → Pending. */
    static Phase next(Phase p) {
        return switch (p) {
            case PENDING -> Phase.RUNNING;
            case RUNNING -> Phase.SUCCEEDED;
            default -> Phase.PENDING;
        };
    }

    /** The run with node {@code index} moved to its next phase, progress recounted, revision + 1. */
    static RunState advance(RunState run, int index) {
        List<NodeState> nodes = new ArrayList<>(run.nodes());
        NodeState n = nodes.get(index);
        nodes.set(index, n.withPhase(next(n.phase()), null));
        int done = 0;
        int total = 0;
        for (NodeState x : nodes) {
            if (x.type() == NodeType.POD) {
                total++;
                done += x.phase().isFinished() ? 1 : 0;
            }
        }
        return new RunState(run.ref(), run.name(), run.pipelineName(), run.runtimeDisplayName(), run.phase(),
                run.startedAt(), null, null, new Progress(done, total), null, nodes, run.revision() + 1);
    }

    private static NodeState pod(String id, String step, String display, String boundary, Phase phase) {
        return new NodeState(id, id, step, display, step, NodeType.POD, phase, boundary, List.of(), START, null, null,
                null, null, 1);
    }

    private static NodeState rootNode(String root, List<String> children) {
        return new NodeState(root, root, null, root, "main", NodeType.DAG, Phase.RUNNING, null, children, START, null,
                null, null, null, 1);
    }

    private static RunState state(RunRef ref, String pipelineName, NodeState root, List<NodeState> nodes, long revision) {
        nodes.set(0, root);
        int pods = (int) nodes.stream().filter(n -> n.type() == NodeType.POD).count();
        int done = (int) nodes.stream().filter(n -> n.type() == NodeType.POD && n.phase().isFinished()).count();
        return new RunState(ref, ref.runId(), pipelineName, "Bench", Phase.RUNNING, START, null, null,
                new Progress(done, pods), null, nodes, revision);
    }
}
