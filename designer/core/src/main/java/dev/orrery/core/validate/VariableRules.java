package dev.orrery.core.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.core.diag.Severity;
import dev.orrery.core.model.ArgoKind;
import dev.orrery.core.model.Graph;
import dev.orrery.core.model.GraphStyle;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Step;
import dev.orrery.core.model.Template;
import dev.orrery.core.refs.Binding;
import dev.orrery.core.refs.Bindings;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Placeholders that cannot resolve: {@code workflow.parameters.X}, {@code inputs.parameters.X},
 * {@code inputs.artifacts.X}, and {@code tasks.X.…} / {@code steps.X.…} inside a graph. Every other
 * Argo variable (workflow.name, item, pod.name, retries, expressions, …) is left alone, and so is
 * anything whose scope this document does not fully show. A step's argument bound to another step's
 * output is a binding, checked by {@link BindingRules} at the input's port, not here.
 */
final class VariableRules {
    private static final Pattern INPUT = Pattern.compile("inputs\\.(parameters|artifacts)\\.([^.]+)(\\..*)?");
    private static final Pattern NODE = Pattern.compile("(tasks|steps)\\.([^.]+)\\.(outputs|status|exitCode|ip|id"
            + "|startedAt|finishedAt|hostNodeName)(\\..*)?");
    private static final Pattern OUTPUT = Pattern.compile("outputs\\.(parameters|artifacts)\\.([^.]+)(\\..*)?");
    private static final String WORKFLOW_PARAMETER = "workflow.parameters.";

    private final Findings out;
    private Pipeline pipeline;
    private Set<String> workflowParameters;
    /** Null when workflow parameters are not checked; else the severity of an unknown one. */
    private Severity workflowSeverity;
    private boolean defaultInputs;
    /** Lookups built once per check: references are resolved per string, and pipelines reach 10,000s of steps. */
    private Map<String, Template> templatesByName;
    private final Map<Graph, Map<String, Step>> stepsByGraph = new IdentityHashMap<>();
    private final Map<Step, java.util.List<Binding>> bindingsByStep = new IdentityHashMap<>();

    VariableRules(Findings out) {
        this.out = out;
    }

    void check(Pipeline p) {
        pipeline = p;
        templatesByName = new HashMap<>();
        p.templates.forEach(t -> templatesByName.putIfAbsent(t.name, t));
        stepsByGraph.clear();
        bindingsByStep.clear();
        workflowParameters = new HashSet<>();
        p.parameters.forEach(x -> workflowParameters.add(x.name));
        workflowSeverity = workflowParameterSeverity(p);
        defaultInputs = p.extraSpec.path("templateDefaults").has("inputs");
        for (TemplateStrings.Text text : TemplateStrings.ofJson(p.extraSpec, Findings.specOf(p), null)) {
            for (String tag : Placeholders.tags(text.value())) {
                workflowParameter(tag, text);
            }
        }
        for (Template t : p.templates) {
            for (TemplateStrings.Text text : TemplateStrings.of(t)) {
                for (String tag : Placeholders.tags(text.value())) {
                    workflowParameter(tag, text);
                    input(tag, text, t);
                    if (t.graph != null && text.inline() == null) {
                        node(tag, text, t);
                    }
                }
            }
        }
    }

    /**
     * Workflows and CronWorkflows declare all their parameters, so an unknown one is an error (Argo's
     * lint rejects it) unless the templates come from elsewhere (workflowTemplateRef) or steps call
     * other documents' templates (a warning then). A WorkflowTemplate's templates may run in any workflow
     * that declares the parameter, so there it is only a note.
     */
    private static Severity workflowParameterSeverity(Pipeline p) {
        if (p.extraSpec.has("workflowTemplateRef")) {
            return null;
        }
        if (p.argoKind == ArgoKind.WORKFLOW_TEMPLATE || p.argoKind == ArgoKind.CLUSTER_WORKFLOW_TEMPLATE) {
            // The workflow that submits it (or an event binding) may supply any parameter: Argo allows it.
            return Severity.INFO;
        }
        boolean usesTemplateRef = p.templates.stream().anyMatch(t -> t.graph != null && t.graph.steps.stream()
                .anyMatch(s -> s.templateRef != null || s.extra.has("templateRef")));
        return usesTemplateRef ? Severity.WARNING : Severity.ERROR;
    }

    private void workflowParameter(String tag, TemplateStrings.Text text) {
        if (workflowSeverity == null || !tag.startsWith(WORKFLOW_PARAMETER)) {
            return;
        }
        String name = tag.substring(WORKFLOW_PARAMETER.length());
        if ("json".equals(name) || !ArgoNames.isParameterName(name) || workflowParameters.contains(name)) {
            return;
        }
        String fix = workflowSeverity == Severity.ERROR ? "add a pipeline parameter named '" + name + "'"
                : "unless the submitting workflow supplies it, declare a parameter named '" + name + "'";
        out.add(workflowSeverity, text.owner(), text.field(), text.at(), "{{" + tag + "}} refers to workflow parameter '"
                + name + "', which is not declared: " + fix + ", or fix the name" + close(name, workflowParameters));
    }

