package dev.orrery.app.monitor;

import dev.orrery.core.model.Pipeline;
import dev.orrery.runtime.compare.ComparedRuns;
import java.util.HashMap;
import java.util.Map;

/** How many runs each fan-out step of a pipeline's entry graph makes: its literal loop items. */
final class LoopSizes {
    private LoopSizes() {
    }

    static Map<String, Integer> of(Pipeline pipeline) {
        Map<String, Integer> out = new HashMap<>();
        var graph = pipeline.mainGraph().orElse(null);
        if (graph == null) {
            return out;
        }
        for (var step : graph.steps) {
            var items = ComparedRuns.itemsOf(step);
            if (items != null && items.isArray()) {
                out.put(step.name, items.size());
            }
        }
        return Map.copyOf(out);
    }
}
