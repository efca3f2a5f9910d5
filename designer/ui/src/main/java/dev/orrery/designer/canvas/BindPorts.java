package dev.orrery.designer.canvas;

import dev.orrery.core.model.Artifact;
import dev.orrery.core.model.Parameter;
import dev.orrery.core.model.Step;
import dev.orrery.core.model.Template;
import dev.orrery.core.refs.Bindings;
import dev.orrery.core.refs.IoKind;
import dev.orrery.designer.doc.DesignDocument;
import dev.orrery.designer.doc.StepPaths;
import dev.orrery.designer.job.BatchJob;
import dev.orrery.designer.job.DependencyJob;
import dev.orrery.designer.job.StepEditJob;
import dev.orrery.designer.job.TemplateEditJob;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Binding one output of a step to one input of another, as a drag from port to port does: the
 * consumer's argument takes the output ({@link Bindings#bind}), the dependency is added when
 * missing, and, when the drop named no input (it fell on the step's body), an input of the output's
 * name and kind is first added to the consumer's template. One undo step. A binding Argo would
 * refuse, or one that would make the graph a cycle, is not made: the plan carries the reason.
 */
public final class BindPorts {
    /** Where an artifact input made by a drop on a body is written in the consumer's container. */
    static final String INPUTS_DIR = "/tmp/inputs/";

    private BindPorts() {
    }

    /** A binding to make (the job) or not (the reason, said where the drop happened). */
    public record Plan(BatchJob job, String refusal) {
        static Plan refuse(String why) {
            return new Plan(null, why);
        }

        public boolean refused() {
            return job == null;
        }
    }

    /**
     * Plans binding {@code producer}'s output to {@code consumer}'s input.
     *
     * @param input the consumer's input dropped on, or null for a drop on its body (an input named
     *              as the output is bound, and made first when the template has none)
     */
    public static Plan plan(DesignDocument doc, String producer, IoKind outputKind, String output, String consumer,
            IoKind inputKind, String input) {
        if (producer.equals(consumer)) {
            return Plan.refuse("A step cannot take its own output: drop " + output + " on a step that runs after "
                    + producer);
        }
        if (StepPaths.isInner(consumer) || StepPaths.isInner(producer) || doc.isDerived(consumer)
                || doc.isDerived(producer)) {
            return Plan.refuse(consumer + " is not a step of this graph: open its graph to bind its inputs");
        }
        Optional<Step> target = doc.step(consumer);
        Optional<Template> template = target.map(s -> s.template).flatMap(t -> doc.pipeline().template(t));
        if (target.isEmpty() || doc.step(producer).isEmpty()) {
            return Plan.refuse("No step " + (target.isEmpty() ? consumer : producer) + " in this graph");
        }
        if (template.isEmpty() || target.get().templateRef != null) {
            return Plan.refuse(consumer + " runs no template of its own: its inputs cannot be bound here");
        }
        String inputName = input == null ? output : input;
        IoKind kind = input == null ? existingKind(template.get(), output, outputKind) : inputKind;
        if (kind != outputKind) {
            return Plan.refuse(output + " is " + article(outputKind) + "; " + consumer + "'s " + inputName + " is "
                    + article(kind) + ": " + plural(outputKind) + " bind only to " + plural(outputKind));
        }
        if (runsAfter(doc, producer, consumer)) {
            return Plan.refuse(consumer + " runs before " + producer + ": taking " + output
                    + " would make a dependency cycle");
        }
        BatchJob batch = new BatchJob("Bind " + producer + "." + output + " → " + consumer + "." + inputName);
        if (!target.get().dependsOn.contains(producer)) {
            batch.add(DependencyJob.connect(doc, producer, consumer));
        }
        boolean missing = kind == IoKind.ARTIFACT
                ? template.get().inputArtifacts.stream().noneMatch(a -> a.name.equals(inputName))
                : template.get().inputParameters.stream().noneMatch(p -> p.name.equals(inputName));
        if (missing) {
            batch.add(new TemplateEditJob(doc, template.get().name, "Add input " + inputName, t -> {
                if (kind == IoKind.ARTIFACT) {
                    t.inputArtifacts.add(new Artifact(inputName, INPUTS_DIR + inputName));
                } else {
                    t.inputParameters.add(new Parameter(inputName, null));
                }
            }));
        }
        var style = doc.graph().style;
        batch.add(new StepEditJob(doc, consumer, "Bind " + consumer + "." + inputName,
                s -> Bindings.bind(s, style, kind, inputName, producer, output)));
        return new Plan(batch, null);
    }

    /** The kind of the template's input of that name, or {@code fallback} when it has none. */
    private static IoKind existingKind(Template t, String name, IoKind fallback) {
        if (t.inputArtifacts.stream().anyMatch(a -> a.name.equals(name))) {
            return IoKind.ARTIFACT;
        }
        if (t.inputParameters.stream().anyMatch(p -> p.name.equals(name))) {
            return IoKind.PARAMETER;
        }
        return fallback;
    }

    private static String article(IoKind k) {
        return k == IoKind.ARTIFACT ? "an artifact" : "a parameter";
    }

    private static String plural(IoKind k) {
        return k == IoKind.ARTIFACT ? "artifacts" : "parameters";
    }

    /** Whether {@code step} runs after {@code first}, by the graph's dependencies. */
    static boolean runsAfter(DesignDocument doc, String step, String first) {
        Map<String, List<String>> children = new HashMap<>();
        for (Step s : doc.graph().steps) {
            for (String d : s.dependsOn) {
                children.computeIfAbsent(d, k -> new ArrayList<>()).add(s.name);
            }
        }
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(children.getOrDefault(first, List.of()));
        while (!todo.isEmpty()) {
            String n = todo.pop();
            if (n.equals(step)) {
                return true;
            }
            if (seen.add(n)) {
                todo.addAll(children.getOrDefault(n, List.of()));
            }
        }
        return false;
    }
}
