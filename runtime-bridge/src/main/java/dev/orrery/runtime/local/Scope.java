package dev.orrery.runtime.local;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The variables a template sees: {@code workflow.*}, its {@code inputs.parameters.*} and
 * {@code inputs.artifacts.*.path}, the results of the steps of the graph it belongs to
 * ({@code tasks.X.*} or {@code steps.X.*}, the same map), the loop {@code item}, and a few extras
 * ({@code retries}).
 */
final class Scope {
    private final Map<String, String> workflow;
    private final Map<String, String> inputs;
    private final Map<String, String> inputArtifactPaths;
    private final Map<String, StepResult> steps;
    private final JsonNode item;
    private final Map<String, String> extras;

    private Scope(Map<String, String> workflow, Map<String, String> inputs, Map<String, String> inputArtifactPaths,
            Map<String, StepResult> steps, JsonNode item, Map<String, String> extras) {
        this.workflow = workflow;
        this.inputs = inputs;
        this.inputArtifactPaths = inputArtifactPaths;
        this.steps = steps;
        this.item = item;
        this.extras = extras;
    }

    /** A template invocation's scope: workflow variables (shared, live) and its inputs. */
    static Scope of(Map<String, String> workflow, Map<String, String> inputs, Map<String, String> artifactPaths) {
        return new Scope(workflow, Map.copyOf(inputs), Map.copyOf(artifactPaths), new ConcurrentHashMap<>(), null,
                Map.of());
    }

    Scope withItem(JsonNode newItem) {
        return new Scope(workflow, inputs, inputArtifactPaths, steps, newItem, extras);
    }

    Scope withExtra(String name, String value) {
        Map<String, String> e = new HashMap<>(extras);
        e.put(name, value);
        return new Scope(workflow, inputs, inputArtifactPaths, steps, item, e);
    }

    void putStep(String stepName, StepResult result) {
        steps.put(stepName, result);
    }

    StepResult step(String stepName) {
        return steps.get(stepName);
    }

    Map<String, String> inputs() {
        return inputs;
    }

    String expand(String text) {
        return Substitution.apply(text, this::lookup);
    }

    /** The value of a variable, or null when this scope does not know it. */
    String lookup(String name) {
        String extra = extras.get(name);
        if (extra != null) {
            return extra;
        }
        if (name.startsWith("workflow.")) {
            return workflow.get(name.substring("workflow.".length()));
        }
        if (name.startsWith("inputs.parameters.")) {
            return inputs.get(name.substring("inputs.parameters.".length()));
        }
        if (name.startsWith("inputs.artifacts.") && name.endsWith(".path")) {
            return inputArtifactPaths.get(name.substring("inputs.artifacts.".length(), name.length() - 5));
        }
        if (name.equals("item")) {
            return item == null ? null : ItemValues.text(item);
        }
        if (name.startsWith("item.") && item != null && item.isObject()) {
            JsonNode v = item.get(name.substring(5));
            return v == null ? null : ItemValues.text(v);
        }
        if (name.startsWith("tasks.") || name.startsWith("steps.")) {
            return stepVariable(name.substring(6));
        }
        return null;
    }

    private String stepVariable(String rest) {
        // rest: X.outputs.parameters.y | X.outputs.result | X.status | X.exitCode (X may contain dots only in Argo's
        // nested names, which the local runner does not produce)
        int dot = rest.indexOf('.');
        if (dot < 0) {
            return null;
        }
        StepResult r = steps.get(rest.substring(0, dot));
        if (r == null) {
            return null;
        }
        String field = rest.substring(dot + 1);
        if (field.equals("outputs.result")) {
            return r.result();
        }
        if (field.startsWith("outputs.parameters.")) {
            return r.parameters().get(field.substring("outputs.parameters.".length()));
        }
        if (field.equals("status")) {
            return r.phase().argoName();
        }
        if (field.equals("exitCode")) {
            return r.exitCode() == null ? null : r.exitCode().toString();
        }
        return null;
    }

    /** The host path of {@code {{tasks.X.outputs.artifacts.y}}} (or the short form {@code X.y}), or null. */
    java.nio.file.Path artifact(String from) {
        String f = from.trim();
        if (f.startsWith("{{") && f.endsWith("}}")) {
            f = f.substring(2, f.length() - 2).trim();
            if (f.startsWith("tasks.") || f.startsWith("steps.")) {
                f = f.substring(6);
            }
            int o = f.indexOf(".outputs.artifacts.");
            if (o < 0) {
                return null;
            }
            StepResult r = steps.get(f.substring(0, o));
            return r == null ? null : r.artifacts().get(f.substring(o + ".outputs.artifacts.".length()));
        }
        int dot = f.indexOf('.');
        if (dot < 0) {
            return null;
        }
        StepResult r = steps.get(f.substring(0, dot));
        return r == null ? null : r.artifacts().get(f.substring(dot + 1));
    }
}
