package dev.orrery.core.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.core.model.Graph;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Step;
import dev.orrery.core.nativefmt.NativeNodes;
import dev.orrery.core.refs.Renames;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the steps of one graph that were renamed: a step only the old version has and a step only the
 * new version has, with the same content once the name is set aside (the template only the step runs
 * counts as its content, whatever that template is called). Each rename found is applied to the old
 * version (a copy) with {@link Renames#step}, so the references that followed it (dependencies,
 * bindings, conditions) match and are not reported again. A step that depends on another renamed
 * step matches in the round after that one; rounds go on until one finds nothing.
 */
final class StepRenames {
    /** Stands for the step's own name in its signature: no step can be called this (not a DNS label). */
    private static final String SELF = "__self__";
    private StepRenames() {
    }

    /**
     * Applies the renames to {@code oldCopy}'s {@code oldGraph} and returns them, old name → new name,
     * in the new graph's order.
     */
    static Map<String, String> apply(Pipeline oldCopy, Graph oldGraph, Ownership oldOwners, Graph newGraph,
            Ownership newOwners) {
        Map<String, String> renames = new LinkedHashMap<>();
        while (true) {
            Set<String> newNames = names(newGraph);
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
            List<String[]> round = new ArrayList<>();
            for (Step s : newGraph.steps) {
                if (oldNames.contains(s.name)) {
                    continue;
                }
                ArrayDeque<Step> same = unmatchedOld.get(signature(s, newOwners));
                if (same != null && !same.isEmpty()) {
                    round.add(new String[] {same.removeFirst().name, s.name});
                }
            }
            if (round.isEmpty()) {
                break;
            }
            for (String[] r : round) {
                Renames.step(oldCopy, oldGraph, r[0], r[1]);
                renames.put(r[0], r[1]);
            }
        }
        return renames;
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
