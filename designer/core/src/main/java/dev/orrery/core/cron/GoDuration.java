package dev.orrery.core.cron;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Map;

/**
 * Parses a duration the way Go's {@code time.ParseDuration} does ({@code 1h30m}, {@code 1.5h},
 * {@code 300ms}, {@code -2m}; units ns, us, µs, ms, s, m, h), since that is what {@code @every} takes.
 */
final class GoDuration {
    private static final Map<String, Long> UNIT_NANOS = Map.of(
            "ns", 1L, "us", 1_000L, "\u00b5s", 1_000L, "\u03bcs", 1_000L, "ms", 1_000_000L,
            "s", 1_000_000_000L, "m", 60_000_000_000L, "h", 3_600_000_000_000L);
    private static final BigInteger MAX_NANOS = BigInteger.valueOf(Long.MAX_VALUE);

    private GoDuration() {
    }

    static Duration parse(String text) throws CronException {
        String s = text;
        boolean negative = false;
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            negative = s.charAt(0) == '-';
            s = s.substring(1);
        }
        if (s.equals("0")) {
            return Duration.ZERO;
        }
        if (s.isEmpty()) {
            throw invalid(text, "it is empty");
        }
        BigDecimal total = BigDecimal.ZERO;
        int i = 0;
        while (i < s.length()) {
            int start = i;
            while (i < s.length() && (isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
                i++;
            }
            String number = s.substring(start, i);
            if (number.isEmpty() || number.equals(".") || number.indexOf('.') != number.lastIndexOf('.')) {
                throw invalid(text, "expected a number at \"" + s.substring(start) + "\"");
            }
            int unitStart = i;
            while (i < s.length() && !isDigit(s.charAt(i)) && s.charAt(i) != '.') {
                i++;
            }
            String unit = s.substring(unitStart, i);
            Long nanos = UNIT_NANOS.get(unit);
            if (unit.isEmpty()) {
                throw invalid(text, "the number " + number + " has no unit (ns, us, ms, s, m or h)");
            }
            if (nanos == null) {
                throw invalid(text, "unknown unit \"" + unit + "\" (use ns, us, ms, s, m or h)");
            }
            total = total.add(new BigDecimal(number.startsWith(".") ? "0" + number : number.endsWith(".")
                    ? number + "0" : number).multiply(BigDecimal.valueOf(nanos)));
            if (total.toBigInteger().compareTo(MAX_NANOS) > 0) {
                throw invalid(text, "it is longer than Go's largest duration (about 292 years)");
            }
        }
        long n = total.toBigInteger().longValueExact();
        return Duration.ofNanos(negative ? -n : n);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static CronException invalid(String text, String why) {
        return new CronException(null, "\"" + text + "\" is not a duration: " + why
                + " (examples: 90s, 15m, 1h30m)");
    }
}
