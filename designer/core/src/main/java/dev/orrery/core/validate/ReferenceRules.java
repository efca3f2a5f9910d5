package dev.orrery.core.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.core.model.ArgoKind;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.SourceRef;
import dev.orrery.core.model.Step;
import dev.orrery.core.model.Template;
import dev.orrery.core.model.TemplateRef;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Template references: the entrypoint, the exit handler, what each step runs, and the templates
 * lifecycle hooks and step exit handlers name. Names with an Argo placeholder are resolved at run
 * time and are not checked.
 */
final class ReferenceRules {
    private final Findings out;

    ReferenceRules(Findings out) {
        this.out = out;
    }

    void check(Pipeline p) {
        SourceRef spec = Findings.specOf(p);
        // A Workflow that runs a WorkflowTemplate (workflowTemplateRef) takes its templates from there.
        boolean external = p.extraSpec.has("workflowTemplateRef");
        Set<String> names = new TreeSet<>();
        p.templates.forEach(t -> {
            if (t.name != null) {
                names.add(t.name);
            }
        });
        if (!external) {
            entrypoint(p, spec, names);
            if (p.onExit != null && !ArgoNames.isTemplated(p.onExit) && !names.contains(p.onExit)) {
                out.error(null, "onExit", Findings.at(spec, "onExit"), "the exit handler (onExit) names template '"
                        + p.onExit + "', which does not exist: pick one of " + list(names) + " or add it");
            }
            hooks(p.extraSpec.get("hooks"), null, Findings.at(spec, "hooks"), names);
        }
        for (Template t : p.templates) {
            if (t.graph == null) {
                continue;
            }
            for (Step s : t.graph.steps) {
                step(s, names);
            }
        }
    }

    private void entrypoint(Pipeline p, SourceRef spec, Set<String> names) {
        SourceRef at = Findings.at(spec, "entrypoint");
        if (p.entrypoint == null || p.entrypoint.isBlank()) {
            if (p.templates.isEmpty()) {
                return;
            }
            boolean reusable = p.argoKind == ArgoKind.WORKFLOW_TEMPLATE || p.argoKind == ArgoKind.CLUSTER_WORKFLOW_TEMPLATE;
            if (reusable) {
                out.info(null, "entrypoint", at, "no entrypoint: this " + p.argoKind.kind() + " can only be used"
                        + " through templateRef; set an entrypoint to submit it on its own");
            } else {
                out.error(null, "entrypoint", at, "no entrypoint: set the entrypoint to the template that runs first"
                        + " (one of " + list(names) + ")");
            }
            return;
        }
        if (!ArgoNames.isTemplated(p.entrypoint) && !names.contains(p.entrypoint)) {
            out.error(null, "entrypoint", at, "the entrypoint names template '" + p.entrypoint + "', which does not"
                    + " exist: set it to one of " + list(names) + GraphRules.closest(p.entrypoint, names));
        }
    }

    private void step(Step s, Set<String> names) {
        String who = "step '" + s.name + "'";
        boolean inline = s.extra.has("inline");
        boolean rawRef = s.extra.has("templateRef");
        if (s.template != null && (s.templateRef != null || rawRef)) {
            out.error(s.name, "template", Findings.at(s.source, "template"), who + " has both template and"
                    + " templateRef: keep only one");
        } else if (s.template != null && !ArgoNames.isTemplated(s.template) && !names.contains(s.template)) {
            out.error(s.name, "template", Findings.at(s.source, "template"), who + " runs template '" + s.template
                    + "', which does not exist: pick one of " + list(names) + GraphRules.closest(s.template, names)
                    + ", or add a template named '" + s.template + "'");
        } else if (s.template == null && s.templateRef == null && !rawRef && !inline) {
            out.error(s.name, "template", s.source, who + " runs nothing: set its template (one of " + list(names)
                    + "), or a templateRef to a WorkflowTemplate");
        }
        if (s.templateRef != null) {
            TemplateRef r = s.templateRef;
            SourceRef at = Findings.at(s.source, "templateRef");
            if (r.name() == null || r.name().isBlank()) {
                out.error(s.name, "templateRef", at, who + " has a templateRef without a name: set the name of the"
                        + " WorkflowTemplate to use");
            }
            if (r.template() == null || r.template().isBlank()) {
                out.error(s.name, "templateRef", at, who + " has a templateRef without a template: set which template"
                        + " of '" + r.name() + "' to run");
            }
        }
        JsonNode onExit = s.extra.get("onExit");
        if (onExit != null && onExit.isTextual()) {
            named(onExit.textValue(), s.name, "onExit", Findings.at(s.source, "onExit"), names,
                    who + "'s exit handler (onExit)");
        }
        hooks(s.extra.get("hooks"), s.name, Findings.at(s.source, "hooks"), names);
    }

    /** Lifecycle hooks: {@code {exit: {template: x}, running: {expression: ..., template: y}}}. */
    private void hooks(JsonNode hooks, String owner, SourceRef at, Set<String> names) {
        if (hooks == null || !hooks.isObject()) {
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> it = hooks.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode template = e.getValue().get("template");
            if (template != null && template.isTextual() && !e.getValue().has("templateRef")) {
                named(template.textValue(), owner, "hooks", Findings.at(at, e.getKey(), "template"), names,
                        "the '" + e.getKey() + "' hook");
            }
        }
    }

    private void named(String name, String owner, String field, SourceRef at, Set<String> names, String what) {
        if (!ArgoNames.isTemplated(name) && !names.contains(name)) {
            out.error(owner, field, at, what + " names template '" + name + "', which does not exist: pick one of "
                    + list(names) + " or add it");
        }
    }

    private static String list(Set<String> names) {
        if (names.isEmpty()) {
            return "the templates (there are none yet)";
        }
        if (names.size() > 8) {
            return String.join(", ", names.stream().limit(8).toList()) + ", …";
        }
        return String.join(", ", names);
    }
}
