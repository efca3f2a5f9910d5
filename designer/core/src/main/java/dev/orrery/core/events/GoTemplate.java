package dev.orrery.core.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of Go's text/template that Sensor {@code dataTemplate}s mostly use: text with actions that read
 * a field of the event, {@code {{ .Input.body.name }}} (also {@code {{- ... -}}} trimming), optionally piped
 * to {@code upper}, {@code lower}, {@code trim}, {@code quote} or {@code toJson}. Values print as Go prints
 * them: strings bare, numbers without a trailing {@code .0}, maps as {@code map[k:v]}, lists as {@code [a b]}.
 * Anything else ({@code if}, {@code range}, variables, other sprig functions) makes the template unsupported:
 * {@link #render} returns empty and the caller says so.
 */
public final class GoTemplate {
    private static final Pattern ACTION = Pattern.compile("\\{\\{(-?)\\s*(.*?)\\s*(-?)}}", Pattern.DOTALL);
    private static final Pattern FIELD = Pattern.compile("\\.Input((?:\\.[A-Za-z0-9_-]+)*)");

    private GoTemplate() {
    }

    /** The rendered text, or empty when a field has no value or the template uses what is not supported. */
    public static Optional<String> render(String template, JsonNode input) {
        StringBuilder out = new StringBuilder();
        Matcher m = ACTION.matcher(template);
        int last = 0;
        while (m.find()) {
            String text = template.substring(last, m.start());
            if (!m.group(1).isEmpty()) {
                text = text.stripTrailing();
            }
            out.append(text);
            Optional<String> value = action(m.group(2), input);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            out.append(value.get());
            last = m.end();
            if (!m.group(3).isEmpty()) {
                while (last < template.length() && Character.isWhitespace(template.charAt(last))) {
                    last++;
                }
            }
        }
        out.append(template.substring(last));
        String result = out.toString();
        // Argo Events treats an empty result or Go's "<no value>" as a failed template
        return result.isEmpty() || result.equals("<no value>") ? Optional.empty() : Optional.of(result);
    }

    private static Optional<String> action(String body, JsonNode input) {
        String[] pipeline = body.split("\\|");
        Matcher field = FIELD.matcher(pipeline[0].trim());
        if (!field.matches()) {
            return Optional.empty();
        }
        JsonNode value = input;
        for (String key : field.group(1).split("\\.")) {
            if (key.isEmpty()) {
                continue;
            }
            value = value == null || !value.isObject() ? null : value.get(key);
        }
        if (value == null) {
            return Optional.empty(); // Go prints <no value>, which Argo Events refuses
        }
        String text = print(value);
        for (int i = 1; i < pipeline.length; i++) {
            switch (pipeline[i].trim()) {
                case "upper" -> text = text.toUpperCase(java.util.Locale.ROOT);
                case "lower" -> text = text.toLowerCase(java.util.Locale.ROOT);
                case "trim" -> text = text.strip();
                case "quote" -> text = "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
                case "toJson" -> text = value.toString();
                default -> {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(text);
    }

    /** A value as Go's fmt prints a decoded JSON value. */
    static String print(JsonNode v) {
        if (v.isTextual()) {
            return v.textValue();
        }
        if (v.isNull()) {
            return "<nil>";
        }
        if (v.isNumber()) {
            double d = v.doubleValue();
            return d == Math.rint(d) && Math.abs(d) < 1e21 ? Long.toString((long) d) : Double.toString(d);
        }
        if (v.isArray()) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < v.size(); i++) {
                sb.append(i == 0 ? "" : " ").append(print(v.get(i)));
            }
            return sb.append(']').toString();
        }
        if (v.isObject()) {
            java.util.TreeMap<String, JsonNode> sorted = new java.util.TreeMap<>();
            Iterator<Map.Entry<String, JsonNode>> it = v.fields();
            it.forEachRemaining(e -> sorted.put(e.getKey(), e.getValue()));
            StringBuilder sb = new StringBuilder("map[");
            boolean first = true;
            for (Map.Entry<String, JsonNode> e : sorted.entrySet()) {
                sb.append(first ? "" : " ").append(e.getKey()).append(':').append(print(e.getValue()));
                first = false;
            }
            return sb.append(']').toString();
        }
        return v.asText();
    }
}
