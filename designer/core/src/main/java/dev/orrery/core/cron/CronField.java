package dev.orrery.core.cron;

import java.util.List;
import java.util.Locale;

/**
 * One of the five fields of a standard cron expression, parsed as robfig/cron v3 (Argo's
 * scheduler) parses it: comma-separated lists of {@code *}, {@code ?}, numbers or names, ranges
 * {@code a-b} and steps {@code /n}. Values are kept as a bit set; bit 63 records a {@code *} or
 * {@code ?} (robfig's "star bit"), which decides how day-of-month and day-of-week combine.
 */
public enum CronField {
    MINUTE("minute", 0, 59, List.of()),
    HOUR("hour", 0, 23, List.of()),
    DAY_OF_MONTH("day of month", 1, 31, List.of()),
    MONTH("month", 1, 12, List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
            "nov", "dec")),
    DAY_OF_WEEK("day of week", 0, 6, List.of("sun", "mon", "tue", "wed", "thu", "fri", "sat"));

    static final long STAR = 1L << 63;

    private final String label;
    final int min;
    final int max;
    private final List<String> names;

    CronField(String label, int min, int max, List<String> names) {
        this.label = label;
        this.min = min;
        this.max = max;
        this.names = names;
    }

    /** How messages name the field: "minute", "day of week", … */
    public String label() {
        return label;
    }

    long all() {
        return bits(min, max, 1) | STAR;
    }

    long parse(String field) throws CronException {
        long bits = 0;
        for (String range : field.split(",")) {
            if (!range.isEmpty()) {
                bits |= range(range, field);
            }
        }
        return bits;
    }

    private long range(String expr, String field) throws CronException {
        String[] rangeAndStep = expr.split("/", -1);
        String[] lowAndHigh = rangeAndStep[0].split("-", -1);
        boolean single = lowAndHigh.length == 1;
        int start;
        int end;
        long extra = 0;
        if (lowAndHigh[0].equals("*") || lowAndHigh[0].equals("?")) {
            // robfig ignores anything after "*-" ("*-5" means "*"); kept as is to accept what Argo accepts
            start = min;
            end = max;
            extra = STAR;
        } else {
            start = value(lowAndHigh[0], expr);
            if (lowAndHigh.length == 1) {
                end = start;
            } else if (lowAndHigh.length == 2) {
                end = value(lowAndHigh[1], expr);
            } else {
                throw error(expr, "too many hyphens");
            }
        }
        int step = 1;
        if (rangeAndStep.length == 2) {
            step = number(rangeAndStep[1], expr);
            if (single) {
                end = max; // "N/step" means "N-max/step"
            }
            if (step > 1) {
                extra = 0;
            }
        } else if (rangeAndStep.length > 2) {
            throw error(expr, "too many slashes");
        }
        if (start < min) {
            throw error(expr, start + " is below the minimum " + min + rangeHint());
        }
        if (end > max) {
            throw error(expr, end + " is above the maximum " + max + rangeHint());
        }
        if (start > end) {
            throw error(expr, "the range starts at " + start + ", after its end " + end);
        }
        if (step == 0) {
            throw error(expr, "the step must be a positive number");
        }
        return bits(start, end, step) | extra;
    }

    private String rangeHint() {
        return this == DAY_OF_WEEK ? " (0 or SUN is Sunday; 7 is not accepted)" : "";
    }

    private int value(String text, String expr) throws CronException {
        int named = names.indexOf(text.toLowerCase(Locale.ROOT));
        if (named >= 0) {
            return named + min;
        }
        return number(text, expr);
    }

    /** Go's strconv.Atoi: optional sign, ASCII digits only. */
    private int number(String text, String expr) throws CronException {
        int i = text.startsWith("+") || text.startsWith("-") ? 1 : 0;
        if (i == text.length() || !text.substring(i).chars().allMatch(c -> c >= '0' && c <= '9')) {
            String expected = names.isEmpty() ? "a number" : "a number or a name ("
                    + names.get(0).toUpperCase(Locale.ROOT) + "…" + names.get(names.size() - 1).toUpperCase(Locale.ROOT) + ")";
            throw error(expr, "\"" + text + "\" is not " + expected);
        }
        long v;
        try {
            v = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw error(expr, "\"" + text + "\" is too large");
        }
        if (v < 0) {
            throw error(expr, "negative numbers are not allowed");
        }
        return v > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) v;
    }

    private CronException error(String expr, String why) {
        return new CronException(label, "\"" + expr + "\": " + why);
    }

    static long bits(int from, int to, int step) {
        long bits = 0;
        for (int i = from; i <= to; i += step) {
            bits |= 1L << i;
        }
        return bits;
    }

    static boolean has(long bits, int value) {
        return (bits & (1L << value)) != 0;
    }
}
