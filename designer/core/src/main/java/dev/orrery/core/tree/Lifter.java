package dev.orrery.core.tree;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.core.diag.Diagnostic;
import dev.orrery.core.diag.Location;
import dev.orrery.core.model.SourceRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * Takes fields out of a raw JSON object into the model. A field is removed from the raw object
 * only when it has the expected type; otherwise it stays (and so is written back unchanged as
 * passthrough) and a diagnostic says what was expected. This is what makes import lossless.
 */
public final class Lifter {
    private final List<Diagnostic> diagnostics;
    private final ToIntFunction<String> lines;
    /** The step or template the fields belong to, for diagnostics. */
    private String owner;

    public Lifter(List<Diagnostic> diagnostics, ToIntFunction<String> lines) {
        this.diagnostics = diagnostics;
        this.lines = lines;
    }

    public void owner(String newOwner) {
        this.owner = newOwner;
    }

    public String owner() {
        return owner;
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    public int line(SourceRef at) {
        return at == null ? 0 : lines.applyAsInt(at.pointer());
    }

    public void error(SourceRef at, String field, String message) {
        diagnostics.add(Diagnostic.error(new Location(null, 0, owner, field, line(at)), message));
    }

    public void warning(SourceRef at, String field, String message) {
        diagnostics.add(Diagnostic.warning(new Location(null, 0, owner, field, line(at)), message));
    }

    /** Removes a null-valued field so it does not linger as passthrough. */
    private boolean absent(ObjectNode o, String key) {
        JsonNode n = o.get(key);
        if (n == null) {
            return true;
        }
        if (n.isNull()) {
            o.remove(key);
            return true;
        }
        return false;
    }

    private void wrongType(ObjectNode o, String key, SourceRef at, String expected) {
        error(at.child(key), key, "expected " + expected + ", found " + describe(o.get(key)));
    }

    public static String describe(JsonNode n) {
        if (n.isTextual()) {
            return "a string";
        }
        if (n.isNumber()) {
            return "a number";
        }
        if (n.isBoolean()) {
            return "a boolean";
        }
        if (n.isArray()) {
            return "a list";
        }
        if (n.isObject()) {
            return "a mapping";
        }
        return n.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Removes and returns the field when it passes {@code fits}; a field of another type stays in
     * place (so it is written back unchanged) and is reported as expecting {@code expected}.
     */
    private JsonNode take(ObjectNode o, String key, SourceRef at, Predicate<JsonNode> fits, String expected) {
        if (absent(o, key)) {
            return null;
        }
        JsonNode n = o.get(key);
        if (!fits.test(n)) {
            wrongType(o, key, at, expected);
            return null;
        }
        o.remove(key);
        return n;
    }

    public String text(ObjectNode o, String key, SourceRef at) {
        JsonNode n = take(o, key, at, JsonNode::isTextual, "a string");
        return n == null ? null : n.textValue();
    }

    public Boolean bool(ObjectNode o, String key, SourceRef at) {
        JsonNode n = take(o, key, at, JsonNode::isBoolean, "true or false");
        return n == null ? null : n.booleanValue();
    }

    /** Any scalar (string, number, boolean): parameter values, quantities, IntOrString fields. */
    public JsonNode scalar(ObjectNode o, String key, SourceRef at) {
        return take(o, key, at, JsonNode::isValueNode, "a single value");
    }

    public ObjectNode object(ObjectNode o, String key, SourceRef at) {
        return (ObjectNode) take(o, key, at, JsonNode::isObject, "a mapping");
    }

    public ArrayNode array(ObjectNode o, String key, SourceRef at) {
        return (ArrayNode) take(o, key, at, JsonNode::isArray, "a list");
    }

    /** A list whose items are all mappings (templates, tasks, parameters, …), or null. */
    public ArrayNode objectList(ObjectNode o, String key, SourceRef at) {
        if (absent(o, key)) {
            return null;
        }
        JsonNode n = o.get(key);
        if (!n.isArray()) {
            wrongType(o, key, at, "a list");
            return null;
        }
        for (int i = 0; i < n.size(); i++) {
            if (!n.get(i).isObject()) {
                error(at.child(key).child(i), key + "[" + i + "]",
                        "expected a mapping, found " + describe(n.get(i)));
                return null;
            }
        }
        o.remove(key);
        return (ArrayNode) n;
    }

    /** A list of strings (command, args, dependencies), or null. */
    public List<String> strings(ObjectNode o, String key, SourceRef at) {
        if (absent(o, key)) {
            return null;
        }
        JsonNode n = o.get(key);
        if (!n.isArray()) {
            wrongType(o, key, at, "a list of strings");
            return null;
        }
        List<String> out = new ArrayList<>(n.size());
        for (int i = 0; i < n.size(); i++) {
            JsonNode item = n.get(i);
            if (!item.isTextual()) {
                error(at.child(key).child(i), key + "[" + i + "]", "expected a string, found " + describe(item)
                        + " (quote it)");
                return null;
            }
            out.add(item.textValue());
        }
        o.remove(key);
        return out;
    }

    /** A mapping of strings to strings (labels, annotations), or null. */
    public Map<String, String> stringMap(ObjectNode o, String key, SourceRef at) {
        if (absent(o, key)) {
            return null;
        }
        JsonNode n = o.get(key);
        if (!n.isObject()) {
            wrongType(o, key, at, "a mapping of strings");
            return null;
        }
        Map<String, String> out = new LinkedHashMap<>();
        var it = n.fields();
        while (it.hasNext()) {
            var e = it.next();
            if (!e.getValue().isTextual()) {
                error(at.child(key, e.getKey()), key + "." + e.getKey(),
                        "expected a string, found " + describe(e.getValue()) + " (quote it)");
                return null;
            }
            out.put(e.getKey(), e.getValue().textValue());
        }
        o.remove(key);
        return out;
    }

    /** Removes {@code key} when it holds an empty mapping, so emptied leftovers do not linger. */
    public static void dropIfEmpty(ObjectNode o, String key) {
        JsonNode n = o.get(key);
        if (n != null && n.isObject() && n.isEmpty()) {
            o.remove(key);
        }
    }
}
