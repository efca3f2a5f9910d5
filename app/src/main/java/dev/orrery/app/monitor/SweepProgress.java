package dev.orrery.app.monitor;

import dev.orrery.designer.canvas.NodeProgress;
import dev.orrery.runtime.Phase;
import dev.orrery.runtime.PhaseStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The progress ring of a fan-out step (a sweep) on the monitor's graph: one segment per finished
 * phase (Succeeded, Failed, Error, Skipped, Omitted, in phase order, coloured by {@link PhaseStyle}),
 * each its share of the step's runs; the rest of the ring (running, pending, not yet started) stays
 * the grey track. The caption is finished/total. Made from a run snapshot, never per frame.
 */
final class SweepProgress {
    private SweepProgress() {
    }

    /**
     * @param counts the step's child runs per phase
     * @param expected how many runs the step will make (its loop's items), or 0 when unknown; the
     *                 engines create children as they start, so the total is at least this
     */
    static NodeProgress of(Map<Phase, Integer> counts, int expected) {
        int seen = counts.values().stream().mapToInt(Integer::intValue).sum();
        int total = Math.max(seen, expected);
        if (total == 0) {
            return new NodeProgress(List.of(), "0/0");
        }
        List<NodeProgress.Segment> segments = new ArrayList<>();
        int finished = 0;
        for (Phase p : Phase.values()) {
            int n = counts.getOrDefault(p, 0);
            if (p.isFinished() && n > 0) {
                segments.add(new NodeProgress.Segment(PhaseStyle.of(p).colour(), (double) n / total));
                finished += n;
            }
        }
        return new NodeProgress(segments, finished + "/" + total);
    }
}
