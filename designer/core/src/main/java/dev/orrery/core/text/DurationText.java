package dev.orrery.core.text;

import java.time.Duration;

/**
 * One way to say how long something took, for every place that shows a duration to people (the CLI's
 * progress lines and summaries, the runs table, step details, the local runner's messages).
 * <ul>
 *   <li>under 10 seconds, tenths: {@code 0.4s}, {@code 1.0s}, {@code 9.9s} (a 1-second step is not "0s");
 *       under 0.05 s but not zero, {@code <0.1s};</li>
 *   <li>under a minute, whole seconds: {@code 12s};</li>
 *   <li>under an hour, minutes and two-digit seconds: {@code 1m 05s};</li>
 *   <li>under a day, hours and two-digit minutes: {@code 2h 03m};</li>
 *   <li>longer, days and two-digit hours: {@code 1d 04h}.</li>
 * </ul>
 * Each form rounds to its last unit (half up), so 59.6 s is {@code 1m 00s}. A negative duration (clocks
 * of two machines) reads as zero; null reads as "-".
 */
public final class DurationText {
    private static final long MINUTE = 60;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 24 * HOUR;

    private DurationText() {
    }

    public static String of(Duration d) {
        if (d == null) {
            return "-";
        }
        long millis = d.isNegative() ? 0 : saturatedMillis(d);
        long tenths = (millis + 50) / 100;
        if (tenths == 0 && !d.isNegative() && !d.isZero()) {
            return "<0.1s"; // not "0.0s": something that took time (a 10 ms back-off) did not take none
        }
        if (tenths < 100) {
            return tenths / 10 + "." + tenths % 10 + "s";
        }
        long s = (millis + 500) / 1000;
        if (s < MINUTE) {
            return s + "s";
        }
        if (s < HOUR) {
            return s / MINUTE + "m " + twoDigits(s % MINUTE) + "s";
        }
        long m = (s + MINUTE / 2) / MINUTE * MINUTE; // round to the minute shown
        if (m < DAY) {
            return m / HOUR + "h " + twoDigits(m % HOUR / MINUTE) + "m";
        }
        long h = (s + HOUR / 2) / HOUR * HOUR;
        return h / DAY + "d " + twoDigits(h % DAY / HOUR) + "h";
    }

    private static long saturatedMillis(Duration d) {
        try {
            return d.toMillis();
        } catch (ArithmeticException tooLong) {
            return Long.MAX_VALUE / 2;
        }
    }

    private static String twoDigits(long n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }
}
