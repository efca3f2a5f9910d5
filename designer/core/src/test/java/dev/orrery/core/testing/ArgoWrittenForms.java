package dev.orrery.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** What round-trip tests compare an Argo source with: the forms Orrery's exporter writes on purpose. */
public final class ArgoWrittenForms {
    private ArgoWrittenForms() {
    }

    /**
     * The source as the exporter writes it on purpose: resource quantities and the IntOrString fields it
     * lifts (retryStrategy limit, backoff factor) as strings, which Kubernetes decodes the same and
     * Argo's published schema requires.
     */
    public static JsonNode asWritten(JsonNode source) {
        JsonNode copy = source.deepCopy();
        textify(copy, null);
        return copy;
    }

    private static void textify(JsonNode node, String key) {
        if (node instanceof ObjectNode o) {
            if ("resources".equals(key)) {
                numbersToText(o.get("limits"), false);
                numbersToText(o.get("requests"), false);
            }
            if ("retryStrategy".equals(key)) {
                numbersToText(o, true, "limit");
                numbersToText(o.get("backoff"), true, "factor");
            }
            o.properties().forEach(e -> textify(e.getValue(), e.getKey()));
        } else if (node instanceof ArrayNode a) {
            a.forEach(x -> textify(x, null));
        }
    }

    private static void numbersToText(JsonNode node, boolean integersOnly, String... only) {
        if (!(node instanceof ObjectNode o)) {
            return;
        }
        List<String> keys = new ArrayList<>(List.of(only));
        if (keys.isEmpty()) {
            o.fieldNames().forEachRemaining(keys::add);
        }
        for (String k : keys) {
            JsonNode v = o.get(k);
            if (v != null && (integersOnly ? v.isIntegralNumber() : v.isNumber())) {
                o.put(k, v.asText());
            }
        }
    }

}
