package dev.orrery.designer.canvas;

import dev.orrery.core.model.Artifact;
import dev.orrery.core.model.GraphStyle;
import dev.orrery.core.model.Parameter;
import dev.orrery.core.model.Step;
import dev.orrery.core.model.Template;
import dev.orrery.designer.doc.DesignDocument;
import dev.orrery.designer.job.BatchJob;
import dev.orrery.designer.job.DependencyJob;
import dev.orrery.designer.job.StepEditJob;
import java.util.ArrayList;
import java.util.List;

/**
 * Connecting two steps: the dependency, plus bindings of the target's unbound inputs to the
 * source's outputs — by equal name, or when each side has exactly one artifact. One undo step.
 */
final class ConnectSteps {
    private ConnectSteps() {
    }

    static BatchJob connect(DesignDocument doc, String source, String target) {
        BatchJob batch = new BatchJob("Connect " + source + " → " + target);
        batch.add(DependencyJob.connect(doc, source, target));
        Step to = doc.step(target).orElse(null);
        Step from = doc.step(source).orElse(null);
        Template out = from == null || from.template == null ? null : doc.pipeline().template(from.template).orElse(null);
        Template in = to == null || to.template == null ? null : doc.pipeline().template(to.template).orElse(null);
        if (out == null || in == null) {
            return batch;
        }
        String scope = doc.graph().style == GraphStyle.STEPS ? "steps." : "tasks.";
        List<Artifact> artifacts = new ArrayList<>();
        List<Artifact> unbound = in.inputArtifacts.stream()
                .filter(a -> to.artifactArguments.stream().noneMatch(x -> a.name.equals(x.name))).toList();
        for (Artifact input : unbound) {
            Artifact match = out.outputArtifacts.stream().filter(o -> o.name.equals(input.name)).findFirst()
                    .orElse(unbound.size() == 1 && out.outputArtifacts.size() == 1 ? out.outputArtifacts.get(0) : null);
            if (match != null) {
                Artifact arg = new Artifact(input.name, null);
                arg.from = "{{" + scope + source + ".outputs.artifacts." + match.name + "}}";
                artifacts.add(arg);
            }
        }
        List<Parameter> parameters = new ArrayList<>();
        for (Parameter input : in.inputParameters) {
            boolean bound = to.parameterArguments.stream().anyMatch(x -> input.name.equals(x.name));
            if (!bound && input.value == null && out.outputParameters.stream().anyMatch(o -> o.name.equals(input.name))) {
                parameters.add(Parameter.of(input.name, "{{" + scope + source + ".outputs.parameters." + input.name + "}}"));
            }
        }
        if (!artifacts.isEmpty() || !parameters.isEmpty()) {
            batch.add(new StepEditJob(doc, target, "Bind inputs of " + target, s -> {
                artifacts.forEach(a -> s.artifactArguments.add(a.copy()));
                parameters.forEach(p -> s.parameterArguments.add(p.copy()));
            }));
        }
        return batch;
    }
}
