package dev.orrery.core.validate;

import dev.orrery.core.diag.Location;
import dev.orrery.core.model.Artifact;
import dev.orrery.core.model.Graph;
import dev.orrery.core.model.GraphStyle;
import dev.orrery.core.model.Parameter;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.SourceRef;
import dev.orrery.core.model.Step;
import dev.orrery.core.model.Template;
import dev.orrery.core.model.TemplateType;
import dev.orrery.core.refs.Binding;
import dev.orrery.core.refs.Bindings;
import dev.orrery.core.refs.IoKind;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The data flow between steps ({@link Bindings}): each binding names a step of the graph and an
 * output its template declares, of the kind the input takes, produced by a step that runs before the
 * consumer; and each input of the template a step runs has a source. Findings are located at the
 * consumer's input port ({@code inputs.artifacts.NAME} / {@code inputs.parameters.NAME}, see
 * {@link dev.orrery.core.diag.Location}), so the canvas can put them on the edge producer → consumer.
 *
 * <p>Producers whose outputs are not known here (templateRef, inline templates, outputs the model did
 * not lift) are not checked, nor are inputs of such templates.
 */
final class BindingRules {
    private final Findings out;
    private Map<String, Template> templates;
    /** templateDefaults.inputs may supply any input: which inputs have a source is then unknown. */
    private boolean defaultInputs;

    BindingRules(Findings out) {
        this.out = out;
    }

    /** The field naming an input port, as every port finding's location has it. */
    static String portField(IoKind kind, String input) {
        return Location.portField(kind == IoKind.ARTIFACT, input);
    }

    void check(Pipeline p) {
        templates = new HashMap<>();
        p.templates.forEach(t -> templates.putIfAbsent(t.name, t));
        defaultInputs = p.extraSpec.path("templateDefaults").has("inputs");
        for (Template t : p.templates) {
            if (t.graph != null) {
                check(t, t.graph);
            }
        }
    }

    private void check(Template owner, Graph g) {
        Map<String, Step> byName = new LinkedHashMap<>();
        g.steps.forEach(s -> {
            if (s.name != null) {
                byName.putIfAbsent(s.name, s);
            }
        });
        Upstream upstream = new Upstream(byName);
        for (Step consumer : g.steps) {
            if (consumer.name == null) {
                continue;
            }
            for (Binding b : Bindings.into(consumer)) {
                binding(owner, g, consumer, b, byName, upstream);
            }
            unsourced(consumer);
        }
    }

    private void binding(Template owner, Graph g, Step consumer, Binding b, Map<String, Step> byName,
            Upstream upstream) {
        String field = portField(b.inputKind(), b.input());
        SourceRef at = argumentAt(consumer, b.inputKind(), b.input());
        String port = "input " + noun(b.inputKind()) + " '" + b.input() + "' of step '" + consumer.name + "'";
        Step producer = byName.get(b.producer());
        if (producer == null) {
            out.error(consumer.name, field, at, port + " is bound to " + b.reference() + ", which refers to step '"
                    + b.producer() + "', which is not a step of '" + owner.name + "': bind it to an output of an"
                    + " existing step" + GraphRules.closest(b.producer(), byName.keySet()) + " or add that step");
            return;
        }
        if (b.kindsDiffer() && !isConditionOfExpression(consumer, b)) {
            String fix = b.inputKind() == IoKind.ARTIFACT
                    ? "an artifact input takes a file: bind it to an output artifact, or make '" + b.input()
                            + "' an input parameter"
                    : "a parameter input takes a value, not a file: bind it to an output parameter, or make '"
                            + b.input() + "' an input artifact";
            out.error(consumer.name, field, at, port + " is bound to output " + noun(b.outputKind()) + " '"
                    + b.output() + "' of step '" + producer.name + "' (" + b.reference() + "): " + fix);
            return;
        }
        missingOutput(consumer, b, producer, field, at, port);
        if (!upstream.runsBefore(producer.name, consumer.name)) {
            String fix = g.style == GraphStyle.STEPS
                    ? "move '" + consumer.name + "' to a group after the one '" + producer.name + "' is in"
                    : "add '" + producer.name + "' to the dependencies of '" + consumer.name + "'";
            out.warning(consumer.name, field, at, port + " takes " + b.reference() + ", but '" + consumer.name
                    + "' does not run after '" + producer.name + "' (not even through other steps), so Argo may"
                    + " start it before that output exists and fail: " + fix);
        }
    }

    /** An output the producer's template does not declare, or a result it cannot have. */
    private void missingOutput(Step consumer, Binding b, Step producer, String field, SourceRef at, String port) {
        Template target = withKnownOutputs(producer);
        if (target == null) {
            return;
        }
        if (b.reference().endsWith("outputs.result")) {
            TemplateType type = target.type();
            if (type == TemplateType.RESOURCE || type == TemplateType.SUSPEND || type == TemplateType.DAG
                    || type == TemplateType.STEPS) {
                out.error(consumer.name, field, at, port + " is bound to " + b.reference() + ", but step '"
                        + producer.name + "' runs template '" + target.name + "', which is not a script or container"
                        + " and has no result: bind it to one of its output parameters instead");
            }
            return;
        }
        if (b.reference().endsWith("outputs.parameters")) {
            return; // a loop's aggregated output parameters
        }
        Set<String> declared = new LinkedHashSet<>();
        (b.outputKind() == IoKind.ARTIFACT ? target.outputArtifacts.stream().map(a -> a.name)
                : target.outputParameters.stream().map(x -> x.name)).forEach(declared::add);
        if (declared.contains(b.output())) {
            return;
        }
        String choice = declared.isEmpty() ? "" : "bind it to one of " + String.join(", ", declared) + ", or ";
        out.error(consumer.name, field, at, port + " is bound to output " + noun(b.outputKind()) + " '" + b.output()
                + "' of step '" + producer.name + "' (" + b.reference() + "), which its template '" + target.name
                + "' does not declare: " + choice + "add '" + b.output() + "' to the outputs of '" + target.name + "'"
                + GraphRules.closest(b.output(), declared));
    }

