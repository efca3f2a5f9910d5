package dev.orrery.app.compare;

import dev.orrery.runtime.compare.ComparedRun;
import dev.orrery.runtime.compare.RunComparison;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A parallel-coordinates plot of runs from their parameters to one metric, as positions: one axis per
 * parameter in the comparison's order and the metric's axis last; one line per run with its position
 * on each axis from 0 (bottom) to 1 (top), NaN where it has no value. A parameter whose values are all
 * numbers is on a numeric scale (logarithmic when all are positive and span 100× or more, as learning
 * rates do); any other is categorical, its values in order of first appearance. The metric's value also
 * colours the line ({@link #colourShare}). Plain logic, no JavaFX: the view draws it on a canvas.
 */
record ParallelCoordinates(String metric, List<Axis> axes, List<Line> lines) {

    /** How an axis places values. */
    enum Scale { LINEAR, LOG, CATEGORICAL }

    /**
     * @param ticks what is written along the axis, bottom to top, with their positions in {@code tickAt}
     */
    record Axis(String name, Scale scale, double min, double max, List<String> categories, List<String> ticks,
            double[] tickAt, boolean isMetric) {
    }

    /** @param at the run's position on each axis, 0..1, NaN without a value; {@code value} its metric */
    record Line(String label, double[] at, double value) {
    }

    static ParallelCoordinates of(RunComparison comparison, String metric) {
        List<ComparedRun> runs = comparison.runs();
        List<Axis> axes = new ArrayList<>();
        List<double[]> at = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            at.add(new double[comparison.parameters().size() + 1]);
        }
        int a = 0;
        for (String p : comparison.parameters()) {
            List<String> raw = runs.stream().map(r -> r.parameters().get(p)).toList();
            Axis axis = axisOf(p, raw, false);
            for (int i = 0; i < runs.size(); i++) {
                at.get(i)[a] = position(axis, raw.get(i));
            }
            axes.add(axis);
            a++;
        }
        double[] values = new double[runs.size()];
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < runs.size(); i++) {
            values[i] = metric == null ? Double.NaN : runs.get(i).value(metric).orElse(Double.NaN);
            if (Double.isFinite(values[i])) {
                min = Math.min(min, values[i]);
                max = Math.max(max, values[i]);
            } else {
                values[i] = Double.NaN;
            }
        }
        Axis metricAxis = numeric(metric == null ? "" : metric, min, max, Scale.LINEAR, true);
        axes.add(metricAxis);
        List<Line> lines = new ArrayList<>(runs.size());
        for (int i = 0; i < runs.size(); i++) {
            at.get(i)[a] = Double.isNaN(values[i]) ? Double.NaN : place(metricAxis, values[i]);
            lines.add(new Line(runs.get(i).label(), at.get(i), values[i]));
        }
        return new ParallelCoordinates(metric, List.copyOf(axes), List.copyOf(lines));
    }

    /** Where the line's colour sits between the metric's lowest (0) and highest (1); NaN without a value. */
    double colourShare(Line l) {
        Axis m = axes.get(axes.size() - 1);
        if (Double.isNaN(l.value())) {
            return Double.NaN;
        }
        return m.max() > m.min() ? (l.value() - m.min()) / (m.max() - m.min()) : 0.5;
    }

    private static Axis axisOf(String name, List<String> raw, boolean isMetric) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        boolean numeric = false;
        for (String s : raw) {
            if (s == null || s.isBlank()) {
                continue;
            }
            double v = parse(s);
            if (Double.isNaN(v)) {
                numeric = false;
                min = Double.NaN;
                break;
            }
            numeric = true;
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        if (numeric) {
            Scale scale = min > 0 && max / min >= 100 ? Scale.LOG : Scale.LINEAR;
            return numeric(name, min, max, scale, isMetric);
        }
        Set<String> cats = new LinkedHashSet<>();
        raw.forEach(s -> cats.add(s == null ? "(none)" : s));
        List<String> categories = List.copyOf(cats);
        double[] tickAt = new double[categories.size()];
        for (int i = 0; i < tickAt.length; i++) {
            tickAt[i] = categories.size() == 1 ? 0.5 : (double) i / (categories.size() - 1);
        }
        return new Axis(name, Scale.CATEGORICAL, 0, categories.size() - 1, categories, categories, tickAt, isMetric);
    }

    private static Axis numeric(String name, double min, double max, Scale scale, boolean isMetric) {
        if (min > max) {
            return new Axis(name, scale, Double.NaN, Double.NaN, List.of(), List.of(), new double[0], isMetric);
        }
        Axis probe = new Axis(name, scale, min, max, List.of(), List.of(), new double[0], isMetric);
        List<String> ticks = new ArrayList<>();
        List<Double> where = new ArrayList<>();
        if (min == max) {
            ticks.add(ChartNumbers.format(min));
            where.add(0.5);
        } else {
            for (double v : new double[] {min, scale == Scale.LOG ? Math.sqrt(min * max) : (min + max) / 2, max}) {
                ticks.add(ChartNumbers.format(v));
                where.add(place(probe, v));
            }
        }
        return new Axis(name, scale, min, max, List.of(), List.copyOf(ticks),
                where.stream().mapToDouble(Double::doubleValue).toArray(), isMetric);
    }

    private static double position(Axis axis, String raw) {
        if (axis.scale() == Scale.CATEGORICAL) {
            int i = axis.categories().indexOf(raw == null ? "(none)" : raw);
            return axis.tickAt()[i];
        }
        double v = raw == null ? Double.NaN : parse(raw);
        return Double.isNaN(v) ? Double.NaN : place(axis, v);
    }

    private static double place(Axis axis, double v) {
        if (!(axis.max() > axis.min())) {
            return 0.5;
        }
        if (axis.scale() == Scale.LOG) {
            return (Math.log(v) - Math.log(axis.min())) / (Math.log(axis.max()) - Math.log(axis.min()));
        }
        return (v - axis.min()) / (axis.max() - axis.min());
    }

    private static double parse(String s) {
        try {
            double v = Double.parseDouble(s.trim());
            return Double.isFinite(v) ? v : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
