package dev.orrery.core.diff;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.core.model.Graph;
import dev.orrery.core.model.Parameter;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Step;
import dev.orrery.core.model.Template;
import dev.orrery.core.nativefmt.NativeNodes;
import dev.orrery.core.refs.Binding;
import dev.orrery.core.refs.Bindings;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds a {@link PipelineDiff}; see there for what is compared and in which order. */
final class Differ {
    private final Pipeline before;
    private final Pipeline after;
    /**
     * The old version's templates by name. A graph template in which renames were found is replaced
     * by a copy with the renames applied, so that what followed them matches; nothing else is copied.
     */
    private final Map<String, Template> oldTemplates;
    private final List<Change> out = new ArrayList<>();

    Differ(Pipeline before, Pipeline after) {
        this.before = before;
        this.after = after;
        this.oldTemplates = byName(before.templates);
    }

    List<Change> changes() {
        settings();
        parameters();
        Ownership oldOwners = new Ownership(before);
        Ownership newOwners = new Ownership(after);
        Map<String, Template> newTemplates = byName(after.templates);
        Set<String> coveredOld = new HashSet<>();
        Set<String> coveredNew = new HashSet<>();
        for (Template g : graphsInOrder()) {
            Template oldG = graphOrNull(oldTemplates.get(g.name));
            Template newG = graphOrNull(newTemplates.get(g.name));
            Graph oldGraph = oldG == null ? null : oldG.graph;
            if (oldG != null && newG != null) {
                StepRenames.Found found = StepRenames.find(oldG, oldOwners, newG.graph, newOwners);
                found.renames().forEach((o, n) -> out.add(Change.renamed(g.name, o, n)));
                oldTemplates.put(g.name, found.holder());
                oldGraph = found.holder().graph;
            }
            graph(g.name, oldGraph, oldOwners, newG == null ? null : newG.graph, newOwners, coveredOld, coveredNew);
        }
        templates(oldOwners, newOwners, newTemplates, coveredOld, coveredNew);
        return out;
    }

    private static Template graphOrNull(Template t) {
        return t != null && t.isGraph() ? t : null;
    }

    private void settings() {
        TreeDiff.diff("", NativeNodes.settings(before), NativeNodes.settings(after), Set.of(),
                (path, a, b) -> out.add(Change.setting(path.substring(1), a, b)));
    }

    private void parameters() {
        Map<String, Parameter> old = new LinkedHashMap<>();
        before.parameters.forEach(p -> old.putIfAbsent(p.name, p));
        Set<String> seen = new HashSet<>();
        for (Parameter p : after.parameters) {
            if (!seen.add(p.name)) {
                continue;
            }
            Parameter o = old.get(p.name);
            if (o == null) {
                out.add(Change.parameter(ChangeKind.PARAMETER_ADDED, p.name, p.name, null, NativeNodes.parameter(p)));
            } else {
                TreeDiff.diff(p.name, NativeNodes.parameter(o), NativeNodes.parameter(p), Set.of(),
                        (path, a, b) -> out.add(Change.parameter(ChangeKind.PARAMETER_CHANGED, p.name, path, a, b)));
            }
        }
        old.forEach((name, o) -> {
            if (!seen.contains(name)) {
                out.add(Change.parameter(ChangeKind.PARAMETER_REMOVED, name, name, NativeNodes.parameter(o), null));
            }
        });
    }

    /** Graph templates of the new version in its order, then those only the old one has. */
    private List<Template> graphsInOrder() {
        Map<String, Template> graphs = new LinkedHashMap<>();
        after.templates.stream().filter(Template::isGraph).forEach(t -> graphs.putIfAbsent(t.name, t));
        before.templates.stream().filter(Template::isGraph).forEach(t -> graphs.putIfAbsent(t.name, t));
        return List.copyOf(graphs.values());
    }

    private void graph(String name, Graph oldGraph, Ownership oldOwners, Graph newGraph, Ownership newOwners,
            Set<String> coveredOld, Set<String> coveredNew) {
        Map<String, Step> oldSteps = byName(oldGraph);
        Map<String, Step> newSteps = byName(newGraph);
        oldSteps.forEach((stepName, s) -> {
            if (!newSteps.containsKey(stepName)) {
                Template own = oldOwners.of(s);
                if (own != null) {
                    coveredOld.add(own.name);
                }
                out.add(Change.step(ChangeKind.STEP_REMOVED, name, stepName, stepName, content(s, own), null));
            }
        });
        newSteps.forEach((stepName, s) -> {
            if (!oldSteps.containsKey(stepName)) {
                Template own = newOwners.of(s);
                if (own != null) {
                    coveredNew.add(own.name);
                }
                out.add(Change.step(ChangeKind.STEP_ADDED, name, stepName, stepName, null, content(s, own)));
            }
        });
        newSteps.forEach((stepName, s) -> {
            Step o = oldSteps.get(stepName);
            if (o != null) {
                step(name, o, oldOwners.of(o), s, newOwners.of(s), coveredOld, coveredNew);
            }
        });
    }

