package dev.orrery.core.diff;

import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Step;
import dev.orrery.core.model.Template;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which template belongs to one step: a template that is not a graph, not the entrypoint or exit
 * handler, and run by exactly one step of the pipeline. Its fields are that step's fields in the diff
 * ({@code train.image}), as the native format writes them inside the step; other templates are
 * compared as templates, with the steps that run them.
 */
final class Ownership {
    private final Map<Step, Template> owned = new IdentityHashMap<>();
    private final Map<String, List<String>> runners = new LinkedHashMap<>();

    Ownership(Pipeline p) {
        Map<String, Template> byName = new HashMap<>();
        for (Template t : p.templates) {
            byName.putIfAbsent(t.name, t);
        }
        Map<String, Step> onlyRunner = new HashMap<>();
        for (Template g : p.templates) {
            if (g.graph == null) {
                continue;
            }
            for (Step s : g.graph.steps) {
                if (s.templateRef != null || s.template == null) {
                    continue;
                }
                runners.computeIfAbsent(s.template, k -> new ArrayList<>()).add(s.name);
                onlyRunner.put(s.template, runners.get(s.template).size() == 1 ? s : null);
            }
        }
        onlyRunner.forEach((name, step) -> {
            Template t = byName.get(name);
            if (step != null && t != null && t.graph == null && !name.equals(p.entrypoint) && !name.equals(p.onExit)) {
                owned.put(step, t);
            }
        });
    }

    /** The template only {@code step} runs, or null. */
    Template of(Step step) {
        return owned.get(step);
    }

    /** The steps of {@code copy} (a copy of {@code original}, step for step) own what the originals own. */
    void sameAs(dev.orrery.core.model.Graph original, dev.orrery.core.model.Graph copy) {
        for (int i = 0; i < original.steps.size(); i++) {
            Template t = owned.get(original.steps.get(i));
            if (t != null) {
                owned.put(copy.steps.get(i), t);
            }
        }
    }

    /** The names of the steps that run template {@code name}, in pipeline order. */
    List<String> runners(String name) {
        return runners.getOrDefault(name, List.of());
    }
}
