package dev.orrery.runtime.compare;

import dev.orrery.runtime.Metric;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Runs side by side: the union of their parameters and of their metrics as columns, in the order they
 * were first seen. Plain values, no JavaFX: the monitor's comparison view, its charts and
 * {@code orrery runs compare} all read this one model.
 *
 * @param parameters every parameter name any run has
 * @param metrics every metric key ({@code step/metric}) any run reported, or the ones the user chose
 */
public record RunComparison(List<ComparedRun> runs, List<String> parameters, List<String> metrics) {

    public RunComparison {
        runs = List.copyOf(runs);
        parameters = List.copyOf(parameters);
        metrics = List.copyOf(metrics);
    }

    /** The comparison of these runs, with all their parameters and metrics. */
    public static RunComparison of(List<ComparedRun> runs) {
        Set<String> parameters = new LinkedHashSet<>();
        Set<String> metrics = new LinkedHashSet<>();
        Set<String> ids = new HashSet<>();
        for (ComparedRun r : runs) {
            if (!ids.add(r.id())) {
                throw new IllegalArgumentException("the run " + r.label() + " is in the comparison twice");
            }
            parameters.addAll(r.parameters().keySet());
            metrics.addAll(r.metrics().keySet());
        }
        return new RunComparison(runs, new ArrayList<>(parameters), new ArrayList<>(metrics));
    }

    /** The same runs showing only the chosen metrics (in the chosen order; unknown keys are dropped). */
    public RunComparison withMetrics(List<String> chosen) {
        Set<String> all = Set.copyOf(allMetrics());
        return new RunComparison(runs, parameters, chosen.stream().filter(all::contains).distinct().toList());
    }

    /** Every metric key any run reported, whatever is chosen. */
    public List<String> allMetrics() {
        return of(runs).metrics();
    }

    /** True when the runs do not all have the same value (a run without the parameter differs too). */
    public boolean parameterDiffers(String name) {
        Set<String> seen = new HashSet<>();
        for (ComparedRun r : runs) {
            seen.add(Objects.toString(r.parameters().get(name), "\u0000missing"));
        }
        return seen.size() > 1;
    }

    /** True when the runs' values of the metric are not all equal (a series compares its whole list). */
    public boolean metricDiffers(String key) {
        Set<Object> seen = new HashSet<>();
        for (ComparedRun r : runs) {
            Metric m = r.metrics().get(key);
            seen.add(m == null ? "\u0000missing" : m.values());
        }
        return seen.size() > 1;
    }

    /** True when any run reported the metric as a series (one value per epoch). */
    public boolean isSeries(String key) {
        return runs.stream().map(r -> r.metrics().get(key)).anyMatch(m -> m != null && m.series());
    }

    /** The run with the highest (or lowest) value of the metric; null when no run reported it. */
    public ComparedRun best(String key, boolean highest) {
        ComparedRun best = null;
        double bestValue = 0;
        for (ComparedRun r : runs) {
            OptionalDouble v = r.value(key);
            if (v.isPresent() && (best == null || (highest ? v.getAsDouble() > bestValue
                    : v.getAsDouble() < bestValue))) {
                best = r;
                bestValue = v.getAsDouble();
            }
        }
        return best;
    }
}
