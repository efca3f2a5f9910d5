package dev.orrery.core.diff;

import dev.orrery.core.model.Pipeline;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What changed between two versions of a pipeline, in the terms of the pipeline: settings, parameters,
 * steps (added, removed, renamed, fields), dependencies, data bindings and templates. Compares models,
 * not text: the same pipeline read from a native file and from its Argo export has no changes, and the
 * canvas layout is never a change. The list is deterministic: settings, parameters, then each graph
 * template (the new version's order) with its added, removed and renamed steps and then each step's own
 * changes, then templates.
 *
 * <p>Dependencies and bindings are reported for steps present in both versions; an added (removed)
 * step's own edges come with it.
 */
public record PipelineDiff(List<Change> changes) {

    public PipelineDiff {
        changes = List.copyOf(changes);
    }

    /** Compares {@code before} with {@code after}. Neither is changed. */
    public static PipelineDiff between(Pipeline before, Pipeline after) {
        return new PipelineDiff(new Differ(before, after).changes());
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** The changes of the given kinds, in list order. */
    public List<Change> of(ChangeKind... kinds) {
        List<ChangeKind> wanted = List.of(kinds);
        return changes.stream().filter(c -> wanted.contains(c.kind())).toList();
    }

    /**
     * The changes that concern one step of a graph (by its new name; a removed step by its old one): its
     * addition, removal or rename, its fields, and the dependencies and bindings into it.
     */
    public List<Change> ofStep(String graph, String step) {
        List<Change> out = new ArrayList<>();
        for (Change c : changes) {
            if (c.graph() != null && c.graph().equals(graph) && step.equals(c.name())) {
                out.add(c);
            }
        }
        return out;
    }

    /** Renamed steps of a graph, old name → new name. */
    public Map<String, String> renamedSteps(String graph) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Change c : of(ChangeKind.STEP_RENAMED)) {
            if (c.graph().equals(graph)) {
                out.put(c.oldName(), c.name());
            }
        }
        return out;
    }

    /** The number of changes of each kind, in {@link ChangeKind} order, kinds without changes left out. */
    public Map<ChangeKind, Integer> counts() {
        Map<ChangeKind, Integer> out = new LinkedHashMap<>();
        for (ChangeKind k : ChangeKind.values()) {
            int n = (int) changes.stream().filter(c -> c.kind() == k).count();
            if (n > 0) {
                out.put(k, n);
            }
        }
        return out;
    }
}
