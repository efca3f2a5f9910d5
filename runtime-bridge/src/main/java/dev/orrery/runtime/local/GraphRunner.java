package dev.orrery.runtime.local;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.core.argo.DependsExpression;
import dev.orrery.core.model.Artifact;
import dev.orrery.core.model.Parameter;
import dev.orrery.core.model.Step;
import dev.orrery.core.model.Template;
import dev.orrery.runtime.NodeType;
import dev.orrery.runtime.Phase;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a graph template (DAG or steps): each step waits for the steps it depends on, then its
 * {@code depends} expression (or plain dependencies), its fan-out and its {@code when} decide
 * whether and how often it runs. One virtual thread per step; leaf processes share the run's
 * slots. With failFast (Argo's default) an unhandled failure keeps steps that have not started from
 * starting.
 * <p>
 * The graph fails when a step failed or errored and nothing handles it: no {@code continueOn} for
 * that outcome, and no other step's {@code depends} names its failure ({@code X.Failed},
 * {@code X.Errored}, {@code X.AllFailed}, {@code X.AnySucceeded}).
 */
final class GraphRunner {
    private static final Pattern HANDLES = Pattern.compile("([\\w-]+)\\.(Failed|Errored|AllFailed|AnySucceeded)");

    private final TemplateRunner templates;
    private final RunContext ctx;
    private volatile String failFastCause;

    GraphRunner(TemplateRunner templates) {
        this.templates = templates;
        this.ctx = templates.context();
    }

    StepResult run(Template t, String nodeId, Map<String, String> inputs, Map<String, Path> artifacts) {
        ctx.run.update(nodeId, n -> {
            n.phase = Phase.RUNNING;
            n.startedAt = Instant.now();
        });
        Map<String, String> artifactPaths = new LinkedHashMap<>();
        artifacts.forEach((k, v) -> artifactPaths.put(k, v.toString()));
        Scope scope = Scope.of(ctx.workflow, inputs, artifactPaths);
        List<Step> steps = t.graph.steps;
        boolean failFast = t.graph.extra.path("failFast").asBoolean(true);
        Set<String> handled = handledFailures(steps);
        Gate gate = Gate.of(t);
        Map<String, CompletableFuture<StepResult>> done = new LinkedHashMap<>();
        for (Step s : steps) {
            done.put(s.name, new CompletableFuture<>());
        }
        for (Step s : steps) {
            Thread.ofVirtual().name("orrery-step-" + s.name).start(() -> {
                StepResult r;
                try {
                    r = runStep(s, nodeId, scope, done, failFast, handled, gate);
                } catch (RuntimeException e) {
                    r = templates.placeholder(placement(nodeId, nodeId + "." + s.name + "#error", s.name, s.name), s.template,
                            NodeType.POD, Phase.ERROR, "internal error: " + e);
                }
                scope.putStep(s.name, r);
                done.get(s.name).complete(r);
            });
        }
        CompletableFuture.allOf(done.values().toArray(CompletableFuture[]::new)).join();
        return finish(t, nodeId, steps, scope, handled);
    }

    private StepResult runStep(Step s, String graphNodeId, Scope scope, Map<String, CompletableFuture<StepResult>> done,
            boolean failFast, Set<String> handled, Gate gate) {
        for (String d : s.dependsOn) {
            CompletableFuture<StepResult> f = done.get(d);
            if (f != null) {
                f.join();
            }
        }
        TemplateRunner.Placement at = placement(graphNodeId, graphNodeId + "." + s.name, s.name, s.name);
        if (ctx.stopped()) {
            return templates.placeholder(at, s.template, NodeType.SKIPPED, Phase.OMITTED, ctx.stopMessage());
        }
        String unmet;
        try {
            unmet = unmetDependencies(s, scope);
        } catch (RuntimeException e) {
            return templates.placeholder(at, s.template, NodeType.SKIPPED, Phase.ERROR, e.getMessage());
        }
        if (unmet != null) {
            return templates.placeholder(at, s.template, NodeType.SKIPPED, Phase.OMITTED, unmet);
        }
        if (failFast && failFastCause != null) {
            return templates.placeholder(at, s.template, NodeType.SKIPPED, Phase.OMITTED,
                    "not started: " + failFastCause + " (failFast)");
        }
        StepResult r = s.loop == null ? gate.through(() -> invocation(s, at, scope, null)) : fanOut(s, at, scope, gate);
        if (r.phase().isUnsuccessful() && !tolerated(s, r.phase(), handled)) {
            failFastCause = "step '" + s.name + "' " + (r.phase() == Phase.ERROR ? "errored" : "failed");
        }
        return r;
    }

    private static TemplateRunner.Placement placement(String parentId, String id, String stepName, String display) {
        return new TemplateRunner.Placement(id, stepName, display, parentId, parentId);
    }

