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
        Map<String, NodeOverlay> out = new HashMap<>();
        of(run).forEach((step, phase) -> out.put(step, overlay(phase)));
        return out;
    }

    static NodeOverlay overlay(Phase phase) {
        PhaseStyle s = PhaseStyle.of(phase);
        return new NodeOverlay(s.pseudoClass(), s.colour(), s.iconLiteral(), s.label());
    }
}
