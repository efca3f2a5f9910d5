package dev.orrery.core.yaml.inplace;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Arrays;
import java.util.Map;

/**
 * Equality of trees as YAML reads them: key order does not matter, scalars compare by value and
 * type as the reader gives them back (an int written from a {@code LongNode} reads back as an
 * {@code IntNode}; a float from a {@code FloatNode} as a {@code DoubleNode}), so a text {@code "5"}
 * differs from the int {@code 5} but {@code 5} as int and as long are one value.
 */
final class Semantic {
    private Semantic() {
    }

    static boolean equal(JsonNode a, JsonNode b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return isNull(a) && isNull(b);
        }
        if (a.isObject()) {
            if (!b.isObject() || a.size() != b.size()) {
                return false;
            }
            for (Map.Entry<String, JsonNode> e : a.properties()) {
                JsonNode other = b.get(e.getKey());
                if (other == null || !equal(e.getValue(), other)) {
                    return false;
                }
            }
            return true;
        }
        if (a.isArray()) {
            if (!b.isArray() || a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!equal(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return scalarEqual(a, b);
    }

    private static boolean scalarEqual(JsonNode a, JsonNode b) {
        if (isNull(a) || isNull(b)) {
            return isNull(a) && isNull(b);
        }
        if (a.isTextual()) {
            return b.isTextual() && a.textValue().equals(b.textValue());
        }
        if (a.isBoolean()) {
            return b.isBoolean() && a.booleanValue() == b.booleanValue();
        }
        if (a.isNumber()) {
            if (!b.isNumber() || a.isIntegralNumber() != b.isIntegralNumber()) {
                return false;
            }
            if (a.isIntegralNumber()) {
                if (a.canConvertToLong() && b.canConvertToLong()) { // no BigInteger per number compared
                    return a.longValue() == b.longValue();
                }
                return a.bigIntegerValue().equals(b.bigIntegerValue());
            }
            double x = a.doubleValue();
            double y = b.doubleValue();
            return Double.compare(x, y) == 0 || x == y;
        }
        if (a.isBinary() && b.isBinary()) {
            try {
                return Arrays.equals(a.binaryValue(), b.binaryValue());
            } catch (java.io.IOException e) {
                return false;
            }
        }
        return a.equals(b);
    }

    private static boolean isNull(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode();
    }
}
