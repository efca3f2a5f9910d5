package dev.orrery.app.compare;

import dev.orrery.runtime.Metric;
import dev.orrery.runtime.compare.ComparedRun;
import dev.orrery.runtime.compare.RunComparison;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which lines a series metric's chart shows: one per run that reported it, x the epoch (1, 2, …), y
 * its value (non-finite values are left out). A legend past {@link #MAX_LINES} entries repeats its
 * colours and reads as noise, so with more runs the chart shows the {@code MAX_LINES / 2} runs with the
 * highest and the lowest last values and says so. Plain logic, no JavaFX.
 */
record SeriesLines(String metric, List<Line> lines, String note) {
    static final int MAX_LINES = 8;

    /** One run's line: {@code points} are (epoch, value) pairs. */
    record Line(String label, List<double[]> points) {
    }

    static SeriesLines of(RunComparison comparison, String metric) {
        List<ComparedRun> with = new ArrayList<>();
        for (ComparedRun r : comparison.runs()) {
            Metric m = r.metrics().get(metric);
            if (m != null && m.values().stream().anyMatch(Double::isFinite)) {
                with.add(r);
            }
        }
        int missing = comparison.runs().size() - with.size();
        List<String> notes = new ArrayList<>();
        List<ComparedRun> shown = with;
        if (with.size() > MAX_LINES) {
            List<ComparedRun> sorted = new ArrayList<>(with);
            sorted.sort(Comparator.comparingDouble((ComparedRun r) -> last(r.metrics().get(metric))).reversed());
            shown = new ArrayList<>(sorted.subList(0, MAX_LINES / 2));
            shown.addAll(sorted.subList(sorted.size() - MAX_LINES / 2, sorted.size()));
            notes.add(String.format(java.util.Locale.ROOT, "The %d highest and %d lowest last values of %,d runs",
                    MAX_LINES / 2, MAX_LINES / 2, with.size()));
        }
        if (missing > 0) {
            notes.add(missing + (missing == 1 ? " run has" : " runs have") + " no value");
        }
        List<Line> lines = new ArrayList<>();
        for (ComparedRun r : shown) {
            List<double[]> points = new ArrayList<>();
            List<Double> values = r.metrics().get(metric).values();
            for (int i = 0; i < values.size(); i++) {
                if (Double.isFinite(values.get(i))) {
                    points.add(new double[] {i + 1, values.get(i)});
                }
            }
            lines.add(new Line(r.label(), List.copyOf(points)));
        }
        return new SeriesLines(metric, List.copyOf(lines), String.join("; ", notes));
    }

    private static double last(Metric m) {
        List<Double> v = m.values();
        for (int i = v.size() - 1; i >= 0; i--) {
            if (Double.isFinite(v.get(i))) {
                return v.get(i);
            }
        }
        return Double.NEGATIVE_INFINITY;
    }

    /** The lowest and highest value of all lines (NaN when there are none). */
    double[] valueRange() {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Line l : lines) {
            for (double[] p : l.points()) {
                min = Math.min(min, p[1]);
                max = Math.max(max, p[1]);
            }
        }
        return lines.isEmpty() || min > max ? new double[] {Double.NaN, Double.NaN} : new double[] {min, max};
    }

    int epochs() {
        return lines.stream().mapToInt(l -> l.points().isEmpty() ? 0 : (int) l.points().get(l.points().size() - 1)[0])
                .max().orElse(1);
    }
}
