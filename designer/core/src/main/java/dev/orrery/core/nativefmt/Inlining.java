package dev.orrery.core.nativefmt;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Step;
import dev.orrery.core.model.Template;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Decides which templates the native format writes inside the step that uses them: a non-graph
 * template run by exactly one step and named nowhere else (not the entrypoint, not an exit
 * handler, not in any passthrough field). That keeps a designed pipeline readable as a list of
 * steps, while shared templates stay shared.
 */
final class Inlining {
    private final Map<String, Integer> stepUses = new HashMap<>();
    private final Set<String> namedElsewhere = new HashSet<>();

    Inlining(Pipeline p) {
        for (Template t : p.templates) {
            if (t.graph != null) {
                for (Step s : t.graph.steps) {
                    if (s.template != null) {
                        stepUses.merge(s.template, 1, Integer::sum);
                    }
                    collectText(s.extra);
                }
                collectText(t.graph.extra);
            }
            collectText(t.extra);
        }
        if (p.entrypoint != null) {
            namedElsewhere.add(p.entrypoint);
        }
        if (p.onExit != null) {
            namedElsewhere.add(p.onExit);
        }
        collectText(p.extraSpec);
        if (p.schedule != null) {
            collectText(p.schedule.extra);
        }
        Map<String, Integer> seen = new HashMap<>();
        p.templates.forEach(t -> seen.merge(String.valueOf(t.name), 1, Integer::sum));
        seen.forEach((name, count) -> {
            if (count > 1) {
                namedElsewhere.add(name); // duplicate template names: keep them apart
            }
        });
    }

    private void collectText(JsonNode n) {
        if (n == null) {
            return;
        }
        if (n.isTextual()) {
            namedElsewhere.add(n.textValue());
        } else if (n.isContainerNode()) {
            n.forEach(this::collectText);
        }
    }

    boolean inline(Template t) {
        return t != null && t.name != null && t.graph == null && stepUses.getOrDefault(t.name, 0) == 1
                && !namedElsewhere.contains(t.name);
    }
}