    private void input(String tag, TemplateStrings.Text text, Template t) {
        Matcher m = INPUT.matcher(tag);
        if (!m.matches()) {
            return;
        }
        boolean parameter = "parameters".equals(m.group(1));
        String name = m.group(2);
        if (parameter && "json".equals(name)) {
            return;
        }
        Set<String> declared = text.inline() != null ? inlineInputs(text.inline(), m.group(1)) : declaredInputs(t, parameter);
        if (declared == null || declared.contains(name)) {
            return;
        }
        String where = text.inline() != null ? "the inline template of step '" + text.owner() + "'" : "template '"
                + t.name + "'";
        String kind = parameter ? "parameter" : "artifact";
        out.error(text.owner(), text.field(), text.at(), "{{" + tag + "}} refers to input " + kind + " '" + name
                + "', which " + where + " does not declare: add '" + name + "' to its inputs." + m.group(1)
                + ", or fix the name" + close(name, declared));
    }

    private Set<String> declaredInputs(Template t, boolean parameter) {
        if (defaultInputs || t.extra.has("inputs")) {
            return null; // inputs the model did not lift: not known for certain
        }
        Set<String> names = new HashSet<>();
        if (parameter) {
            t.inputParameters.forEach(x -> names.add(x.name));
        } else {
            t.inputArtifacts.forEach(x -> names.add(x.name));
        }
        return names;
    }

    private static Set<String> inlineInputs(ObjectNode inline, String list) {
        JsonNode inputs = inline.path("inputs");
        if (inputs.isMissingNode()) {
            return Set.of();
        }
        JsonNode items = inputs.path(list);
        if (items.isMissingNode()) {
            return Set.of();
        }
        if (!items.isArray()) {
            return null;
        }
        Set<String> names = new HashSet<>();
        for (JsonNode item : items) {
            if (!item.path("name").isTextual()) {
                return null;
            }
            names.add(item.path("name").textValue());
        }
        return names;
    }

    private void node(String tag, TemplateStrings.Text text, Template t) {
        Matcher m = NODE.matcher(tag);
        if (!m.matches()) {
            return;
        }
        Graph g = t.graph;
        String prefix = m.group(1);
        String stepName = m.group(2);
        String expected = g.style == GraphStyle.STEPS ? "steps" : "tasks";
        Map<String, Step> steps = stepsByGraph.computeIfAbsent(g, graph -> {
            Map<String, Step> byName = new HashMap<>();
            graph.steps.forEach(s -> byName.putIfAbsent(s.name, s));
            return byName;
        });
        Set<String> names = steps.keySet();
        if (!prefix.equals(expected)) {
            out.warning(text.owner(), text.field(), text.at(), "{{" + tag + "}} uses '" + prefix + ".' but '" + t.name
                    + "' is a " + (g.style == GraphStyle.STEPS ? "steps" : "DAG") + " graph, where other steps are"
                    + " referred to as '" + expected + ".': write {{" + expected + tag.substring(prefix.length())
                    + "}}");
            return;
        }
        if (isBinding(tag, text)) {
            return; // an argument bound to another step's output: BindingRules checks it, at the input's port
        }
        if (!names.contains(stepName)) {
            out.error(text.owner(), text.field(), text.at(), "{{" + tag + "}} refers to step '" + stepName + "', which"
                    + " is not a step of '" + t.name + "': fix the name" + close(stepName, names)
                    + " or add that step");
            return;
        }
        String rest = tag.substring(prefix.length() + stepName.length() + 2);
        Matcher o = OUTPUT.matcher(rest);
        if (o.matches()) {
            output(tag, text, steps.get(stepName), o.group(1), o.group(2));
        }
    }

    private boolean isBinding(String tag, TemplateStrings.Text text) {
        if (text.step() == null || !"arguments".equals(text.field())) {
            return false;
        }
        for (Binding b : bindingsByStep.computeIfAbsent(text.step(), Bindings::into)) {
            if (tag.equals(b.reference()) || tag.startsWith(b.reference() + ".")) {
                return true;
            }
        }
        return false;
    }

    /** An output of a step whose template is in this document and declares its outputs. */
    private void output(String tag, TemplateStrings.Text text, Step s, String list, String name) {
        if (s.templateRef != null || s.extra.has("templateRef") || s.extra.has("inline") || s.template == null) {
            return;
        }
        Template target = templatesByName.get(s.template);
        if (target == null || target.extra.has("outputs") || target.extra.has("templateRef")
                || target.extra.has("template")) {
            return;
        }
        Set<String> declared = new HashSet<>();
        boolean parameters = "parameters".equals(list);
        if (parameters) {
            target.outputParameters.forEach(x -> declared.add(x.name));
        } else {
            target.outputArtifacts.forEach(x -> declared.add(x.name));
        }
        if (declared.contains(name)) {
            return;
        }
        out.error(text.owner(), text.field(), text.at(), "{{" + tag + "}} refers to output " + (parameters
                ? "parameter" : "artifact") + " '" + name + "' of step '" + s.name + "', but its template '"
                + target.name + "' does not declare it: add '" + name + "' to the outputs of '" + target.name
                + "', or fix the name" + close(name, declared));
    }

    private static String close(String name, Set<String> candidates) {
        return GraphRules.closest(name, candidates);
    }
}
