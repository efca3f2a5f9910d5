package dev.orrery.designer.props;

import dev.orrery.core.model.Artifact;
import dev.orrery.core.model.Graph;
import dev.orrery.core.model.Parameter;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Step;
import dev.orrery.core.model.Template;
import dev.orrery.core.model.TemplateType;
import dev.orrery.core.refs.Binding;
import dev.orrery.core.refs.Bindings;
import dev.orrery.core.refs.IoKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where an input of a step may take its value from: an output of the same kind of a step that runs
 * before it, or nothing (its default). Plain data for the source list of an input's row.
 */
final class InputSource {
    enum Type {
        /** Nothing passed: the input's default, or none. */
        NONE,
        /** An upstream step's output. */
        OUTPUT,
        /** What the step passes now when it is not a binding (a literal value, a storage location). */
        OTHER
    }

    /** One entry of the list; {@code producer} and {@code output} are set for {@link Type#OUTPUT}. */
    record Choice(Type type, String producer, String output, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private InputSource() {
    }

    /** Nothing, then each upstream output of {@code kind}, in graph order. */
    static List<Choice> choices(Pipeline p, Graph g, Step step, IoKind kind, Template own, String input) {
        List<Choice> out = new ArrayList<>();
        out.add(none(own, kind, input));
        for (Step up : UpstreamSteps.of(g, step.name)) {
            Template t = up.template == null || up.templateRef != null ? null : p.template(up.template).orElse(null);
            if (t == null) {
                continue;
            }
            if (kind == IoKind.ARTIFACT) {
                t.outputArtifacts.forEach(a -> out.add(output(up.name, a.name)));
            } else {
                t.outputParameters.forEach(x -> out.add(output(up.name, x.name)));
                if (t.type() == TemplateType.SCRIPT || t.type() == TemplateType.CONTAINER) {
                    out.add(output(up.name, "result"));
                }
            }
        }
        return out;
    }

    /** What the step passes to the input now, matched against {@code choices} where it can be. */
    static Choice current(Step step, IoKind kind, String input, List<Choice> choices) {
        for (Binding b : Bindings.into(step)) {
            if (b.inputKind() == kind && b.input().equals(input)) {
                for (Choice c : choices) {
                    if (c.type() == Type.OUTPUT && c.producer().equals(b.producer()) && c.output().equals(b.output())) {
                        return c;
                    }
                }
                return new Choice(Type.OTHER, b.producer(), b.output(), b.producer() + "." + b.output()
                        + " (does not run before)");
            }
        }
        String passed = kind == IoKind.ARTIFACT
                ? step.artifactArguments.stream().filter(a -> input.equals(a.name)).findFirst()
                        .map(a -> a.from != null ? a.from : "a storage location").orElse(null)
                : step.parameterArguments.stream().filter(x -> input.equals(x.name)).findFirst()
                        .map(x -> Objects.requireNonNullElse(x.valueText(), "")).orElse(null);
        return passed == null ? choices.get(0) : new Choice(Type.OTHER, null, null, "value: " + passed);
    }

    private static Choice output(String producer, String output) {
        return new Choice(Type.OUTPUT, producer, output, producer + "." + output);
    }

    private static Choice none(Template own, IoKind kind, String input) {
        if (kind == IoKind.PARAMETER && own != null) {
            Parameter p = own.inputParameters.stream().filter(x -> input.equals(x.name)).findFirst().orElse(null);
            String d = p == null ? null : p.effectiveText();
            if (d != null) {
                return new Choice(Type.NONE, null, null, "(default: " + d + ")");
            }
        }
        if (kind == IoKind.ARTIFACT && own != null) {
            Artifact a = own.inputArtifacts.stream().filter(x -> input.equals(x.name)).findFirst().orElse(null);
            if (a != null && (a.from != null || a.extra.size() > 0)) {
                return new Choice(Type.NONE, null, null, "(default)");
            }
        }
        return new Choice(Type.NONE, null, null, "none");
    }
}