    /** Null when the step may run; else why it is omitted. */
    private String unmetDependencies(Step s, Scope scope) {
        if (s.dependsExpression != null && !s.dependsExpression.isBlank()) {
            boolean ok = Conditions.depends(s.dependsExpression, atom -> dependsAtom(atom, scope));
            return ok ? null : "depends '" + s.dependsExpression + "' is false";
        }
        for (String d : s.dependsOn) {
            StepResult r = scope.step(d);
            if (r != null && !plainOk(d, r)) {
                return "dependency '" + d + "' " + r.phase().argoName().toLowerCase(java.util.Locale.ROOT);
            }
        }
        return null;
    }

    private boolean plainOk(String name, StepResult r) {
        Phase p = r.phase();
        if (p == Phase.SUCCEEDED || p == Phase.SKIPPED) {
            return true;
        }
        Step dep = stepOf(name);
        return dep != null && dep.continueOn != null && ((p == Phase.FAILED && Boolean.TRUE.equals(dep.continueOn.failed()))
                || (p == Phase.ERROR && Boolean.TRUE.equals(dep.continueOn.error())));
    }

    private Map<String, Step> byName;

    private synchronized Step stepOf(String name) {
        return byName == null ? null : byName.get(name);
    }

    private boolean dependsAtom(String atom, Scope scope) {
        int dot = atom.lastIndexOf('.');
        String name = atom;
        String result = null;
        if (dot > 0 && !DependsExpression.names(atom).get(0).equals(atom)) {
            name = atom.substring(0, dot);
            result = atom.substring(dot + 1);
        }
        StepResult r = scope.step(name);
        if (r == null) {
            throw new IllegalArgumentException("depends names '" + name + "', which is not a step of this graph");
        }
        Phase p = r.phase();
        if (result == null) {
            return plainOk(name, r);
        }
        return switch (result) {
            case "Succeeded" -> p == Phase.SUCCEEDED;
            case "Failed" -> p == Phase.FAILED;
            case "Errored" -> p == Phase.ERROR;
            case "Skipped" -> p == Phase.SKIPPED;
            case "Omitted" -> p == Phase.OMITTED;
            case "Daemoned" -> false;
            case "AnySucceeded" -> r.isGroup() ? r.children().stream().anyMatch(c -> c.phase() == Phase.SUCCEEDED)
                    : p == Phase.SUCCEEDED;
            case "AllFailed" -> r.isGroup() ? r.children().stream().allMatch(c -> c.phase() == Phase.FAILED)
                    : p == Phase.FAILED;
            default -> throw new IllegalArgumentException("unknown result '" + result + "' in depends");
        };
    }

