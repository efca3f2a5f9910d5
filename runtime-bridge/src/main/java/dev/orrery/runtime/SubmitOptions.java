package dev.orrery.runtime;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How to submit a pipeline.
 *
 * @param parameters workflow parameter overrides by name (values as text, as on Argo's command line)
 * @param parallelism the most leaf steps running at once; 0 means the runtime's default
 * @param runName an exact name for the run; null lets the runtime generate one from the pipeline's name
 * @param labels labels to put on the run (Argo: metadata.labels); the local runtime records them
 */
public record SubmitOptions(Map<String, String> parameters, int parallelism, String runName,
        Map<String, String> labels) {

    public static final SubmitOptions DEFAULTS = new SubmitOptions(Map.of(), 0, null, Map.of());

    public SubmitOptions {
        if (parallelism < 0) {
            throw new IllegalArgumentException("parallelism must be 0 (default) or positive, was " + parallelism);
        }
        parameters = parameters == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        labels = labels == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(labels));
    }

    public SubmitOptions withParameter(String name, String value) {
        Map<String, String> p = new LinkedHashMap<>(parameters);
        p.put(name, value);
        return new SubmitOptions(p, parallelism, runName, labels);
    }

    public SubmitOptions withParallelism(int n) {
        return new SubmitOptions(parameters, n, runName, labels);
    }

    public SubmitOptions withRunName(String name) {
        return new SubmitOptions(parameters, parallelism, name, labels);
    }
}
