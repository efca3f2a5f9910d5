package dev.orrery.designer.props;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes one setting of a trigger's source ({@code EventTrigger.source}) by a dotted path
 * ({@code bucket.name}, {@code repositories.0.names}); a number in the path is a list index. A list setting
 * shows as its items joined by commas and is written back as a list of strings.
 */
final class SourcePaths {
    private SourcePaths() {
    }

    static String read(ObjectNode source, String path, boolean list) {
        JsonNode at = source;
        for (String key : path.split("\\.")) {
            at = key.matches("\\d+") ? at.path(Integer.parseInt(key)) : at.path(key);
        }
        if (at.isArray()) {
            List<String> items = new ArrayList<>();
            at.forEach(i -> items.add(i.asText()));
            return String.join(", ", items);
        }
        return at.isMissingNode() || at.isNull() || at.isContainerNode() ? "" : at.asText();
    }

    /**
     * Sets the setting; an empty value empties a setting that is there (so a required key stays, empty)
     * and adds nothing when it is not.
     */
    static void write(ObjectNode source, String path, boolean list, String value) {
        String[] keys = path.split("\\.");
        JsonNode at = source;
        for (int i = 0; i < keys.length - 1; i++) {
            at = child(at, keys[i], keys[i + 1].matches("\\d+"));
        }
        String last = keys[keys.length - 1];
        String v = value.strip();
        if (!(at instanceof ObjectNode o)) {
            return;
        }
        if (v.isEmpty() && !o.has(last)) {
            return;
        }
        if (list) {
            ArrayNode items = o.putArray(last);
            for (String item : v.split(",")) {
                if (!item.isBlank()) {
                    items.add(item.strip());
                }
            }
        } else {
            o.put(last, v);
        }
    }

    private static JsonNode child(JsonNode parent, String key, boolean wantList) {
        if (parent instanceof ArrayNode a) {
            int index = Integer.parseInt(key);
            while (a.size() <= index) {
                a.addObject();
            }
            return a.get(index);
        }
        ObjectNode o = (ObjectNode) parent;
        JsonNode existing = o.get(key);
        if (existing != null && existing.isContainerNode()) {
            return existing;
        }
        return wantList ? o.putArray(key) : o.putObject(key);
    }
}
