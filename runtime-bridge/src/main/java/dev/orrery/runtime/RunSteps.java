package dev.orrery.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A run seen by the steps of its top-level graph, the graph the monitor draws: which nodes ran a
 * step and the step's phase. Nested graphs' steps may reuse the top-level names and are left out.
 * A step run several times (fan-out, retries) takes the phase of its group node when the engine
 * reports one (Argo's Retry and TaskGroup nodes sum up their children), else the most telling phase
 * of its leaf nodes.
 */
public final class RunSteps {
    private RunSteps() {
    }

    /** The nodes of the top-level graph that ran {@code step}, in creation order. */
    public static List<NodeState> nodes(RunState run, String step) {
        String root = run.nodes().isEmpty() ? null : run.nodes().get(0).id();
        List<NodeState> out = new ArrayList<>();
        for (NodeState n : run.nodes()) {
            if (step.equals(n.stepName()) && root != null && root.equals(n.boundaryId())) {
                out.add(n);
            }
        }
        return out;
    }

    /** The step's phase, or null when the run has no node for it yet. */
    public static Phase phase(RunState run, String step) {
        List<NodeState> nodes = nodes(run, step);
        return nodes.isEmpty() ? null : summarise(nodes);
    }

    /** Phase per step name (only steps the run has nodes for). */
    public static Map<String, Phase> phases(RunState run) {
        Map<String, List<NodeState>> byStep = new LinkedHashMap<>();
        String root = run.nodes().isEmpty() ? null : run.nodes().get(0).id();
        for (NodeState n : run.nodes()) {
            if (n.stepName() != null && root != null && root.equals(n.boundaryId())) {
                byStep.computeIfAbsent(n.stepName(), k -> new ArrayList<>()).add(n);
            }
        }
        Map<String, Phase> out = new HashMap<>();
        byStep.forEach((step, nodes) -> out.put(step, summarise(nodes)));
        return out;
    }

    /**
     * The artifacts named {@code name} that the step's nodes produced: one for a step that ran once,
     * one per node for a fan-out. Of several attempts (retries), only the successful ones count.
     */
    public static List<ArtifactRef> artifacts(RunState run, String step, String name) {
        List<ArtifactRef> out = new ArrayList<>();
        for (NodeState n : producing(run, step, o -> o.artifacts().stream().anyMatch(a -> a.name().equals(name)))) {
            n.outputs().artifacts().stream().filter(a -> a.name().equals(name)).forEach(out::add);
        }
        return out;
    }

    /**
     * The values of the step's output parameter {@code name}, one per node that has it; {@code
     * result} with {@code fromResult} is the step's {@code outputs.result}.
     */
    public static List<String> parameterValues(RunState run, String step, String name, boolean fromResult) {
        List<String> out = new ArrayList<>();
        java.util.function.Function<NodeOutputs, String> value = fromResult ? NodeOutputs::result
                : o -> o.parameters().get(name);
        for (NodeState n : producing(run, step, o -> value.apply(o) != null)) {
            out.add(value.apply(n.outputs()));
        }
        return out;
    }

    /**
     * The nodes of a step whose outputs pass {@code has}: leaf nodes first (a group node repeats its
     * children's outputs), and of those the successful ones when there are any (failed attempts of a
     * retried step may have left outputs too).
     */
    private static List<NodeState> producing(RunState run, String step, java.util.function.Predicate<NodeOutputs> has) {
        List<NodeState> leaves = new ArrayList<>();
        List<NodeState> groups = new ArrayList<>();
        for (NodeState n : nodes(run, step)) {
            if (has.test(n.outputs())) {
                (n.type().isLeaf() ? leaves : groups).add(n);
            }
        }
        List<NodeState> found = leaves.isEmpty() ? groups : leaves;
        List<NodeState> succeeded = found.stream().filter(n -> n.phase() == Phase.SUCCEEDED).toList();
        return succeeded.isEmpty() ? found : succeeded;
    }

    private static Phase summarise(List<NodeState> nodes) {
        for (NodeState n : nodes) {
            if (!n.type().isLeaf()) {
                return n.phase();
            }
        }
        if (nodes.size() == 1) {
            return nodes.get(0).phase();
        }
        boolean anyPending = false;
        Phase worst = null;
        for (NodeState n : nodes) {
            if (n.phase() == Phase.RUNNING) {
                return Phase.RUNNING;
            }
            anyPending |= n.phase() == Phase.PENDING;
            if (worst == null || rank(n.phase()) > rank(worst)) {
                worst = n.phase();
            }
        }
        return anyPending && !worst.isUnsuccessful() ? Phase.PENDING : worst;
    }

    private static int rank(Phase p) {
        return switch (p) {
            case ERROR -> 6;
            case FAILED -> 5;
            case SUCCEEDED -> 4;
            case PENDING -> 3;
            case SKIPPED -> 2;
            case OMITTED -> 1;
            case RUNNING -> 7;
        };
    }
}
