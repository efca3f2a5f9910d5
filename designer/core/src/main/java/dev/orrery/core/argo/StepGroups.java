package dev.orrery.core.argo;

import dev.orrery.core.model.Graph;
import dev.orrery.core.model.Step;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Argo's steps style: sequential groups of parallel steps. A graph can be written that way when
 * every step depends on exactly the whole previous group (the first group on nothing).
 */
public final class StepGroups {
    private StepGroups() {
    }

    /** The groups, by longest path from the start; steps keep their list order inside a group. */
    public static List<List<Step>> of(Graph g) {
        Map<String, Integer> level = new HashMap<>();
        Map<String, Step> byName = new HashMap<>();
        g.steps.forEach(s -> byName.putIfAbsent(s.name, s));
        List<List<Step>> groups = new ArrayList<>();
        for (Step s : g.steps) {
            int l = levelOf(s, byName, level, new HashSet<>());
            while (groups.size() <= l) {
                groups.add(new ArrayList<>());
            }
            groups.get(l).add(s);
        }
        groups.removeIf(List::isEmpty);
        return groups;
    }

    private static int levelOf(Step s, Map<String, Step> byName, Map<String, Integer> level, Set<String> visiting) {
        Integer known = level.get(s.name);
        if (known != null) {
            return known;
        }
        if (!visiting.add(s.name)) {
            return 0; // a cycle: validation reports it; any level will do here
        }
        int l = 0;
        for (String d : s.dependsOn) {
            Step dep = byName.get(d);
            if (dep != null) {
                l = Math.max(l, levelOf(dep, byName, level, visiting) + 1);
            }
        }
        level.put(s.name, l);
        return l;
    }

    /** Null when the graph fits steps style, else the name of the first step that does not. */
    public static String firstMisfit(Graph g) {
        List<List<Step>> groups = of(g);
        Set<String> previous = Set.of();
        for (List<Step> group : groups) {
            for (Step s : group) {
                if (!new HashSet<>(s.dependsOn).equals(previous) || s.dependsExpression != null) {
                    return s.name;
                }
            }
            Set<String> names = new HashSet<>();
            group.forEach(s -> names.add(s.name));
            previous = names;
        }
        return null;
    }
}
