package dev.orrery.app.monitor;

import dev.orrery.designer.canvas.NodeOverlay;
import dev.orrery.runtime.Phase;
import dev.orrery.runtime.PhaseStyle;
import dev.orrery.runtime.RunState;
import dev.orrery.runtime.RunSteps;
import java.util.HashMap;
import java.util.Map;

/**
 * A run's phases per graph step, for the canvas ({@link RunSteps} sums up a step's nodes). Colours
 * and icons come from {@link PhaseStyle}, the one phase → style mapping.
 */
final class StepPhases {
    private StepPhases() {
    }

    /** Phase per step name (only steps the run has nodes for). */
    static Map<String, Phase> of(RunState run) {
        return RunSteps.phases(run);
    }

    /** The canvas overlay of each step of the run. */
    static Map<String, NodeOverlay> overlays(RunState run) {
        return overlays(run, Map.of());
    }

    /**
     * The canvas overlay of each step of the run; a fan-out step's has its progress ring too.
     *
     * @param loopSizes how many runs each fan-out step will make (its loop's items), where known
     */
    static Map<String, NodeOverlay> overlays(RunState run, Map<String, Integer> loopSizes) {
        Map<String, NodeOverlay> out = new HashMap<>();
        of(run).forEach((step, phase) -> {
            SweepRows rows = fanOut(run, step);
            PhaseStyle s = PhaseStyle.of(phase);
            out.put(step, rows == null ? overlay(phase, null) : new NodeOverlay(s.pseudoClass(), s.colour(),
                    s.iconLiteral(), s.label() + " — " + rows.summary(),
                    SweepProgress.of(rows.counts(), loopSizes.getOrDefault(step, 0))));
        });
        return out;
    }

    /** A fan-out step's children (without their metrics), or null for a step that does not fan out. */
    private static SweepRows fanOut(RunState run, String step) {
        var nodes = RunSteps.nodes(run, step);
        boolean fansOut = nodes.stream().anyMatch(n -> n.type() == dev.orrery.runtime.NodeType.TASK_GROUP
                || n.type() == dev.orrery.runtime.NodeType.STEP_GROUP);
        return fansOut ? SweepRows.of(run, step, null, null, java.time.Instant.now()) : null;
    }

    /** For a step that fans out (a sweep): {@code 6 runs: 4 Succeeded · 2 Running}; else null. */
    static String fanOutCounts(RunState run, String step) {
        var nodes = RunSteps.nodes(run, step);
        boolean fansOut = nodes.stream().anyMatch(n -> n.type() == dev.orrery.runtime.NodeType.TASK_GROUP
                || n.type() == dev.orrery.runtime.NodeType.STEP_GROUP);
        return fansOut ? SweepRows.of(run, step, null, null, java.time.Instant.now()).summary() : null;
    }

    /** The phase's overlay; its tooltip adds the counts per phase of a fan-out's runs when given. */
    static NodeOverlay overlay(Phase phase, String counts) {
        PhaseStyle s = PhaseStyle.of(phase);
        return new NodeOverlay(s.pseudoClass(), s.colour(), s.iconLiteral(),
                counts == null ? s.label() : s.label() + " — " + counts);
    }

    static NodeOverlay overlay(Phase phase) {
        return overlay(phase, null);
    }
}
