package dev.orrery.app.monitor;

import dev.orrery.designer.canvas.NodeOverlay;
import dev.orrery.runtime.NodeState;
import dev.orrery.runtime.Phase;
import dev.orrery.runtime.PhaseStyle;
import dev.orrery.runtime.RunState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A run's phases per graph step, for the canvas: a step run several times (fan-out, retries) takes
 * the phase of its group node when the engine reports one (Argo's Retry and TaskGroup nodes sum up
 * their children), else the most telling phase of its leaf nodes. Colours and icons come from
 * {@link PhaseStyle}, the one phase → style mapping.
 */
final class StepPhases {
    private StepPhases() {
    }

    /** Phase per step name (only steps the run has nodes for). */
    static Map<String, Phase> of(RunState run) {
        Map<String, List<NodeState>> byStep = new LinkedHashMap<>();
        String root = run.nodes().isEmpty() ? null : run.nodes().get(0).id();
        for (NodeState n : run.nodes()) {
            // steps of the shown (top-level) graph only: nested graphs' steps may reuse the names
            if (n.stepName() != null && root != null && root.equals(n.boundaryId())) {
                byStep.computeIfAbsent(n.stepName(), k -> new ArrayList<>()).add(n);
            }
        }
        Map<String, Phase> out = new HashMap<>();
        byStep.forEach((step, nodes) -> out.put(step, summarise(nodes)));
        return out;
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

    /** The canvas overlay of each step of the run. */
    static Map<String, NodeOverlay> overlays(RunState run) {
        Map<String, NodeOverlay> out = new HashMap<>();
        of(run).forEach((step, phase) -> out.put(step, overlay(phase)));
        return out;
    }

    static NodeOverlay overlay(Phase phase) {
        PhaseStyle s = PhaseStyle.of(phase);
        return new NodeOverlay(s.pseudoClass(), s.colour(), s.iconLiteral(), s.label());
    }
}
