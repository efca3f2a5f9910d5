package dev.orrery.designer.props;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.core.model.Artifact;
import dev.orrery.core.model.Graph;
import dev.orrery.core.model.GraphStyle;
import dev.orrery.core.model.Parameter;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Step;
import dev.orrery.core.model.Template;
import dev.orrery.core.model.TemplateType;
import dev.orrery.core.refs.Bindings;
import dev.orrery.core.refs.IoKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What an Argo expression ({@code {{…}}}) may name in one field of a step: pipeline parameters,
 * {@code workflow.*}, inputs, the outputs of the steps that run before it, and {@code item} in a loop.
 *
 * <p>Argo resolves {@code tasks.A.outputs.…}/{@code steps.A.outputs.…} and {@code item} only in the
 * step's own fields ({@code when}, argument values), not inside the template it runs (command, args,
 * script, env). So in a template field such an entry comes with a {@link Bridge}: choosing it binds
 * an input of the step's template to that output (adding the input when needed) and inserts the input's
 * reference, which Argo does resolve there. Plain data; no JavaFX, so it is tested without a window.
 */
public final class ExpressionScope {
    /** Whose field the expression is written in. */
    public enum Where {
        /** The step's own fields: {@code when}, parameter argument values. */
        STEP,
        /** The fields of the template the step runs: command, args, script, env. */
        TEMPLATE
    }

    /**
     * One thing in scope.
     *
     * @param label  what the list shows, as Argo spells the reference, e.g. {@code tasks.train.outputs.artifacts.model}
     * @param insert what goes between the braces when it is chosen
     * @param detail a few words on what it is
     * @param bridge the input binding that choosing it makes, or null when it needs none
     */
    public record Entry(String label, String insert, String detail, Bridge bridge) {
    }

    /**
     * An input of the step's template bound to what a template field cannot name directly.
     *
     * @param kind     parameter or artifact
     * @param input    the input's name
     * @param producer the upstream step whose output it takes, or null for the loop's {@code item}
     * @param output   that step's output ({@code result} for its standard output)
     * @param declared whether the template already declares the input (else it is added)
     */
    public record Bridge(IoKind kind, String input, String producer, String output, boolean declared) {
    }

    private static final Set<TemplateType> WITH_RESULT = Set.of(TemplateType.SCRIPT, TemplateType.CONTAINER);

    private ExpressionScope() {
    }

    /** The entries in scope for a field of {@code step} (a step of {@code graph}) in {@code p}. */
    public static List<Entry> of(Pipeline p, Graph graph, Step step, Where where) {
        List<Entry> out = new ArrayList<>();
        Template own = step.template == null || step.templateRef != null ? null : p.template(step.template).orElse(null);
        if (where == Where.TEMPLATE && own != null) {
            own.inputParameters.forEach(x -> out.add(new Entry("inputs.parameters." + x.name,
                    "inputs.parameters." + x.name, "input parameter", null)));
            own.inputArtifacts.forEach(x -> out.add(new Entry("inputs.artifacts." + x.name + ".path",
                    "inputs.artifacts." + x.name + ".path", "where input artifact " + x.name + " is", null)));
        } else if (where == Where.STEP) {
            Template around = enclosing(p, graph);
            if (around != null) {
                around.inputParameters.forEach(x -> out.add(new Entry("inputs.parameters." + x.name,
                        "inputs.parameters." + x.name, "input parameter of " + around.name, null)));
            }
        }
        upstreamOutputs(p, graph, step, where, own, out);
        if (step.loop != null) {
            loopItem(step, where, own, out);
        }
        p.parameters.forEach(x -> out.add(new Entry("workflow.parameters." + x.name, "workflow.parameters." + x.name,
                "pipeline parameter", null)));
        out.add(new Entry("workflow.name", "workflow.name", "the run's name", null));
        out.add(new Entry("workflow.namespace", "workflow.namespace", "the run's namespace", null));
        out.add(new Entry("workflow.uid", "workflow.uid", "the run's unique id", null));
        return out;
    }

    private static void upstreamOutputs(Pipeline p, Graph graph, Step step, Where where, Template own, List<Entry> out) {
        GraphStyle style = graph == null ? GraphStyle.DAG : graph.style;
        List<Entry> bridged = new ArrayList<>();
        for (Step up : UpstreamSteps.of(graph, step.name)) {
            Template t = up.template == null || up.templateRef != null ? null : p.template(up.template).orElse(null);
            if (t == null) {
                continue;
            }
            for (Parameter x : t.outputParameters) {
                output(style, step, where, own, up.name, IoKind.PARAMETER, x.name, "parameter of " + up.name, out, bridged);
            }
            if (WITH_RESULT.contains(t.type())) {
                output(style, step, where, own, up.name, IoKind.PARAMETER, "result", "what " + up.name + " prints",
                        out, bridged);
            }
            // a string cannot carry an artifact: only a template field reaches one, through an input's path
            if (where == Where.TEMPLATE) {
                for (Artifact x : t.outputArtifacts) {
                    output(style, step, where, own, up.name, IoKind.ARTIFACT, x.name, "artifact of " + up.name, out,
                            bridged);
                }
            }
        }
    }

