package dev.orrery.designer.doc;

import dev.orrery.core.diag.Diagnostic;
import dev.orrery.core.diag.Location;
import dev.orrery.core.model.Graph;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Step;
import dev.orrery.core.model.Template;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The few checks the designer needs to mark nodes when no full validator is wired in: duplicate
 * and missing names, dependencies on unknown steps, cycles, missing images, bad GPU counts.
 */
public final class BasicChecks implements PipelineChecker {

    @Override
    public List<Diagnostic> check(Pipeline p) {
        List<Diagnostic> out = new ArrayList<>();
        if (p.name == null && p.generateName == null) {
            out.add(Diagnostic.error(Location.of(null, "name"), "the pipeline has no name; set one in the pipeline properties"));
        }
        if (p.entrypoint == null || p.template(p.entrypoint).isEmpty()) {
            out.add(Diagnostic.error(Location.of(null, "entrypoint"), "the entrypoint '" + p.entrypoint
                    + "' names no template of this pipeline"));
        }
        for (Template t : p.templates) {
            if (t.container != null && (t.container.image == null || t.container.image.isBlank())) {
                out.add(Diagnostic.error(Location.of(t.name, "image"), "template " + t.name + " has no image; set one"));
            }
            if (t.container != null && t.container.resources.gpu != null && t.container.resources.gpuCount() <= 0) {
                out.add(Diagnostic.error(Location.of(t.name, "gpu"), "the GPU count must be a whole number of at least 1"));
            }
            if (t.graph != null) {
                checkGraph(p, t.graph, out);
            }
        }
        return out;
    }

    private static void checkGraph(Pipeline p, Graph g, List<Diagnostic> out) {
        Map<String, Step> byName = new HashMap<>();
        for (Step s : g.steps) {
            if (s.name == null || s.name.isBlank()) {
                out.add(Diagnostic.error(Location.of(null, "name"), "a step has no name"));
                continue;
            }
            if (byName.putIfAbsent(s.name, s) != null) {
                out.add(Diagnostic.error(Location.of(s.name, "name"), "two steps are named " + s.name + "; rename one"));
            }
            if (s.template != null && s.templateRef == null && p.template(s.template).isEmpty()) {
                out.add(Diagnostic.error(Location.of(s.name, "template"), "step " + s.name + " runs template "
                        + s.template + ", which does not exist"));
            }
        }
        for (Step s : g.steps) {
            for (String d : s.dependsOn) {
                if (!byName.containsKey(d)) {
                    out.add(Diagnostic.error(Location.of(s.name, "dependsOn"), "step " + s.name + " depends on "
                            + d + ", which is not a step of this graph"));
                }
            }
        }
        Set<String> done = new HashSet<>();
        for (Step s : g.steps) {
            if (s.name != null && inCycle(s.name, byName, new HashSet<>(), done)) {
                out.add(Diagnostic.error(Location.of(s.name, "dependsOn"), "step " + s.name
                        + " is part of a dependency cycle; remove one of its dependencies"));
            }
        }
    }

    private static boolean inCycle(String name, Map<String, Step> byName, Set<String> path, Set<String> done) {
        if (done.contains(name)) {
            return false;
        }
        if (!path.add(name)) {
            return true;
        }
        Step s = byName.get(name);
        if (s != null) {
            for (String d : s.dependsOn) {
                if (inCycle(d, byName, path, done)) {
                    return true;
                }
            }
        }
        path.remove(name);
        done.add(name);
        return false;
    }
}
