package dev.orrery.runtime.metrics;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a metrics file's JSON in either shape: KFP v1's {@code {"metrics": [{"name": …, "numberValue":
 * …}]}}, or an object of numbers and lists of numbers ({@code {"accuracy": 0.9, "loss": [0.7, 0.4]}}).
 * What is not a number is skipped with a problem; nothing here throws for bad content.
 */
final class MetricsParser {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

    /** One metric found in a file, before it is given its step. */
    record Entry(String name, List<Double> values, boolean series, boolean kfp) {
    }

    record Parsed(List<Entry> entries, List<String> problems) {
    }

    private MetricsParser() {
    }

    /** A decimal number (as an output parameter's text), or null: booleans, words and NaN are not metrics. */
    static Double number(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim();
        return NUMBER.matcher(t).matches() ? Double.valueOf(t) : null;
    }

    static Parsed parse(byte[] content) {
        List<Entry> entries = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            problems.add("is not JSON" + (at == null ? "" : " (line " + at.getLineNr() + ", column "
                    + at.getColumnNr() + ")") + "; write a JSON object of numbers, see docs/metrics.md");
            return new Parsed(entries, problems);
        } catch (IOException e) {
            problems.add("cannot be read: " + e.getMessage());
            return new Parsed(entries, problems);
        }
        if (root == null || !root.isObject()) {
            problems.add("is not a JSON object; write {\"name\": number, …} or KFP's {\"metrics\": […]}");
        } else if (root.path("metrics").isArray()) {
            kfp(root.get("metrics"), entries, problems);
        } else {
            for (Map.Entry<String, JsonNode> f : root.properties()) {
                plain(f.getKey(), f.getValue(), entries, problems);
            }
        }
        return new Parsed(entries, problems);
    }

    private static void kfp(JsonNode list, List<Entry> entries, List<String> problems) {
        int i = 0;
        for (JsonNode m : list) {
            i++;
            String name = m.path("name").isTextual() ? m.get("name").asText() : null;
            Double v = value(m.path("numberValue"));
            if (name == null || name.isBlank()) {
                problems.add("has a metric without a name (entry " + i + " of \"metrics\"); skipped");
            } else if (v == null) {
                problems.add("has no numberValue for metric " + name + "; skipped");
            } else {
                entries.add(new Entry(name, List.of(v), false, true));
            }
        }
    }

    private static void plain(String name, JsonNode node, List<Entry> entries, List<String> problems) {
        Double v = value(node);
        if (v != null) {
            entries.add(new Entry(name, List.of(v), false, false));
            return;
        }
        if (node.isArray()) {
            List<Double> series = new ArrayList<>(node.size());
            for (JsonNode e : node) {
                Double x = value(e);
                if (x == null) {
                    problems.add("has a non-number in series " + name + " (entry " + (series.size() + 1)
                            + "); the series is skipped");
                    return;
                }
                series.add(x);
            }
            entries.add(new Entry(name, series, true, false));
            return;
        }
        problems.add("has " + name + " that is neither a number nor a list of numbers; skipped");
    }

    /** A JSON number, or a string holding a decimal number (KFP writes both); null otherwise. */
    private static Double value(JsonNode n) {
        if (n.isNumber()) {
            double d = n.asDouble();
            return Double.isFinite(d) ? d : null;
        }
        return n.isTextual() ? number(n.asText()) : null;
    }
}
