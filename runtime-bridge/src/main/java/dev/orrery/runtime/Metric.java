package dev.orrery.runtime;

import java.util.List;
import java.util.Objects;

/**
 * One metric a node of a run reported (see docs/metrics.md for where metrics come from).
 *
 * @param nodeId the node that reported it
 * @param step the node's display name: the step, with its loop suffix for a fan-out child
 *             ({@code train(1:0.01)}), so the children of a sweep stay apart
 * @param name the metric's name within the step; a second metric of the same name in the same step
 *             keeps both, the later one named {@code name#2} (then {@code #3}, …)
 * @param source where it was read from
 * @param values one value for a scalar; a series (one value per epoch) has one per entry, in order
 * @param series true when the step wrote a list (even of one value), false for a single number
 */
public record Metric(String nodeId, String step, String name, Source source, List<Double> values, boolean series) {

    /** Where a metric was read from. */
    public enum Source {
        /** A numeric output parameter of the step. */
        PARAMETER,
        /** An output artifact in KFP v1's {@code mlpipeline-metrics} shape. */
        KFP_METRICS,
        /** An output artifact named {@code metrics}: a JSON object of numbers or lists of numbers. */
        METRICS_OBJECT
    }

    public Metric {
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        values = List.copyOf(values);
        if (!series && values.size() != 1) {
            throw new IllegalArgumentException("a scalar metric has exactly one value, " + name + " has "
                    + values.size());
        }
    }

    /** The name shown and compared: {@code step/metric}. */
    public String key() {
        return step + "/" + name;
    }

    /** The scalar, or a series' last value (its final epoch); NaN for an empty series. */
    public double value() {
        return values.isEmpty() ? Double.NaN : values.get(values.size() - 1);
    }
}
