package dev.orrery.runtime.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.orrery.core.model.Loop;
import java.util.ArrayList;
import java.util.List;

/** Fan-out items: expanding withItems / withParam / withSequence, and an item's text. */
final class ItemValues {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ItemValues() {
    }

    /** Scalars as their text, objects and lists as compact JSON (what Argo substitutes). */
    static String text(JsonNode v) {
        return v.isValueNode() ? v.asText() : v.toString();
    }

    /** The items of a loop, with placeholders expanded in the caller's scope. */
    static List<JsonNode> expand(Loop loop, Scope scope) {
        List<JsonNode> items = new ArrayList<>();
        if (loop.items != null) {
            for (JsonNode item : loop.items) {
                items.add(item.isTextual() ? JsonNodeFactory.instance.textNode(scope.expand(item.asText())) : item);
            }
        } else if (loop.param != null) {
            String text = scope.expand(loop.param);
            JsonNode parsed;
            try {
                parsed = JSON.readTree(text);
            } catch (Exception e) {
                throw new IllegalArgumentException("withParam needs a JSON list; got: " + abbreviate(text));
            }
            if (!(parsed instanceof ArrayNode a)) {
                throw new IllegalArgumentException("withParam needs a JSON list; got: " + abbreviate(text));
            }
            a.forEach(items::add);
        } else if (loop.sequence != null) {
            items.addAll(sequence(loop, scope));
        }
        return items;
    }

    private static List<JsonNode> sequence(Loop loop, Scope scope) {
        String count = text(loop.sequence, "count", scope);
        String start = text(loop.sequence, "start", scope);
        String end = text(loop.sequence, "end", scope);
        String format = text(loop.sequence, "format", scope);
        long from = start == null ? 0 : Long.parseLong(start.trim());
        long to;
        if (count != null) {
            long n = Long.parseLong(count.trim());
            if (end != null) {
                throw new IllegalArgumentException("withSequence takes count or end, not both");
            }
            to = from + n - 1;
        } else if (end != null) {
            to = Long.parseLong(end.trim());
        } else {
            throw new IllegalArgumentException("withSequence needs count or end");
        }
        List<JsonNode> out = new ArrayList<>();
        long step = to >= from ? 1 : -1;
        if (count != null && to < from) {
            return out;
        }
        for (long i = from; step > 0 ? i <= to : i >= to; i += step) {
            out.add(JsonNodeFactory.instance.textNode(format == null ? Long.toString(i) : String.format(goFormat(format), i)));
        }
        return out;
    }

    private static String goFormat(String f) {
        return f.replace("%v", "%d");
    }

    private static String text(JsonNode obj, String field, Scope scope) {
        JsonNode v = obj.get(field);
        return v == null || v.isNull() ? null : scope.expand(v.asText());
    }

    /** The label Argo puts in a fan-out child's name: {@code step(0:value)}. */
    static String label(int index, JsonNode item) {
        String t = text(item);
        if (t.length() > 40) {
            t = t.substring(0, 37) + "...";
        }
        return "(" + index + ":" + t + ")";
    }

    private static String abbreviate(String s) {
        return s.length() > 120 ? s.substring(0, 117) + "..." : s;
    }
}
