package dev.orrery.core.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.core.model.Graph;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Step;
import dev.orrery.core.model.Template;
import dev.orrery.core.nativefmt.NativeNodes;
import dev.orrery.core.refs.Renames;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Finds the steps of one graph that were renamed: a step only the old version has and a step only the
 * new version has, with the same content once the name is set aside (the template only the step runs
 * counts as its content, whatever that template is called). Each rename found is applied to (a copy of) the
 * old graph's template with {@link Renames#steps}, so the references that followed it (dependencies,
 * bindings, conditions) match and are not reported again. A step that depends on another renamed
 * step matches in the round after that one; rounds go on until one finds nothing.
 */
final class StepRenames {
    /** Stands for the step's own name in its signature: no step can be called this (not a DNS label). */
    private static final String SELF = "__self__";
    private StepRenames() {
    }

    /**
     * What was found in one graph: the renames, old name → new name, in the new graph's order, and the
     * template holding the old graph with them applied (the old template itself when there were none,
     * else a copy: the old version is never changed).
     */
    record Found(Map<String, String> renames, Template holder) {
    }

    static Found find(Template oldHolder, Ownership oldOwners, Graph newGraph, Ownership newOwners) {
        Map<String, String> renames = new LinkedHashMap<>();
        Template holder = oldHolder;
        Set<String> newNames = names(newGraph);
        while (true) {
            Graph oldGraph = holder.graph;
            Set<String> oldNames = names(oldGraph);
            Map<JsonNode, ArrayDeque<Step>> unmatchedOld = new HashMap<>();
            for (Step s : oldGraph.steps) {
                if (!newNames.contains(s.name)) {
                    unmatchedOld.computeIfAbsent(signature(s, oldOwners), k -> new ArrayDeque<>()).add(s);
                }
            }
            if (unmatchedOld.isEmpty()) {
                break;
            }
            Map<String, String> round = new LinkedHashMap<>();
            for (Step s : newGraph.steps) {
                if (oldNames.contains(s.name)) {
                    continue;
                }
                ArrayDeque<Step> same = unmatchedOld.get(signature(s, newOwners));
                if (same != null && !same.isEmpty()) {
                    round.put(same.removeFirst().name, s.name);
                }
            }
            if (round.isEmpty()) {
                break;
            }
            if (holder == oldHolder) {
                holder = oldHolder.copy();
                oldOwners.sameAs(oldHolder.graph, holder.graph);
            }
            Pipeline alone = new Pipeline(); // Renames rewrites the texts of the template holding the graph
            alone.templates.add(holder);
            Renames.steps(alone, holder.graph, round);
            renames.putAll(round);
        }
        return new Found(renames, holder);
    }

    /**
     * The step's content without its name (and without the name of the template only it runs); where
     * the step names itself (a hook's {@code steps.NAME.status}) the name is a placeholder too.
     */
    private static JsonNode signature(Step s, Ownership owners) {
        Graph alone = new Graph();
        Step copy = s.copy();
        alone.steps.add(copy);
        Renames.step(new Pipeline(), alone, s.name, SELF);
        ObjectNode node = NativeNodes.step(copy, owners.of(s));
        node.remove("name");
        node.remove("templateName");
        return node;
    }

    private static Set<String> names(Graph g) {
        Set<String> out = new java.util.HashSet<>();
        g.steps.forEach(s -> out.add(s.name));
        return out;
    }
}
