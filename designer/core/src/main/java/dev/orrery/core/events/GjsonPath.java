package dev.orrery.core.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.orrery.core.model.Json;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The part of gjson's path syntax that Sensor {@code dataKey}s use: dot-separated keys ({@code body.repo.name}),
 * array indexes ({@code body.items.0}), {@code #} for an array's length, {@code items.#.name} for the field of
 * every item, {@code *} and {@code ?} wildcards in a key (first match), and {@code \.} for a dot inside a key.
 * Not supported (the value is then reported missing): queries {@code #(...)}, modifiers {@code @...},
 * multipaths {@code [a,b]} / {@code {a,b}} and the {@code |} pipe.
 */
public final class GjsonPath {
    private GjsonPath() {
    }

    public static Optional<JsonNode> get(JsonNode root, String path) {
        if (root == null || path == null || path.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(walk(root, segments(path), 0));
    }

    /** Whether the path uses only the supported syntax. */
    public static boolean supported(String path) {
        return path != null && !path.isEmpty() && !path.contains("#(") && !path.startsWith("@")
                && !path.contains(".@") && !path.contains("|") && !path.startsWith("[") && !path.startsWith("{");
    }

    static List<String> segments(String path) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '\\' && i + 1 < path.length()) {
                current.append(path.charAt(++i));
            } else if (c == '.') {
                out.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        out.add(current.toString());
        return out;
    }

    private static JsonNode walk(JsonNode node, List<String> segments, int i) {
        if (i == segments.size()) {
            return node;
        }
        String key = segments.get(i);
        if (node.isArray()) {
            if (key.equals("#")) {
                if (i + 1 == segments.size()) {
                    return Json.F.numberNode(node.size());
                }
                ArrayNode each = Json.array(); // items.#.field: that field of every item that has it
                for (JsonNode item : node) {
                    JsonNode v = walk(item, segments, i + 1);
                    if (v != null) {
                        each.add(v);
                    }
                }
                return each;
            }
            if (key.matches("\\d{1,9}")) {
                int index = Integer.parseInt(key);
                return index < node.size() ? walk(node.get(index), segments, i + 1) : null;
            }
            return null;
        }
        if (!node.isObject()) {
            return null;
        }
        if (key.contains("*") || key.contains("?")) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                if (matches(key, f.getKey())) {
                    return walk(f.getValue(), segments, i + 1);
                }
            }
            return null;
        }
        JsonNode child = node.get(key);
        return child == null ? null : walk(child, segments, i + 1);
    }

    private static boolean matches(String pattern, String text) {
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            regex.append(c == '*' ? ".*" : c == '?' ? "." : java.util.regex.Pattern.quote(String.valueOf(c)));
        }
        return text.matches(regex.toString());
    }
}
