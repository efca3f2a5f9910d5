package dev.orrery.runtime.local;

import dev.orrery.core.model.Template;
import dev.orrery.runtime.NodeState;
import dev.orrery.runtime.Phase;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Runs a whole pipeline: the entrypoint template as the root node, then the exit handler
 * ({@code onExit}) with {@code {{workflow.status}}} set, whatever the outcome (unless terminated).
 * The run's phase is the entrypoint's, made Failed when the exit handler fails.
 */
final class RunExecution implements Runnable {
    private final RunContext ctx;
    private final Map<String, String> parameters;

    RunExecution(RunContext ctx, Map<String, String> parameters) {
        this.ctx = ctx;
        this.parameters = parameters;
    }

    RunContext context() {
        return ctx;
    }

    @Override
    public void run() {
        Instant start = Instant.now();
        String name = ctx.run.name();
        ctx.workflow.put("name", name);
        ctx.workflow.put("namespace", "local");
        ctx.workflow.put("uid", UUID.nameUUIDFromBytes(name.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString());
        ctx.workflow.put("creationTimestamp", start.toString());
        ctx.workflow.put("status", Phase.RUNNING.argoName());
        parameters.forEach((k, v) -> ctx.workflow.put("parameters." + k, v));
        ctx.run.start(start);
        Phase phase;
        String message = null;
        try {
            Template entry = ctx.pipeline.entryTemplate().orElse(null);
            if (entry == null) {
                ctx.run.finish(Phase.ERROR, "the entrypoint '" + ctx.pipeline.entrypoint + "' is not a template of"
                        + " the pipeline", Instant.now());
                return;
            }
            TemplateRunner runner = new TemplateRunner(ctx);
            StepResult main = runner.invoke(entry, new TemplateRunner.Placement(name, null, name, null, null),
                    parameters, Map.of());
            phase = switch (main.phase()) {
                case SUCCEEDED, SKIPPED -> Phase.SUCCEEDED;
                case ERROR -> Phase.ERROR;
                default -> Phase.FAILED;
            };
            message = rootMessage(name);
            if (ctx.stopped()) {
                phase = Phase.FAILED;
                message = ctx.stopMessage();
            }
            if (ctx.pipeline.onExit != null && (!ctx.stopped() || ctx.runExitHandler())) {
                ctx.workflow.put("status", phase.argoName());
                ctx.workflow.put("duration", Double.toString(Duration.between(start, Instant.now()).toMillis() / 1000.0));
                ctx.workflow.put("failures", failures());
                ctx.reopenForExitHandler();
                Template exit = ctx.pipeline.template(ctx.pipeline.onExit).orElse(null);
                String exitId = name + ".onExit";
                TemplateRunner.Placement at = new TemplateRunner.Placement(exitId, null, exitId, null, null);
                StepResult r = exit == null
                        ? runner.placeholder(at, ctx.pipeline.onExit, dev.orrery.runtime.NodeType.POD, Phase.ERROR,
                                "the exit handler '" + ctx.pipeline.onExit + "' is not a template of the pipeline")
                        : runner.invoke(exit, at, Map.of(), Map.of());
                if (r.phase().isUnsuccessful() && phase == Phase.SUCCEEDED) {
                    phase = Phase.FAILED;
                    message = "the exit handler " + (r.phase() == Phase.ERROR ? "errored" : "failed");
                }
            }
        } catch (RuntimeException e) {
            phase = Phase.ERROR;
            message = "internal error: " + e;
        }
        ctx.run.finish(phase, message, Instant.now());
    }

    /** Argo's {@code {{workflow.failures}}}: a JSON list of the failed and errored steps. */
    private String failures() {
        var list = dev.orrery.core.model.Json.array();
        for (NodeState n : ctx.run.snapshot().nodes()) {
            if (n.type().isLeaf() && n.phase().isUnsuccessful()) {
                list.addObject().put("displayName", n.displayName()).put("message", n.message())
                        .put("templateName", n.templateName()).put("phase", n.phase().argoName())
                        .put("podName", n.id()).put("finishedAt", String.valueOf(n.finishedAt()));
            }
        }
        return list.toString();
    }

    private String rootMessage(String rootId) {
        return ctx.run.snapshot().node(rootId).map(NodeState::message).orElse(null);
    }
}
