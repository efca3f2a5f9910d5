package dev.orrery.app.monitor;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.runtime.Phase;
import dev.orrery.runtime.PhaseStyle;
import dev.orrery.runtime.RunMetrics;
import dev.orrery.runtime.RunState;
import dev.orrery.runtime.compare.ComparedRun;
import dev.orrery.runtime.compare.ComparedRuns;
import dev.orrery.runtime.compare.RunComparison;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The children of a fan-out step (a sweep) as table rows, made by {@link ComparedRuns#sweepChildren}
 * (the same rows "Compare children" compares): each item's values, phase, duration and metrics (a series
 * shows its last value), keyed {@code step/metric}. Plain logic, no JavaFX: {@link SweepTable} shows it.
 */
record SweepRows(String step, RunComparison comparison, List<Row> rows, Map<Phase, Integer> counts) {

    private static final Pattern INDEX = Pattern.compile("\\((\\d+):");

    /** One child run of the sweep: its item's index (-1 when unknown) and its compared row. */
    record Row(int index, ComparedRun run) {
        Map<String, String> values() {
            return run.parameters();
        }

        Phase phase() {
            return run.phase();
        }

        Duration duration() {
            return run.duration();
        }

        /** The metric's value (a series: its last), or null when the child did not report it. */
        Double metric(String key) {
            OptionalDouble v = run.value(key);
            return v.isPresent() ? v.getAsDouble() : null;
        }
    }

    /**
     * @param items the step's loop items, or null when unknown (then only the index identifies a child)
     * @param metrics the run's metrics, or null while they are read
     */
    static SweepRows of(RunState run, String step, JsonNode items, RunMetrics metrics, Instant now) {
        List<ComparedRun> children = ComparedRuns.sweepChildren(run, step, items, metrics, now);
        Map<Phase, Integer> counts = new EnumMap<>(Phase.class);
        children.forEach(c -> counts.merge(c.phase(), 1, Integer::sum));
        List<Row> rows = children.stream().map(c -> new Row(index(c.label()), c)).toList();
        return new SweepRows(step, RunComparison.of(children), rows, counts);
    }

    List<String> parameters() {
        return comparison.parameters();
    }

    /** The metric keys ({@code step/metric}), in the order first reported. */
    List<String> metrics() {
        return comparison.metrics();
    }

    /** A metric's column title: without the step when it is the sweep's own step ({@code accuracy}). */
    String metricLabel(String key) {
        return key.startsWith(step + "/") ? key.substring(step.length() + 1) : key;
    }

    private static int index(String displayName) {
        Matcher m = displayName == null ? null : INDEX.matcher(displayName);
        return m != null && m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** The row with the highest (or lowest) value of the metric; null when no row has it. */
    Row best(String metric, boolean highest) {
        ComparedRun best = comparison.best(metric, highest);
        return best == null ? null : rows.stream().filter(r -> r.run() == best).findFirst().orElse(null);
    }

    /** {@code 6 runs: 4 Succeeded · 1 Running · 1 Pending}. */
    String summary() {
        StringBuilder sb = new StringBuilder(rows.size() + (rows.size() == 1 ? " run" : " runs"));
        String sep = ": ";
        for (Map.Entry<Phase, Integer> e : counts.entrySet()) {
            sb.append(sep).append(e.getValue()).append(' ').append(PhaseStyle.of(e.getKey()).label());
            sep = " · ";
        }
        return sb.toString();
    }
}
