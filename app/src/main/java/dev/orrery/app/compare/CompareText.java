package dev.orrery.app.compare;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;

/** How the comparison writes and sorts values: metrics to four significant digits, numbers sorted as numbers. */
final class CompareText {
    private CompareText() {
    }

    /** {@code 0.9312}, {@code 40}, {@code 1.250e-05}: short enough for a column, exact for integers. */
    static String number(double v) {
        if (!Double.isFinite(v)) {
            return String.valueOf(v);
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.valueOf((long) v);
        }
        if (Math.abs(v) < 1e-4 || Math.abs(v) >= 1e15) {
            return String.format(Locale.ROOT, "%.3e", v);
        }
        return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }

    /** Numbers compare as numbers, words as words; numbers before words, empty last. */
    static int compareValues(String a, String b) {
        boolean ea = a == null || a.isEmpty();
        boolean eb = b == null || b.isEmpty();
        if (ea || eb) {
            return Boolean.compare(ea, eb);
        }
        Double x = parse(a);
        Double y = parse(b);
        if (x != null && y != null) {
            return Double.compare(x, y);
        }
        return x != null ? -1 : y != null ? 1 : Objects.compare(a, b, Comparator.naturalOrder());
    }

    private static Double parse(String s) {
        try {
            return Double.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
