package dev.orrery.runtime;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a node produced: output parameters by name, the {@code result} (a script's trimmed
 * standard output, Argo's {@code outputs.result}), and artifacts.
 */
public record NodeOutputs(Map<String, String> parameters, String result, List<ArtifactRef> artifacts) {
    public static final NodeOutputs NONE = new NodeOutputs(Map.of(), null, List.of());

    public NodeOutputs {
        parameters = parameters == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        artifacts = artifacts == null ? List.of() : List.copyOf(artifacts);
    }
}
