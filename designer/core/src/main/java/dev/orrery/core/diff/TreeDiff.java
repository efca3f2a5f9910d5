package dev.orrery.core.diff;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Compares two native-format trees field by field and reports each differing leaf with its dotted
 * path. Maps are compared key by key; lists whose items all have distinct names (parameters, env,
 * artifacts, …) item by item under the item's name; other lists as a whole. Numbers compare by value
 * ({@code 1} and {@code 1.0} are the same), so the way a file spelt a number is no change.
 */
final class TreeDiff {
    /** Where a differing field goes: its path, its old value and its new one (null where absent). */
    interface Sink {
        void changed(String path, JsonNode before, JsonNode after);
    }

    private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        if (a.isNumber() && b.isTextual() || a.isTextual() && b.isNumber()) {
            // a quantity written 1 in one file and "1" in another: Kubernetes reads the same
            java.math.BigDecimal x = number(a);
            java.math.BigDecimal y = number(b);
            return x != null && y != null && x.compareTo(y) == 0 ? 0 : 1;
        }
        return a.equals(b) ? 0 : 1;
    };

    private static java.math.BigDecimal number(JsonNode n) {
        if (n.isNumber()) {
            return n.decimalValue();
        }
        try {
            return new java.math.BigDecimal(n.textValue().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private TreeDiff() {
    }

    /** Same value, numbers by value. */
    static boolean same(JsonNode a, JsonNode b) {
        if (absent(a) || absent(b)) {
            return absent(a) && absent(b);
        }
        return a.equals(NUMBERS_BY_VALUE, b);
    }

    /**
     * Reports the differences below {@code path}; {@code skip} holds paths whose subtree is reported
     * some other way (a binding), left out here.
     */
    static void diff(String path, JsonNode before, JsonNode after, Set<String> skip, Sink sink) {
        if (skip.contains(path) || same(before, after)) {
            return;
        }
        if (absent(before) || absent(after)) {
            JsonNode present = absent(before) ? after : before;
            // one side missing: a named list still differs item by item, and a skipped path below is kept out
            if (present.isArray() && byName(present) != null || present.isObject() && skipsBelow(path, skip)) {
                JsonNode empty = present.isArray() ? EMPTY_ARRAY : EMPTY_OBJECT;
                diff(path, absent(before) ? empty : before, absent(after) ? empty : after, skip, sink);
                return;
            }
        }
        if (!absent(before) && !absent(after) && before.isObject() && after.isObject()) {
            Iterator<String> names = after.fieldNames();
            while (names.hasNext()) {
                String key = names.next();
                diff(path + "." + key, before.get(key), after.get(key), skip, sink);
            }
            Iterator<String> old = before.fieldNames();
            while (old.hasNext()) {
                String key = old.next();
                if (!after.has(key)) {
                    diff(path + "." + key, before.get(key), null, skip, sink);
                }
            }
            return;
        }
        if (!absent(before) && !absent(after) && before.isArray() && after.isArray()) {
            Map<String, JsonNode> a = before.isEmpty() ? new LinkedHashMap<>() : byName(before);
            Map<String, JsonNode> b = after.isEmpty() ? new LinkedHashMap<>() : byName(after);
            if (a != null && b != null) {
                for (Map.Entry<String, JsonNode> e : b.entrySet()) {
                    diff(path + "." + e.getKey(), a.get(e.getKey()), e.getValue(), skip, sink);
                }
                for (Map.Entry<String, JsonNode> e : a.entrySet()) {
                    if (!b.containsKey(e.getKey())) {
                        diff(path + "." + e.getKey(), e.getValue(), null, skip, sink);
                    }
                }
                return;
            }
        }
        sink.changed(path, absent(before) ? null : before, absent(after) ? null : after);
    }

    private static final JsonNode EMPTY_ARRAY = dev.orrery.core.model.Json.array();
    private static final JsonNode EMPTY_OBJECT = dev.orrery.core.model.Json.object();

    private static boolean skipsBelow(String path, Set<String> skip) {
        String prefix = path + ".";
        for (String s : skip) {
            if (s.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** The items by name when every item is an object with a distinct text name, else null. */
    static Map<String, JsonNode> byName(JsonNode array) {
        if (array.isEmpty()) {
            return null;
        }
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (JsonNode item : array) {
            JsonNode name = item.get("name");
            if (!item.isObject() || name == null || !name.isTextual() || out.put(name.textValue(), item) != null) {
                return null;
            }
        }
        return out;
    }

    static boolean absent(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode();
    }
}
