package dev.orrery.core.refs;

import dev.orrery.core.model.Artifact;
import dev.orrery.core.model.Graph;
import dev.orrery.core.model.GraphStyle;
import dev.orrery.core.model.Json;
import dev.orrery.core.model.Parameter;
import dev.orrery.core.model.Step;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The data flow of one graph: every argument of a step that names an output of another step
 * ({@code from: "{{tasks.A.outputs.artifacts.X}}"}, {@code value: "{{steps.A.outputs.parameters.X}}"},
 * {@code outputs.result}, a loop's aggregated {@code outputs.parameters}, the bracket form {@code tasks['A']}, and each reference inside an
 * artifact's {@code fromExpression}). The one place that reads bindings: the canvas's edge names,
 * the property sheet, validation and the monitor all ask here. References to the workflow's global
 * outputs or the template's own inputs are not bindings between steps and are left out.
 */
public final class Bindings {
    private static final Pattern BRACES = Pattern.compile("\\{\\{(.*?)}}", Pattern.DOTALL);
    private static final String NAME = "(?:\\.([\\w-]+)|\\[\\s*['\"]([^'\"]+)['\"]\\s*])";
    private static final Pattern REFERENCE = Pattern.compile("(?<![\\w.\\-])(tasks|steps)" + NAME
            + "\\.outputs\\.(?:(artifacts|parameters)" + NAME + "|(result|parameters)(?![\\w\\-.\\[]))");

    private final List<Binding> all;
    private final Map<String, List<Binding>> byConsumer = new LinkedHashMap<>();
    private final Map<String, List<Binding>> byProducer = new LinkedHashMap<>();

    private Bindings(List<Binding> all) {
        this.all = List.copyOf(all);
        for (Binding b : this.all) {
            byConsumer.computeIfAbsent(b.consumer(), k -> new ArrayList<>()).add(b);
            byProducer.computeIfAbsent(b.producer(), k -> new ArrayList<>()).add(b);
        }
    }

    /** The bindings of every step of {@code graph}, in step then argument order. */
    public static Bindings of(Graph graph) {
        List<Binding> out = new ArrayList<>();
        if (graph != null) {
            for (Step s : graph.steps) {
                out.addAll(into(s));
            }
        }
        return new Bindings(out);
    }

    /** The bindings of one step's arguments; producers are named as written, whether or not they exist. */
    public static List<Binding> into(Step step) {
        List<Binding> out = new ArrayList<>();
        for (Parameter p : step.parameterArguments) {
            inBraces(step.name, IoKind.PARAMETER, p.name, p.valueText(), out);
        }
        for (Artifact a : step.artifactArguments) {
            inBraces(step.name, IoKind.ARTIFACT, a.name, a.from, out);
            if (a.extra.path("fromExpression").isTextual()) {
                bare(step.name, IoKind.ARTIFACT, a.name, a.extra.get("fromExpression").asText(), out);
            }
        }
        return out;
    }

    /**
     * The references to other steps' outputs anywhere in {@code text} (in braces or a bare expression: a
     * condition, a loop's {@code withParam}, a hook): bindings whose input kind and input are null.
     */
    public static List<Binding> inText(String consumer, String text) {
        List<Binding> out = new ArrayList<>();
        if (text != null) {
            bare(consumer, null, null, text, out);
        }
        return out;
    }

    public List<Binding> all() {
        return all;
    }

    /** What {@code consumer}'s arguments take from other steps. */
    public List<Binding> into(String consumer) {
        return byConsumer.getOrDefault(consumer, List.of());
    }

    /** What other steps take from {@code producer}'s outputs. */
    public List<Binding> from(String producer) {
        return byProducer.getOrDefault(producer, List.of());
    }

    /** What flows on the edge {@code producer → consumer}: empty for an edge that only orders. */
    public List<Binding> between(String producer, String consumer) {
        List<Binding> out = new ArrayList<>();
        for (Binding b : into(consumer)) {
            if (b.producer().equals(producer)) {
                out.add(b);
            }
        }
        return out.isEmpty() ? List.of() : Collections.unmodifiableList(out);
    }

    /** The reference an argument holds to bind to {@code producer}'s output, braces included. */
    public static String expression(GraphStyle style, String producer, IoKind kind, String output) {
        String scope = style == GraphStyle.STEPS ? "steps" : "tasks";
        return "{{" + scope + "." + producer + ".outputs." + kind.word() + "." + output + "}}";
    }

    /**
     * Binds {@code consumer}'s input {@code input} to {@code producer}'s output: sets (or adds) the
     * argument's {@code from} for an artifact, its {@code value} for a parameter. The caller makes
     * this an edit job; the dependency is the caller's too.
     */
    public static void bind(Step consumer, GraphStyle style, IoKind kind, String input, String producer, String output) {
        String ref = expression(style, producer, kind, output);
        if (kind == IoKind.ARTIFACT) {
            Artifact arg = consumer.artifactArguments.stream().filter(a -> input.equals(a.name)).findFirst().orElse(null);
            if (arg == null) {
                arg = new Artifact(input, null);
                consumer.artifactArguments.add(arg);
            }
            arg.from = ref;
            arg.extra.remove("fromExpression");
        } else {
            Parameter arg = consumer.parameterArguments.stream().filter(p -> input.equals(p.name)).findFirst().orElse(null);
            if (arg == null) {
                consumer.parameterArguments.add(Parameter.of(input, ref));
            } else {
                arg.value = Json.text(ref);
            }
        }
    }

    /**
     * Removes the argument that carries {@code binding} from its consumer (the input falls back to
     * its default); true when one was removed. {@code consumer} must be the binding's consumer.
     */
    public static boolean unbind(Step consumer, Binding binding) {
        if (!consumer.name.equals(binding.consumer())) {
            throw new IllegalArgumentException(binding.consumer() + "'s binding given with step " + consumer.name);
        }
        return binding.inputKind() == IoKind.ARTIFACT
                ? consumer.artifactArguments.removeIf(a -> binding.input().equals(a.name))
                : consumer.parameterArguments.removeIf(p -> binding.input().equals(p.name));
    }

    private static void inBraces(String consumer, IoKind kind, String input, String text, List<Binding> out) {
        if (text == null || !text.contains("{{")) {
            return;
        }
        Matcher m = BRACES.matcher(text);
        while (m.find()) {
            bare(consumer, kind, input, m.group(1), out);
        }
    }

    private static void bare(String consumer, IoKind kind, String input, String text, List<Binding> out) {
        Matcher m = REFERENCE.matcher(text);
        while (m.find()) {
            String producer = m.group(2) != null ? m.group(2) : m.group(3);
            IoKind outputKind = m.group(7) != null || "parameters".equals(m.group(4)) ? IoKind.PARAMETER : IoKind.ARTIFACT;
            String output = m.group(7) != null ? m.group(7) : m.group(5) != null ? m.group(5) : m.group(6);
            out.add(new Binding(consumer, kind, input, producer, outputKind, output, m.group()));
        }
    }
}
