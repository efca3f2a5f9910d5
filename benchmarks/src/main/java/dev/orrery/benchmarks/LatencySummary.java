package dev.orrery.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Latencies in ms, summarised as nearest-rank percentiles for a benchmark's report line. */
public final class LatencySummary {
    private final List<Double> values = new ArrayList<>();

    public void add(double ms) {
        values.add(ms);
    }

    public int count() {
        return values.size();
    }

    /** The p-th percentile (nearest rank), or NaN when nothing was recorded. */
    public double percentile(int p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return FxBench.percentile(sorted, p);
    }

    public double max() {
        return values.isEmpty() ? Double.NaN : Collections.max(values);
    }

    /** "p50 / p95 / max" in ms, one decimal; "none" when nothing was recorded. */
    public String triple() {
        return values.isEmpty() ? "none" : String.format(Locale.ROOT, "%.1f / %.1f / %.1f", percentile(50), percentile(95), max());
    }

    /** "p50 / p95" in ms, one decimal; "none" when nothing was recorded. */
    public String pair() {
        return values.isEmpty() ? "none" : String.format(Locale.ROOT, "%.1f / %.1f", percentile(50), percentile(95));
    }
}
