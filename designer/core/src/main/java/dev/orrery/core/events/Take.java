package dev.orrery.core.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Lifting helpers for Argo Events documents: each takes a field out of a mutable copy only when it has
 * the shape the model holds, and otherwise leaves it in place, so whatever is left is passed through and
 * export gives the document back unchanged (lossless even for odd or invalid input).
 */
final class Take {
    private Take() {
    }

    static String text(ObjectNode o, String key) {
        JsonNode v = o == null ? null : o.get(key);
        if (v != null && v.isTextual()) {
            o.remove(key);
            return v.asText();
        }
        return null;
    }

    static Boolean bool(ObjectNode o, String key) {
        JsonNode v = o == null ? null : o.get(key);
        if (v != null && v.isBoolean()) {
            o.remove(key);
            return v.booleanValue();
        }
        return null;
    }

    static ObjectNode object(ObjectNode o, String key) {
        JsonNode v = o == null ? null : o.get(key);
        if (v instanceof ObjectNode obj) {
            o.remove(key);
            return obj;
        }
        return null;
    }

    /** A non-empty list whose items are all mappings; null (and left in place) otherwise. */
    static List<ObjectNode> objects(ObjectNode o, String key) {
        JsonNode v = o == null ? null : o.get(key);
        if (v == null || !v.isArray() || v.isEmpty()) {
            return null;
        }
        List<ObjectNode> items = new ArrayList<>();
        for (JsonNode item : v) {
            if (!(item instanceof ObjectNode obj)) {
                return null;
            }
            items.add(obj);
        }
        o.remove(key);
        return items;
    }

    /** Puts a passthrough object under {@code key} when it holds something. */
    static void putIfAny(ObjectNode target, String key, ObjectNode value) {
        if (value != null && !value.isEmpty()) {
            target.set(key, value.deepCopy());
        }
    }
}
