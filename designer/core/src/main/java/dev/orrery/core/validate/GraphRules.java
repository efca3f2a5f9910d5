package dev.orrery.core.validate;

import dev.orrery.core.argo.StepGroups;
import dev.orrery.core.model.Graph;
import dev.orrery.core.model.GraphStyle;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.SourceRef;
import dev.orrery.core.model.Step;
import dev.orrery.core.model.Template;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shape of each graph: dependencies name steps of the same graph, no step waits for itself, no
 * cycles, and a steps-style graph has the one shape Argo's steps can express.
 */
final class GraphRules {
    private final Findings out;

    GraphRules(Findings out) {
        this.out = out;
    }

    void check(Pipeline p) {
        for (Template t : p.templates) {
            if (t.graph != null) {
                check(t, t.graph);
            }
        }
    }

    private void check(Template t, Graph g) {
        Map<String, Step> byName = new LinkedHashMap<>();
        g.steps.forEach(s -> {
            if (s.name != null) {
                byName.putIfAbsent(s.name, s);
            }
        });
        boolean broken = false;
        for (Step s : g.steps) {
            for (String dep : s.dependsOn) {
                if (dep == null) {
                    continue;
                }
                String name = unquote(dep);
                SourceRef at = dependencyField(s);
                if (name.equals(s.name)) {
                    out.error(s.name, "dependsOn", at, "step '" + s.name + "' depends on itself: remove '" + name
                            + "' from its dependencies");
                    broken = true;
                } else if (!byName.containsKey(name)) {
                    out.error(s.name, "dependsOn", at, "step '" + s.name + "' depends on '" + name + "', which is not"
                            + " a step of '" + t.name + "': remove the dependency or add a step named '" + name + "'"
                            + closest(name, byName.keySet()));
                    broken = true;
                }
            }
        }
        broken |= cycles(t, g, byName);
        if (g.style == GraphStyle.STEPS && !broken) {
            String misfit = StepGroups.firstMisfit(g);
            if (misfit != null) {
                Step s = byName.get(misfit);
                out.error(misfit, "dependsOn", s == null ? t.source : s.source, "'" + t.name + "' is a steps-style"
                        + " graph, where each step runs after the whole previous group, but step '" + misfit
                        + "' has other dependencies: switch the graph to DAG, or make it depend on exactly the"
                        + " previous group");
            }
        }
    }

    /** Reports each cycle once; true when there was one. */
    private boolean cycles(Template t, Graph g, Map<String, Step> byName) {
        Map<String, Integer> state = new HashMap<>(); // 1 = on the path, 2 = done
        Set<Set<String>> reported = new HashSet<>();
        List<String> path = new ArrayList<>();
        boolean found = false;
        for (String start : byName.keySet()) {
            found |= visit(start, byName, state, path, reported, t);
        }
        return found;
    }

    private boolean visit(String name, Map<String, Step> byName, Map<String, Integer> state, List<String> path,
            Set<Set<String>> reported, Template t) {
        Integer st = state.get(name);
        if (st != null && st == 2) {
            return false;
        }
        Step s = byName.get(name);
        if (s == null) {
            return false;
        }
        state.put(name, 1);
        path.add(name);
        boolean found = false;
        for (String raw : s.dependsOn) {
            if (raw == null) {
                continue;
            }
            String dep = unquote(raw);
            if (dep.equals(name)) {
                continue; // reported as a self-dependency
            }
            Integer depState = state.get(dep);
            if (depState != null && depState == 1) {
                List<String> cycle = new ArrayList<>(path.subList(path.indexOf(dep), path.size()));
                if (reported.add(new HashSet<>(cycle))) {
                    report(cycle, byName, t);
                }
                found = true;
            } else {
                found |= visit(dep, byName, state, path, reported, t);
            }
        }
        path.remove(path.size() - 1);
        state.put(name, 2);
        return found;
    }

    /**
     * {@code cycle} is a dependency chain (each waits for the next); the message shows it in run order,
     * starting from the step that comes first in the graph.
     */
    private void report(List<String> cycle, Map<String, Step> byName, Template t) {
        List<String> runOrder = new ArrayList<>(cycle);
        java.util.Collections.reverse(runOrder);
        List<String> order = new ArrayList<>(byName.keySet());
        int first = 0;
        for (int i = 1; i < runOrder.size(); i++) {
            if (order.indexOf(runOrder.get(i)) < order.indexOf(runOrder.get(first))) {
                first = i;
            }
        }
        List<String> rotated = new ArrayList<>(runOrder.subList(first, runOrder.size()));
        rotated.addAll(runOrder.subList(0, first));
        rotated.add(rotated.get(0));
        String start = rotated.get(0);
        out.error(start, "dependsOn", dependencyField(byName.get(start)), "dependency cycle in '" + t.name + "': "
                + String.join(" → ", rotated) + " (each step waits for the one before it), so none of them can"
                + " start: remove one of these dependencies");
    }

    private static SourceRef dependencyField(Step s) {
        if (s.source == null) {
            return null;
        }
        if (s.dependsExpression != null) {
            return s.source.child("depends");
        }
        return s.source.child("dependencies");
    }

    /** Argo allows quoting a task name in a depends expression ({@code '5A' && B}). */
    static String unquote(String name) {
        if (name.length() >= 2 && (name.startsWith("'") && name.endsWith("'")
                || name.startsWith("\"") && name.endsWith("\""))) {
            return name.substring(1, name.length() - 1);
        }
        return name;
    }

    /** " (did you mean 'x'?)" when a candidate differs by case or a small typo, else "". */
    static String closest(String name, Set<String> candidates) {
        int allowed = name.length() >= 5 ? 2 : name.length() >= 3 ? 1 : 0;
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : new java.util.TreeSet<>(candidates.stream().filter(java.util.Objects::nonNull).toList())) {
            int d = c.equalsIgnoreCase(name) ? 0 : typoDistance(c, name);
            if (d <= allowed && d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best == null ? "" : " (did you mean '" + best + "'?)";
    }

    /** Edits (insert, delete, replace, swap two neighbours) that turn a into b. */
    static int typoDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
