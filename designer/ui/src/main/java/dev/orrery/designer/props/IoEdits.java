package dev.orrery.designer.props;

import dev.orrery.core.model.Artifact;
import dev.orrery.core.model.Graph;
import dev.orrery.core.model.GraphStyle;
import dev.orrery.core.model.Json;
import dev.orrery.core.model.Parameter;
import dev.orrery.core.model.Step;
import dev.orrery.core.refs.Binding;
import dev.orrery.core.refs.Bindings;
import dev.orrery.core.refs.IoKind;
import dev.orrery.designer.doc.DesignDocument;
import dev.orrery.designer.job.BatchJob;
import dev.orrery.designer.job.Job;
import dev.orrery.designer.job.StepEditJob;
import dev.orrery.designer.job.TemplateEditJob;

/** The edit jobs behind the Inputs and Outputs sections and the completion's bridges: each one undo step. */
final class IoEdits {
    private IoEdits() {
    }

    /** Binds {@code step}'s input to an upstream step's output (or, without a producer, to the loop's item). */
    static Job bind(DesignDocument doc, String step, IoKind kind, String input, String producer, String output) {
        Graph g = doc.graphOf(step);
        GraphStyle style = g == null ? GraphStyle.DAG : g.style;
        String what = producer == null ? "{{" + output + "}}" : producer + "." + output;
        return new StepEditJob(doc, step, "Bind input " + input + " of " + step + " to " + what,
                st -> argument(st, style, kind, input, producer, output));
    }

    private static void argument(Step st, GraphStyle style, IoKind kind, String input, String producer, String output) {
        if (producer != null && !(kind == IoKind.PARAMETER && "result".equals(output))) {
            Bindings.bind(st, style, kind, input, producer, output);
            return;
        }
        // a step's standard output and the loop's item are plain values, not named outputs Bindings writes
        String value = producer == null ? "{{" + output + "}}"
                : "{{" + (style == GraphStyle.STEPS ? "steps." : "tasks.") + producer + ".outputs.result}}";
        st.parameterArguments.stream().filter(p -> input.equals(p.name)).findFirst().ifPresentOrElse(
                p -> p.value = Json.text(value), () -> st.parameterArguments.add(Parameter.of(input, value)));
    }

    /** Takes away what {@code step} passes to its input: it falls back to the input's default. */
    static Job unbind(DesignDocument doc, String step, IoKind kind, String input) {
        return new StepEditJob(doc, step, "Unbind input " + input + " of " + step, st -> {
            boolean removed = false;
            for (Binding b : Bindings.into(st)) {
                if (b.inputKind() == kind && b.input().equals(input)) {
                    removed |= Bindings.unbind(st, b);
                }
            }
            if (!removed) {
                // a literal value or a storage location, not a binding: it goes too
                if (kind == IoKind.ARTIFACT) {
                    st.artifactArguments.removeIf(a -> input.equals(a.name));
                } else {
                    st.parameterArguments.removeIf(p -> input.equals(p.name));
                }
            }
        });
    }

    /** Adds the bridge's input to the step's template when missing, and binds it: one undo step. */
    static Job bridge(DesignDocument doc, String step, String template, ExpressionScope.Bridge b) {
        BatchJob batch = new BatchJob("Bind input " + b.input() + " of " + step);
        if (!b.declared()) {
            batch.add(new TemplateEditJob(doc, template, "Add input " + b.input() + " to " + template,
                    t -> addInput(t, b.kind(), b.input())));
        }
        batch.add(bind(doc, step, b.kind(), b.input(), b.producer(), b.output()));
        return batch;
    }

    /** A new input; an artifact gets a path of its own, where the step finds the file. */
    static void addInput(dev.orrery.core.model.Template t, IoKind kind, String name) {
        if (kind == IoKind.ARTIFACT) {
            t.inputArtifacts.add(new Artifact(name, "/tmp/inputs/" + name));
        } else {
            Parameter p = new Parameter();
            p.name = name;
            t.inputParameters.add(p);
        }
    }

    /** A new output; it is read from a file of its own when the step ends. */
    static void addOutput(dev.orrery.core.model.Template t, IoKind kind, String name) {
        if (kind == IoKind.ARTIFACT) {
            t.outputArtifacts.add(new Artifact(name, "/tmp/outputs/" + name));
        } else {
            Parameter p = new Parameter();
            p.name = name;
            p.path = "/tmp/outputs/" + name;
            t.outputParameters.add(p);
        }
    }
}
