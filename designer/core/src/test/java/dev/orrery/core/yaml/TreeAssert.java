package dev.orrery.core.yaml;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;
import java.util.Map;

import static org.assertj.core.api.Assertions.fail;

/** Tree equality that also demands the same node classes (TextNode "5" is not IntNode 5). */
final class TreeAssert {
    private TreeAssert() {
    }

    static void assertSameTree(JsonNode expected, JsonNode actual, String context) {
        compare(expected, actual, "", context);
    }

    private static void compare(JsonNode expected, JsonNode actual, String pointer, String context) {
        if (actual == null || expected.getClass() != actual.getClass()) {
            fail("%s: at '%s' expected %s %s but got %s %s", context, pointer,
                    expected.getClass().getSimpleName(), expected,
                    actual == null ? "nothing" : actual.getClass().getSimpleName(), actual);
        }
        if (expected.isObject()) {
            if (expected.size() != actual.size()) {
                fail("%s: at '%s' expected keys %s but got %s", context, pointer, names(expected), names(actual));
            }
            Iterator<String> actualNames = actual.fieldNames();
            for (Map.Entry<String, JsonNode> e : expected.properties()) {
                String name = actualNames.next();
                if (!name.equals(e.getKey())) {
                    fail("%s: at '%s' expected key order %s but got %s", context, pointer, names(expected), names(actual));
                }
                compare(e.getValue(), actual.get(name), pointer + "/" + escape(name), context);
            }
        } else if (expected.isArray()) {
            if (expected.size() != actual.size()) {
                fail("%s: at '%s' expected %d items but got %d", context, pointer, expected.size(), actual.size());
            }
            for (int i = 0; i < expected.size(); i++) {
                compare(expected.get(i), actual.get(i), pointer + "/" + i, context);
            }
        } else if (!expected.equals(actual)) {
            fail("%s: at '%s' expected %s but got %s", context, pointer, expected, actual);
        }
    }

    private static String names(JsonNode node) {
        StringBuilder sb = new StringBuilder("[");
        node.fieldNames().forEachRemaining(n -> sb.append(sb.length() > 1 ? ", " : "").append(n));
        return sb.append(']').toString();
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