    private static void output(GraphStyle style, Step step, Where where, Template own, String producer, IoKind kind,
            String output, String detail, List<Entry> out, List<Entry> bridged) {
        String ref = Bindings.expression(style, producer, kind, output);
        if ("result".equals(output) && kind == IoKind.PARAMETER) {
            ref = ref.replace(".outputs.parameters.result", ".outputs.result");
        }
        String label = ref.substring(2, ref.length() - 2);
        if (where == Where.STEP) {
            out.add(new Entry(label, label, detail, null));
            return;
        }
        if (own == null) {
            return; // no template of ours to bind an input of
        }
        String bound = boundInput(step, kind, ref);
        if (bound != null) {
            out.add(new Entry(label, inputReference(kind, bound), detail + ", via input " + bound, null));
            return;
        }
        String base = "result".equals(output) ? producer + "-result" : output;
        String input = freeInput(own, step, kind, base, producer + "-" + output, bridged);
        boolean declared = declares(own, kind, input);
        Bridge b = new Bridge(kind, input, producer, output, declared);
        Entry e = new Entry(label, inputReference(kind, input), detail + ", via " + (declared ? "" : "new ")
                + "input " + input, b);
        out.add(e);
        bridged.add(e);
    }

    private static void loopItem(Step step, Where where, Template own, List<Entry> out) {
        List<String> items = new ArrayList<>(List.of("item"));
        JsonNode first = step.loop.items == null || step.loop.items.isEmpty() ? null : step.loop.items.get(0);
        if (first != null && first.isObject()) {
            first.fieldNames().forEachRemaining(k -> items.add("item." + k));
        }
        for (String item : items) {
            if (where == Where.STEP) {
                out.add(new Entry(item, item, "this iteration's value", null));
                continue;
            }
            if (own == null) {
                continue;
            }
            String ref = "{{" + item + "}}";
            String bound = step.parameterArguments.stream().filter(a -> ref.equals(a.valueText()) && declares(own,
                    IoKind.PARAMETER, a.name)).map(a -> a.name).findFirst().orElse(null);
            if (bound != null) {
                out.add(new Entry(item, inputReference(IoKind.PARAMETER, bound), "this iteration's value, via input "
                        + bound, null));
                continue;
            }
            String input = freeInput(own, step, IoKind.PARAMETER, item.replace('.', '-'), item.replace('.', '-'), out);
            boolean declared = declares(own, IoKind.PARAMETER, input);
            out.add(new Entry(item, inputReference(IoKind.PARAMETER, input), "this iteration's value, via "
                    + (declared ? "" : "new ") + "input " + input, new Bridge(IoKind.PARAMETER, input, null, item,
                    declared)));
        }
    }

    /** The input of {@code step} whose argument is exactly {@code ref}, or null. */
    private static String boundInput(Step step, IoKind kind, String ref) {
        if (kind == IoKind.ARTIFACT) {
            return step.artifactArguments.stream().filter(a -> ref.equals(a.from)).map(a -> a.name).findFirst()
                    .orElse(null);
        }
        return step.parameterArguments.stream().filter(a -> ref.equals(a.valueText())).map(a -> a.name).findFirst()
                .orElse(null);
    }

    /**
     * A name for a bridging input: {@code base} when the template lacks it or declares it without this
     * step passing anything to it, else {@code fallback}, then numbered; never one another entry already took.
     */
    private static String freeInput(Template own, Step step, IoKind kind, String base, String fallback,
            List<Entry> taken) {
        for (int i = 0; ; i++) {
            String name = i == 0 ? base : i == 1 ? fallback : fallback + "-" + i;
            boolean argued = kind == IoKind.ARTIFACT
                    ? step.artifactArguments.stream().anyMatch(a -> name.equals(a.name))
                    : step.parameterArguments.stream().anyMatch(a -> name.equals(a.name));
            boolean claimed = taken.stream().anyMatch(e -> e.bridge() != null && e.bridge().kind() == kind
                    && name.equals(e.bridge().input()));
            if (!argued && !claimed) {
                return name;
            }
        }
    }

    static boolean declares(Template t, IoKind kind, String name) {
        return kind == IoKind.ARTIFACT ? t.inputArtifacts.stream().anyMatch(a -> name.equals(a.name))
                : t.inputParameters.stream().anyMatch(a -> name.equals(a.name));
    }

    private static String inputReference(IoKind kind, String input) {
        return kind == IoKind.ARTIFACT ? "inputs.artifacts." + input + ".path" : "inputs.parameters." + input;
    }

    /** The graph template whose graph {@code graph} is (the entrypoint's for the shown graph), or null. */
    private static Template enclosing(Pipeline p, Graph graph) {
        for (Template t : p.templates) {
            if (t.graph == graph && graph != null) {
                return t;
            }
        }
        return null;
    }
}
