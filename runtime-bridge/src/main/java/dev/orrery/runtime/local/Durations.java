package dev.orrery.runtime.local;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.core.text.DurationText;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Argo's durations: Go duration strings ({@code 30s}, {@code 1m30s}, {@code 500ms}, {@code 2h}) or
 * a plain number of seconds ({@code 30}, {@code "30"}).
 */
final class Durations {
    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|us|µs|ns|s|m|h|d)");

    private Durations() {
    }

    /** The duration, or null for null or blank input; throws IllegalArgumentException with the text otherwise. */
    static Duration parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim();
        if (t.matches("\\d+(\\.\\d+)?")) {
            return Duration.ofMillis(Math.round(Double.parseDouble(t) * 1000));
        }
        Matcher m = PART.matcher(t);
        int at = 0;
        double nanos = 0;
        while (at < t.length()) {
            if (!m.find(at) || m.start() != at) {
                throw new IllegalArgumentException("'" + text + "' is not a duration (examples: 30s, 1m30s, 2h, 500ms)");
            }
            double n = Double.parseDouble(m.group(1));
            nanos += n * switch (m.group(2)) {
                case "ns" -> 1d;
                case "us", "µs" -> 1e3;
                case "ms" -> 1e6;
                case "s" -> 1e9;
                case "m" -> 60e9;
                case "h" -> 3600e9;
                default -> 86400e9;
            };
            at = m.end();
        }
        return Duration.ofNanos(Math.round(nanos));
    }

    static Duration parse(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isNumber()) {
            return Duration.ofMillis(Math.round(node.doubleValue() * 1000));
        }
        return parse(node.asText());
    }

    /** For people, in the one form every window and command uses: 0.9s, 12s, 3m 04s. */
    static String format(Duration d) {
        return DurationText.of(d);
    }
}
