package dev.orrery.runtime.compare;

import dev.orrery.runtime.Metric;
import dev.orrery.runtime.Phase;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One row of a comparison: a whole run, or one child of a sweep. Built by {@link ComparedRuns}.
 *
 * @param id unique within a comparison: the run's reference, plus the node id for a sweep child
 * @param label what people read: the run's name, or the sweep step with the child's index
 * @param source the runtime that ran it, as people name it ({@code This computer}, a cluster context)
 * @param pipeline the pipeline the run was made from; null when unknown
 * @param duration wall time, or null when it never started
 * @param parameters the run's parameters (a sweep child: its item's values), in their own order
 * @param metrics by key ({@code step/metric}), each as read: a series keeps all its values
 */
public record ComparedRun(String id, String label, String source, String pipeline, Phase phase, Duration duration,
        Map<String, String> parameters, Map<String, Metric> metrics) {

    public ComparedRun {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(phase, "phase");
        source = source == null ? "" : source;
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }

    /** The metric's scalar, or a series' last value; empty when this run did not report it. */
    public OptionalDouble value(String metricKey) {
        Metric m = metrics.get(metricKey);
        if (m == null || Double.isNaN(m.value())) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(m.value());
    }
}
