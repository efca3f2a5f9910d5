package dev.orrery.runtime;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The metrics of a run's nodes, in node order, with what could not be read. Reading metrics never
 * fails a run or throws for bad content: a malformed, oversized or unreadable metrics file becomes
 * one of {@link #problems()}, and the other metrics are still there.
 *
 * @param problems one sentence each, naming the step and the artifact or parameter
 */
public record RunMetrics(RunRef run, List<Metric> metrics, List<String> problems) {

    public RunMetrics {
        Objects.requireNonNull(run, "run");
        metrics = List.copyOf(metrics);
        problems = List.copyOf(problems);
    }

    /** The metric named {@code step/metric}. */
    public Optional<Metric> find(String key) {
        return metrics.stream().filter(m -> m.key().equals(key)).findFirst();
    }

    /** The metrics of one node. */
    public List<Metric> ofNode(String nodeId) {
        return metrics.stream().filter(m -> m.nodeId().equals(nodeId)).toList();
    }
}
