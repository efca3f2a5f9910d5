package dev.orrery.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Shared JSON node factory and small tree helpers used by the model and codecs. */
public final class Json {
    public static final JsonNodeFactory F = JsonNodeFactory.instance;

    private Json() {
    }

    public static ObjectNode object() {
        return F.objectNode();
    }

    public static ArrayNode array() {
        return F.arrayNode();
    }

    public static JsonNode text(String s) {
        return s == null ? null : F.textNode(s);
    }

    /** True for null, missing, and empty objects and arrays: the fields we never write. */
    public static boolean isEmpty(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode() || (n.isContainerNode() && n.isEmpty());
    }

    /** A deep copy, or null for null. */
    public static <T extends JsonNode> T copy(T n) {
        if (n == null) {
            return null;
        }
        @SuppressWarnings("unchecked")
        T c = (T) n.deepCopy();
        return c;
    }

    /**
     * Merges {@code extra} into {@code target}: keys missing in target are appended, objects present
     * in both are merged recursively, anything else already in target wins (it came from the model).
     */
    public static void mergeInto(ObjectNode target, ObjectNode extra) {
        if (extra == null) {
            return;
        }
        extra.fields().forEachRemaining(e -> {
            JsonNode existing = target.get(e.getKey());
            if (existing == null || existing.isNull()) {
                target.set(e.getKey(), e.getValue().deepCopy());
            } else if (existing.isObject() && e.getValue().isObject()) {
                mergeInto((ObjectNode) existing, (ObjectNode) e.getValue());
            }
        });
    }

    /**
     * An inputs/outputs/arguments mapping: {@code parameters} and {@code artifacts} lists written
     * with the given item writers, each only when not empty (the Argo and native shapes agree).
     */
    public static <P, A> ObjectNode parametersAndArtifacts(java.util.List<P> parameters, java.util.List<A> artifacts,
            java.util.function.Function<P, ObjectNode> parameter, java.util.function.Function<A, ObjectNode> artifact) {
        ObjectNode o = object();
        if (!parameters.isEmpty()) {
            ArrayNode a = o.putArray("parameters");
            parameters.forEach(p -> a.add(parameter.apply(p)));
        }
        if (!artifacts.isEmpty()) {
            ArrayNode a = o.putArray("artifacts");
            artifacts.forEach(x -> a.add(artifact.apply(x)));
        }
        return o;
    }

    /** Sets a field only when the value carries something. */
    public static void putIf(ObjectNode target, String key, JsonNode value) {
        if (!isEmpty(value)) {
            target.set(key, value);
        }
    }

    public static void putIf(ObjectNode target, String key, String value) {
        if (value != null) {
            target.put(key, value);
        }
    }

    public static void putIf(ObjectNode target, String key, Boolean value) {
        if (value != null) {
            target.put(key, value);
        }
    }
}
