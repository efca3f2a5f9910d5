package dev.orrery.core.diff;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One difference between two versions of a pipeline. Which fields are set depends on the kind:
 * <ul>
 * <li>{@code graph}: the graph template holding the step (step, dependency and binding changes).</li>
 * <li>{@code name}: the step (its new name for a rename; the consumer for dependencies and bindings),
 * the template or the parameter; null for settings.</li>
 * <li>{@code oldName}: the step's former name (renames only).</li>
 * <li>{@code path}: the field, dotted, starting with the step, template or parameter name
 * ({@code train.resources.gpu.count}); items of named lists are named by their name
 * ({@code train.env.LR.value}); settings start at the setting ({@code schedule.timezone}).</li>
 * <li>{@code before}, {@code after}: the field's values (null where absent); for an added or removed
 * step, template or parameter, its whole content in the native format's words.</li>
 * <li>{@code from}, {@code to}: the edge of a dependency ({@code prepare} → {@code train}) or of a binding
 * ({@code prepare.outputs.artifacts.data} → {@code train.inputs.artifacts.dataset}).</li>
 * <li>{@code steps}: the steps that run a template (template changes), in pipeline order.</li>
 * </ul>
 */
public record Change(ChangeKind kind, String graph, String name, String oldName, String path, JsonNode before,
        JsonNode after, String from, String to, List<String> steps) {

    public Change {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    static Change setting(String path, JsonNode before, JsonNode after) {
        return new Change(ChangeKind.SETTING_CHANGED, null, null, null, path, before, after, null, null, null);
    }

    static Change parameter(ChangeKind kind, String name, String path, JsonNode before, JsonNode after) {
        return new Change(kind, null, name, null, path, before, after, null, null, null);
    }

    static Change step(ChangeKind kind, String graph, String name, String path, JsonNode before, JsonNode after) {
        return new Change(kind, graph, name, null, path, before, after, null, null, null);
    }

    static Change renamed(String graph, String oldName, String newName) {
        return new Change(ChangeKind.STEP_RENAMED, graph, newName, oldName, null, null, null, null, null, null);
    }

    static Change edge(ChangeKind kind, String graph, String consumer, String from, String to) {
        return new Change(kind, graph, consumer, null, null, null, null, from, to, null);
    }

    static Change template(ChangeKind kind, String name, String path, JsonNode before, JsonNode after,
            List<String> steps) {
        return new Change(kind, null, name, null, path, before, after, null, null, steps);
    }

    /** One line for people: {@code train.image: python:3.11 → python:3.12}, {@code step eval added}, … */
    public String summary() {
        return switch (kind) {
            case SETTING_CHANGED, PARAMETER_CHANGED, STEP_CHANGED, TEMPLATE_CHANGED ->
                    path + ": " + ValueText.of(before) + " → " + ValueText.of(after);
            case PARAMETER_ADDED -> "parameter " + name + " added" + ValueText.valueSuffix(after);
            case PARAMETER_REMOVED -> "parameter " + name + " removed" + ValueText.valueSuffix(before);
            case STEP_ADDED -> "step " + name + " added";
            case STEP_REMOVED -> "step " + name + " removed";
            case STEP_RENAMED -> "step " + oldName + " renamed to " + name;
            case DEPENDENCY_ADDED -> "dependency added: " + from + " → " + to;
            case DEPENDENCY_REMOVED -> "dependency removed: " + from + " → " + to;
            case BINDING_ADDED -> "data binding added: " + from + " → " + to;
            case BINDING_REMOVED -> "data binding removed: " + from + " → " + to;
            case TEMPLATE_ADDED -> "template " + name + " added";
            case TEMPLATE_REMOVED -> "template " + name + " removed";
        };
    }
}