    private StepResult fanOut(Step s, TemplateRunner.Placement at, Scope scope, Gate gate) {
        List<JsonNode> items;
        try {
            items = ItemValues.expand(s.loop, scope);
        } catch (RuntimeException e) {
            return templates.placeholder(at, s.template, NodeType.TASK_GROUP, Phase.ERROR, e.getMessage());
        }
        LocalRun.Node group = new LocalRun.Node(at.id(), at.id(), s.name, s.name, s.template, NodeType.TASK_GROUP,
                at.boundaryId());
        group.phase = Phase.RUNNING;
        group.startedAt = Instant.now();
        ctx.run.add(group, at.parentId());
        List<CompletableFuture<StepResult>> children = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String label = ItemValues.label(i, item);
            TemplateRunner.Placement child = new TemplateRunner.Placement(at.id() + label, s.name, s.name + label,
                    at.id(), at.boundaryId());
            CompletableFuture<StepResult> f = new CompletableFuture<>();
            children.add(f);
            Thread.ofVirtual().name("orrery-item-" + s.name + label).start(() -> {
                try {
                    f.complete(gate.through(() -> invocation(s, child, scope.withItem(item), item)));
                } catch (RuntimeException e) {
                    f.complete(templates.placeholder(child, s.template, NodeType.POD, Phase.ERROR, e.toString()));
                }
            });
        }
        List<StepResult> results = children.stream().map(CompletableFuture::join).toList();
        Phase phase = Phase.SUCCEEDED;
        for (StepResult r : results) {
            if (r.phase().isUnsuccessful() && !tolerated(s, r.phase(), Set.of())) {
                phase = r.phase();
            }
        }
        Map<String, String> aggregated = new LinkedHashMap<>();
        Set<String> names = new HashSet<>();
        results.forEach(r -> names.addAll(r.parameters().keySet()));
        for (String n : names) {
            aggregated.put(n, jsonList(results.stream().map(r -> r.parameters().get(n)).toList()));
        }
        String result = jsonList(results.stream().map(StepResult::result).toList());
        Phase finalPhase = phase;
        ctx.run.update(at.id(), n -> {
            n.phase = finalPhase;
            n.finishedAt = Instant.now();
            n.parameters = aggregated;
            if (finalPhase.isUnsuccessful()) {
                n.message = "one or more items " + (finalPhase == Phase.ERROR ? "errored" : "failed");
            }
        });
        return new StepResult(phase, aggregated, result, Map.of(), null, results);
    }

    private static String jsonList(List<String> values) {
        var a = dev.orrery.core.model.Json.array();
        for (String v : values) {
            if (v == null) {
                a.addNull();
            } else {
                a.add(v);
            }
        }
        return a.toString();
    }

    /** One run of the step's template (the step itself, or one item of its fan-out). */
    private StepResult invocation(Step s, TemplateRunner.Placement at, Scope scope, JsonNode item) {
        if (s.templateRef != null) {
            return templates.placeholder(at, s.templateRef.template(), NodeType.POD, Phase.ERROR, "templateRef to "
                    + s.templateRef.name() + " is a template in the cluster; the local runner runs only this pipeline's"
                    + " templates");
        }
        Template t = ctx.pipeline.template(s.template).orElse(null);
        if (t == null) {
            return templates.placeholder(at, s.template, NodeType.POD, Phase.ERROR, "no template named '" + s.template
                    + "' in the pipeline");
        }
        Map<String, String> args = new LinkedHashMap<>();
        Map<String, Path> artifacts = new LinkedHashMap<>();
        try {
            if (s.when != null && !s.when.isBlank() && !Conditions.when(scope.expand(s.when))) {
                return templates.placeholder(at, t.name, NodeType.SKIPPED, Phase.SKIPPED,
                        "when '" + scope.expand(s.when) + "' evaluated to false");
            }
            for (Parameter p : s.parameterArguments) {
                String v = p.effectiveText();
                args.put(p.name, v == null ? "" : scope.expand(v));
            }
            for (Artifact a : s.artifactArguments) {
                if (a.from == null) {
                    continue;
                }
                Path source = scope.artifact(a.from);
                if (source == null) {
                    if (Boolean.TRUE.equals(a.optional)) {
                        continue;
                    }
                    throw new IllegalArgumentException("artifact argument '" + a.name + "': " + a.from
                            + " names no artifact of a finished step");
                }
                artifacts.put(a.name, source);
            }
        } catch (RuntimeException e) {
            return templates.placeholder(at, t.name, TemplateRunner.nodeType(t), Phase.ERROR, e.getMessage());
        }
        return templates.invoke(t, at, args, artifacts);
    }

    private boolean tolerated(Step s, Phase phase, Set<String> handled) {
        if (handled.contains(s.name)) {
            return true;
        }
        return s.continueOn != null && ((phase == Phase.FAILED && Boolean.TRUE.equals(s.continueOn.failed()))
                || (phase == Phase.ERROR && Boolean.TRUE.equals(s.continueOn.error())));
    }

    private Set<String> handledFailures(List<Step> steps) {
        Map<String, Step> names = new LinkedHashMap<>();
        steps.forEach(s -> names.put(s.name, s));
        synchronized (this) {
            byName = names;
        }
        Set<String> handled = new HashSet<>();
        for (Step s : steps) {
            if (s.dependsExpression != null) {
                Matcher m = HANDLES.matcher(s.dependsExpression);
                while (m.find()) {
                    handled.add(m.group(1));
                }
            }
        }
        return handled;
    }

    private StepResult finish(Template t, String nodeId, List<Step> steps, Scope scope, Set<String> handled) {
        Phase phase = Phase.SUCCEEDED;
        String message = null;
        for (Step s : steps) {
            StepResult r = scope.step(s.name);
            if (r != null && r.phase().isUnsuccessful() && !tolerated(s, r.phase(), handled)) {
                if (phase != Phase.FAILED) {
                    phase = r.phase();
                    message = "step '" + s.name + "' " + (r.phase() == Phase.ERROR ? "errored" : "failed");
                }
            }
        }
        if (ctx.stopped() && phase == Phase.SUCCEEDED && steps.stream().anyMatch(s -> {
            StepResult r = scope.step(s.name);
            return r != null && r.phase() == Phase.OMITTED;
        })) {
            phase = Phase.FAILED;
            message = ctx.stopMessage();
        }
        Map<String, String> outputs = new LinkedHashMap<>();
        Map<String, Path> artifacts = new LinkedHashMap<>();
        if (phase == Phase.SUCCEEDED) {
            try {
                for (Parameter p : t.outputParameters) {
                    String from = p.extra.path("valueFrom").path("parameter").asText(null);
                    if (from != null) {
                        outputs.put(p.name, scope.expand(from));
                    } else if (p.value != null) {
                        outputs.put(p.name, scope.expand(p.value.asText()));
                    }
                }
                for (Artifact a : t.outputArtifacts) {
                    if (a.from != null) {
                        Path p = scope.artifact(a.from);
                        if (p != null) {
                            artifacts.put(a.name, p);
                        }
                    }
                }
            } catch (RuntimeException e) {
                phase = Phase.ERROR;
                message = e.getMessage();
            }
        }
        Phase finalPhase = phase;
        String finalMessage = message;
        ctx.run.update(nodeId, n -> {
            n.phase = finalPhase;
            n.message = finalMessage;
            n.finishedAt = Instant.now();
            n.parameters = outputs;
        });
        return new StepResult(phase, outputs, null, artifacts, null, List.of());
    }
}
