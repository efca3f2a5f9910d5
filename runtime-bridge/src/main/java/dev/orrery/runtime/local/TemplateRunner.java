package dev.orrery.runtime.local;

import dev.orrery.core.model.Parameter;
import dev.orrery.core.model.Template;
import dev.orrery.core.model.TemplateType;
import dev.orrery.runtime.NodeType;
import dev.orrery.runtime.Phase;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs one invocation of a template as a node: creates the node, resolves the template's inputs,
 * and hands over to the graph runner, the process runner, or the suspend wait. Kubernetes
 * resource and other template types cannot run on this computer and end as Error.
 */
final class TemplateRunner {
    /** Where a new node sits: its id and names, and the node it belongs to. */
    record Placement(String id, String stepName, String displayName, String parentId, String boundaryId) {
    }

    private final RunContext ctx;
    private final ProcessStep processes;

    TemplateRunner(RunContext ctx) {
        this.ctx = ctx;
        this.processes = new ProcessStep(ctx);
    }

    RunContext context() {
        return ctx;
    }

    static NodeType nodeType(Template t) {
        return switch (t.type()) {
            case CONTAINER, SCRIPT -> NodeType.POD;
            case DAG -> NodeType.DAG;
            case STEPS -> NodeType.STEPS;
            case SUSPEND -> NodeType.SUSPEND;
            default -> NodeType.POD;
        };
    }

    /** Adds the node and runs the template; {@code arguments} are the caller's already expanded values. */
    StepResult invoke(Template t, Placement at, Map<String, String> arguments, Map<String, Path> artifacts) {
        LocalRun.Node node = new LocalRun.Node(at.id(), at.id(), at.stepName(), at.displayName(), t.name, nodeType(t),
                at.boundaryId());
        ctx.run.add(node, at.parentId());
        if (ctx.stopped()) {
            ctx.run.update(at.id(), n -> {
                n.phase = Phase.OMITTED;
                n.message = ctx.stopMessage();
            });
            return StepResult.of(Phase.OMITTED);
        }
        Map<String, String> inputs;
        try {
            inputs = inputs(t, arguments);
        } catch (RuntimeException e) {
            return fail(at.id(), Phase.ERROR, e.getMessage());
        }
        TemplateType type = t.type();
        return switch (type) {
            case CONTAINER, SCRIPT -> processes.run(t, at.id(), inputs, artifacts);
            case DAG, STEPS -> new GraphRunner(this).run(t, at.id(), inputs, artifacts);
            case SUSPEND -> suspend(t, at.id());
            case RESOURCE -> fail(at.id(), Phase.ERROR, "Kubernetes resource steps cannot run on this computer;"
                    + " run the pipeline on a cluster");
            case OTHER -> fail(at.id(), Phase.ERROR, "template '" + t.name + "' is of a kind the local runner does"
                    + " not run (http, plugin, containerSet, data)");
        };
    }

    /** Records a step whose template could not be found or that was ruled out before it ran. */
    StepResult placeholder(Placement at, String templateName, NodeType type, Phase phase, String message) {
        LocalRun.Node node = new LocalRun.Node(at.id(), at.id(), at.stepName(), at.displayName(), templateName, type,
                at.boundaryId());
        node.phase = phase;
        node.message = message;
        if (phase == Phase.ERROR) {
            node.startedAt = Instant.now();
            node.finishedAt = node.startedAt;
        }
        ctx.run.add(node, at.parentId());
        return StepResult.of(phase);
    }

    private Map<String, String> inputs(Template t, Map<String, String> arguments) {
        Map<String, String> inputs = new LinkedHashMap<>();
        Scope workflowOnly = Scope.of(ctx.workflow, Map.of(), Map.of());
        for (Parameter p : t.inputParameters) {
            String v = arguments.get(p.name);
            if (v == null) {
                String given = p.effectiveText();
                if (given == null) {
                    throw new IllegalArgumentException("input parameter '" + p.name + "' of template '" + t.name
                            + "' has no value: the step passes none and the template has no default");
                }
                v = workflowOnly.expand(given);
            }
            inputs.put(p.name, v);
        }
        return inputs;
    }

    private StepResult suspend(Template t, String nodeId) {
        String duration = t.suspend.path("duration").asText(null);
        Instant deadline;
        try {
            var d = Durations.parse(duration == null ? null : Scope.of(ctx.workflow, Map.of(), Map.of()).expand(duration));
            deadline = d == null ? null : Instant.now().plus(d);
        } catch (RuntimeException e) {
            return fail(nodeId, Phase.ERROR, e.getMessage());
        }
        long seen = ctx.resumes();
        ctx.run.update(nodeId, n -> {
            n.phase = Phase.RUNNING;
            n.startedAt = Instant.now();
            n.message = deadline == null ? "waiting to be resumed" : "waiting until " + deadline + " or resume";
        });
        try {
            boolean resumed = ctx.awaitResume(seen, deadline);
            Phase phase = resumed ? Phase.SUCCEEDED : Phase.FAILED;
            ctx.run.update(nodeId, n -> {
                n.phase = phase;
                n.message = resumed ? null : ctx.stopMessage();
                n.finishedAt = Instant.now();
            });
            return StepResult.of(phase);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail(nodeId, Phase.ERROR, "interrupted");
        }
    }

    StepResult fail(String nodeId, Phase phase, String message) {
        ctx.run.update(nodeId, n -> {
            n.phase = phase;
            n.message = message;
            if (n.startedAt == null) {
                n.startedAt = Instant.now();
            }
            n.finishedAt = Instant.now();
        });
        return StepResult.of(phase);
    }
}
