package dev.orrery.runtime.local;

import dev.orrery.runtime.Phase;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a finished step instance hands to the steps after it: its phase, output parameters,
 * result, artifacts (host paths) and exit code; a fan-out group also keeps its children's results.
 */
record StepResult(Phase phase, Map<String, String> parameters, String result, Map<String, Path> artifacts,
        Integer exitCode, List<StepResult> children) {

    StepResult {
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        artifacts = artifacts == null ? Map.of() : Map.copyOf(artifacts);
        children = children == null ? List.of() : List.copyOf(children);
    }

    static StepResult of(Phase phase) {
        return new StepResult(phase, Map.of(), null, Map.of(), null, List.of());
    }

    boolean isGroup() {
        return !children.isEmpty();
    }
}