    /** Inputs of the step's template that nothing supplies: Argo refuses the workflow ("was not supplied"). */
    private void unsourced(Step s) {
        Template t = withKnownInputs(s);
        if (t == null) {
            return;
        }
        for (Parameter p : t.inputParameters) {
            boolean sourced = p.value != null || p.defaultValue != null || p.path != null || p.extra.has("valueFrom")
                    || s.parameterArguments.stream().anyMatch(a -> p.name != null && p.name.equals(a.name));
            if (!sourced && p.name != null) {
                out.error(s.name, portField(IoKind.PARAMETER, p.name), Findings.at(s.source, "arguments"), "step '"
                        + s.name + "' gives no value to input parameter '" + p.name + "' of template '" + t.name
                        + "', which has no default: bind it to an output of an earlier step, give it a value in the"
                        + " step's arguments, or a default in '" + t.name + "'");
            }
        }
        for (Artifact a : t.inputArtifacts) {
            boolean sourced = Boolean.TRUE.equals(a.optional) || a.from != null || hasLocation(a)
                    || s.artifactArguments.stream().anyMatch(x -> a.name != null && a.name.equals(x.name));
            if (!sourced && a.name != null) {
                out.error(s.name, portField(IoKind.ARTIFACT, a.name), Findings.at(s.source, "arguments"), "step '"
                        + s.name + "' passes nothing to input artifact '" + a.name + "' of template '" + t.name
                        + "', which has no source of its own: bind it to an output artifact of an earlier step, give"
                        + " it a source in the step's arguments, or mark it optional in '" + t.name + "'");
            }
        }
    }

    /** Fields of an artifact that say nothing about where it comes from. */
    private static final Set<String> NOT_A_LOCATION = Set.of("name", "path", "mode", "archive", "recurseMode",
            "description", "globalName", "archiveLogs", "deleted", "artifactGC", "subPath", "optional");

    /** A source written in the template's input itself (raw, s3, http, git, a key in the repository, …). */
    private static boolean hasLocation(Artifact a) {
        var it = a.extra.fieldNames();
        while (it.hasNext()) {
            if (!NOT_A_LOCATION.contains(it.next())) {
                return true;
            }
        }
        return false;
    }

    /** A parameter named in an artifact's fromExpression is its condition, not where the file comes from. */
    private static boolean isConditionOfExpression(Step consumer, Binding b) {
        if (b.inputKind() != IoKind.ARTIFACT || b.outputKind() != IoKind.PARAMETER) {
            return false;
        }
        return consumer.artifactArguments.stream().anyMatch(a -> b.input().equals(a.name)
                && (a.from == null || !a.from.contains(b.reference()))
                && a.extra.path("fromExpression").asText("").contains(b.reference()));
    }

    private Template withKnownOutputs(Step s) {
        Template t = ranTemplate(s);
        return t == null || t.extra.has("outputs") ? null : t;
    }

    private Template withKnownInputs(Step s) {
        Template t = ranTemplate(s);
        return t == null || defaultInputs || t.extra.has("inputs") ? null : t;
    }

    /** The template of this document the step runs, or null when it runs something this document does not show. */
    private Template ranTemplate(Step s) {
        if (s.templateRef != null || s.extra.has("templateRef") || s.extra.has("inline") || s.template == null
                || ArgoNames.isTemplated(s.template)) {
            return null;
        }
        Template t = templates.get(s.template);
        return t == null || t.extra.has("templateRef") || t.extra.has("template") ? null : t;
    }

    private static SourceRef argumentAt(Step s, IoKind kind, String input) {
        List<?> args = kind == IoKind.ARTIFACT ? s.artifactArguments : s.parameterArguments;
        for (int i = 0; i < args.size(); i++) {
            Object a = args.get(i);
            String name = a instanceof Artifact art ? art.name : ((Parameter) a).name;
            if (input.equals(name)) {
                return Findings.at(Findings.at(s.source, "arguments", kind.word()), i);
            }
        }
        return Findings.at(s.source, "arguments");
    }

    private static String noun(IoKind kind) {
        return kind == IoKind.ARTIFACT ? "artifact" : "parameter";
    }

    /** Whether one step runs after another, through dependencies (a steps graph's groups are dependencies too). */
    private static final class Upstream {
        private final Map<String, Step> byName;
        private final Map<String, Integer> seen = new HashMap<>();
        private int stamp;

        Upstream(Map<String, Step> byName) {
            this.byName = byName;
        }

        boolean runsBefore(String producer, String consumer) {
            Step c = byName.get(consumer);
            if (c == null || c.dependsOn.stream().anyMatch(d -> d != null && producer.equals(GraphRules.unquote(d)))) {
                return true;
            }
            // rarer: through other steps; breadth first with an early stop, one pass per question
            stamp++;
            java.util.ArrayDeque<Step> queue = new java.util.ArrayDeque<>();
            queue.add(c);
            seen.put(consumer, stamp);
            while (!queue.isEmpty()) {
                for (String raw : queue.poll().dependsOn) {
                    if (raw == null) {
                        continue;
                    }
                    String dep = GraphRules.unquote(raw);
                    if (dep.equals(producer)) {
                        return true;
                    }
                    Step d = byName.get(dep);
                    if (d != null && !Integer.valueOf(stamp).equals(seen.put(dep, stamp))) {
                        queue.add(d);
                    }
                }
            }
            return false;
        }
    }
}
