package dev.orrery.app.compare;

import java.math.BigDecimal;
import java.math.MathContext;

/** Number text and axis ranges the comparison charts share: never a zero-length axis. */
final class ChartNumbers {
    private ChartNumbers() {
    }

    /** An axis from {@code lower} to {@code upper} with ticks every {@code tick}. */
    record Range(double lower, double upper, double tick) {
    }

    /** 4 significant digits, no trailing zeros ({@code 0.9134}, {@code 1200}, {@code 2.5e-05}). */
    static String format(double v) {
        if (!Double.isFinite(v)) {
            return "—";
        }
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        if (a >= 1e6 || a < 1e-4) {
            return String.format(java.util.Locale.ROOT, "%.3e", v);
        }
        return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }

    /**
     * A range holding every value (and zero when {@code withZero}, as bars start at zero), with about five
     * round ticks; equal values (or none) get a range around them rather than a zero-length one.
     */
    static Range range(double min, double max, boolean withZero) {
        if (!Double.isFinite(min) || !Double.isFinite(max)) {
            return new Range(0, 1, 0.2);
        }
        if (withZero) {
            min = Math.min(0, min);
            max = Math.max(0, max);
        }
        if (max - min <= Math.abs(max) * 1e-12) {
            double pad = max == 0 ? 1 : Math.abs(max) * 0.1;
            min -= withZero && min == 0 ? 0 : pad;
            max += pad;
        }
        double tick = niceTick((max - min) / 5);
        return new Range(Math.floor(min / tick) * tick, Math.ceil(max / tick) * tick, tick);
    }

    /** 1, 2 or 5 times a power of ten, at least {@code rough}. */
    static double niceTick(double rough) {
        double p = Math.pow(10, Math.floor(Math.log10(rough)));
        double f = rough / p;
        return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * p;
    }

    /** A long run name shortened in its middle, where sweep children's names repeat themselves. */
    static String shorten(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int head = (max - 1) / 2;
        int tail = max - 1 - head;
        return s.substring(0, head) + "…" + s.substring(s.length() - tail);
    }
}
