package dev.orrery.app.compare;

import dev.orrery.runtime.compare.ComparedRun;
import dev.orrery.runtime.compare.RunComparison;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Which bars a scalar metric's chart shows: one per run that reported a finite value, in the
 * comparison's order. Past {@link #MAX_BARS} runs a bar each is unreadable, so the chart shows the
 * {@code MAX_BARS / 2} highest and lowest values (highest first) and says so; the parallel-coordinates
 * plot shows every run. Plain logic, no JavaFX.
 *
 * @param bars what is drawn, top to bottom
 * @param note what is left out (runs without the metric, runs past the limit); empty when nothing is
 */
record BarRows(String metric, List<Bar> bars, String note) {
    static final int MAX_BARS = 24;
    static final int LABEL_CHARS = 28;

    /**
     * One bar.
     *
     * @param label the run's full label (the bar's tooltip)
     * @param category the axis label: shortened, and unique within the chart
     * @param text the value as labelled beside the bar
     */
    record Bar(String label, String category, double value, String text) {
    }

    static BarRows of(RunComparison comparison, String metric) {
        List<ComparedRun> with = new ArrayList<>();
        for (ComparedRun r : comparison.runs()) {
            OptionalDouble v = r.value(metric);
            if (v.isPresent() && Double.isFinite(v.getAsDouble())) {
                with.add(r);
            }
        }
        int missing = comparison.runs().size() - with.size();
        List<String> notes = new ArrayList<>();
        List<ComparedRun> shown = with;
        if (with.size() > MAX_BARS) {
            List<ComparedRun> sorted = new ArrayList<>(with);
            sorted.sort(Comparator.comparingDouble((ComparedRun r) -> r.value(metric).getAsDouble()).reversed());
            shown = new ArrayList<>(sorted.subList(0, MAX_BARS / 2));
            shown.addAll(sorted.subList(sorted.size() - MAX_BARS / 2, sorted.size()));
            notes.add(String.format(java.util.Locale.ROOT, "The %d highest and %d lowest of %,d runs",
                    MAX_BARS / 2, MAX_BARS / 2, with.size()));
        }
        if (missing > 0) {
            notes.add(missing + (missing == 1 ? " run has" : " runs have") + " no value");
        }
        Map<String, Integer> seen = new HashMap<>();
        List<Bar> bars = new ArrayList<>();
        for (ComparedRun r : shown) {
            String category = ChartNumbers.shorten(r.label(), LABEL_CHARS);
            int n = seen.merge(category, 1, Integer::sum);
            if (n > 1) {
                category = category + " #" + n;
            }
            double v = r.value(metric).getAsDouble();
            bars.add(new Bar(r.label(), category, v, ChartNumbers.format(v)));
        }
        return new BarRows(metric, List.copyOf(bars), String.join("; ", notes));
    }
}