    private void step(String graph, Step o, Template ownOld, Step n, Template ownNew, Set<String> coveredOld,
            Set<String> coveredNew) {
        boolean inline = ownOld != null && ownNew != null;
        if (inline) {
            coveredOld.add(ownOld.name);
            coveredNew.add(ownNew.name);
        }
        for (String d : o.dependsOn) {
            if (!n.dependsOn.contains(d)) {
                out.add(Change.edge(ChangeKind.DEPENDENCY_REMOVED, graph, n.name, d, n.name));
            }
        }
        for (String d : n.dependsOn) {
            if (!o.dependsOn.contains(d)) {
                out.add(Change.edge(ChangeKind.DEPENDENCY_ADDED, graph, n.name, d, n.name));
            }
        }
        ObjectNode oldFields = fields(o, inline ? ownOld : null);
        ObjectNode newFields = fields(n, inline ? ownNew : null);
        if (TreeDiff.same(oldFields, newFields)) {
            return; // the arguments are fields: no binding changed either
        }
        Set<String> skip = new HashSet<>();
        Map<String, Binding> oldBindings = bindings(o);
        Map<String, Binding> newBindings = bindings(n);
        oldBindings.forEach((key, b) -> {
            if (!newBindings.containsKey(key)) {
                out.add(binding(ChangeKind.BINDING_REMOVED, graph, b));
                skip.add(argumentPath(b));
            }
        });
        newBindings.forEach((key, b) -> {
            if (!oldBindings.containsKey(key)) {
                out.add(binding(ChangeKind.BINDING_ADDED, graph, b));
                skip.add(argumentPath(b));
            }
        });
        TreeDiff.diff(n.name, oldFields, newFields, skip,
                (path, a, b) -> out.add(Change.step(ChangeKind.STEP_CHANGED, graph, n.name, path, a, b)));
    }

    /** A step's fields for comparison: its edges are compared apart, and the name of its own template is no field. */
    private static ObjectNode fields(Step s, Template own) {
        ObjectNode node = NativeNodes.step(s, own);
        node.remove("name");
        node.remove("templateName");
        node.remove("dependsOn");
        return node;
    }

    /** What an added or removed step is: its fields, with the template only it runs written inside. */
    private static ObjectNode content(Step s, Template own) {
        ObjectNode node = NativeNodes.step(s, own);
        node.remove("templateName");
        return node;
    }

    private static Map<String, Binding> bindings(Step s) {
        Map<String, Binding> out = new LinkedHashMap<>();
        for (Binding b : Bindings.into(s)) {
            out.putIfAbsent(b.inputKind().word() + "." + b.input() + "<" + b.producer() + "."
                    + b.outputKind().word() + "." + b.output(), b);
        }
        return out;
    }

    private static Change binding(ChangeKind kind, String graph, Binding b) {
        return Change.edge(kind, graph, b.consumer(), b.producer() + ".outputs." + b.outputKind().word() + "." + b.output(),
                b.consumer() + ".inputs." + b.inputKind().word() + "." + b.input());
    }

    /** The argument that carries a binding, as a path of the step's fields. */
    private static String argumentPath(Binding b) {
        return b.consumer() + ".arguments." + b.inputKind().word() + "." + b.input();
    }

    private void templates(Ownership oldOwners, Ownership newOwners, Map<String, Template> newByName,
            Set<String> coveredOld, Set<String> coveredNew) {
        Map<String, Template> oldByName = oldTemplates;
        Set<String> names = new LinkedHashSet<>(newByName.keySet());
        names.addAll(oldByName.keySet());
        for (String name : names) {
            Template o = oldByName.get(name);
            Template n = newByName.get(name);
            boolean oldCovered = o == null || coveredOld.contains(name);
            boolean newCovered = n == null || coveredNew.contains(name);
            if (oldCovered && newCovered) {
                continue;
            }
            if (o == null) {
                out.add(Change.template(ChangeKind.TEMPLATE_ADDED, name, name, null, NativeNodes.template(n),
                        newOwners.runners(name)));
            } else if (n == null) {
                out.add(Change.template(ChangeKind.TEMPLATE_REMOVED, name, name, NativeNodes.template(o), null,
                        oldOwners.runners(name)));
            } else {
                List<String> runners = newOwners.runners(name);
                // a native pipeline without an entrypoint has its graph in an unnamed template
                TreeDiff.diff(name != null ? name : "graph", NativeNodes.template(o), NativeNodes.template(n), Set.of(),
                        (path, a, b) -> out.add(Change.template(ChangeKind.TEMPLATE_CHANGED, name, path, a, b, runners)));
            }
        }
    }

    /** Templates by name; of two with one name the first counts, as {@link Pipeline#template} says. */
    private static Map<String, Template> byName(List<Template> templates) {
        Map<String, Template> out = new LinkedHashMap<>();
        templates.forEach(t -> out.putIfAbsent(t.name, t));
        return out;
    }

    private static Map<String, Step> byName(Graph g) {
        Map<String, Step> out = new LinkedHashMap<>();
        if (g != null) {
            g.steps.forEach(s -> out.putIfAbsent(s.name, s));
        }
        return out;
    }
}
