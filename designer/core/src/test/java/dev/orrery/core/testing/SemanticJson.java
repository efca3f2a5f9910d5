package dev.orrery.core.testing;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.opentest4j.AssertionFailedError;

/**
 * The equality that round-trip acceptance tests use: two YAML/JSON trees are equal when they say the same
 * thing to Kubernetes, whatever the serializer chose for absent values and key order.
 * <ul>
 *   <li>A map entry whose value is null, an empty map or an empty list is dropped, recursively, so a map
 *       that becomes empty that way is dropped too ({@code a: {b: {c: null}}} is the same as no {@code a}).</li>
 *   <li>Map key order does not matter; list order does (Argo's steps, args and templates are ordered).
 *       List elements are never dropped, even null or empty ones: that would shift the positions.</li>
 *   <li>Scalar types stay distinct: {@code "5"} is not {@code 5}, {@code 5} is not {@code 5.0}, {@code "true"}
 *       is not {@code true}. Integers compare by value whatever their width (int, long, BigInteger), and so do
 *       decimals (float, double, BigDecimal; {@code 1.50} equals {@code 1.5}).</li>
 * </ul>
 */
public final class SemanticJson {

    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final int MAX_SHOWN = 120;

    private SemanticJson() {
    }

    /**
     * A normalized deep copy: nulls, empty maps and empty lists dropped from maps (bottom-up, which reaches the
     * same fixed point as repeating the drop until nothing changes). The root itself is never dropped.
     */
    public static JsonNode normalize(JsonNode node) {
        Objects.requireNonNull(node, "node");
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                JsonNode value = normalize(field.getValue());
                if (!isAbsent(value)) {
                    copy.set(field.getKey(), value);
                }
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode(node.size());
            for (JsonNode element : node) {
                copy.add(normalize(element));
            }
            return copy;
        }
        return node; // scalars are immutable; sharing them is safe
    }

    /** True when {@code a} and {@code b} are semantically equal (see the class comment). */
    public static boolean equal(JsonNode a, JsonNode b) {
        return firstDifference(a, b).isEmpty();
    }

    /**
     * The first place where the normalized trees differ, in document order, as
     * {@code "$.spec.templates[0].name: expected "a" (string) but was 5 (integer)"}; empty when equal.
     */
    public static Optional<String> firstDifference(JsonNode expected, JsonNode actual) {
        return difference("$", normalize(expected), normalize(actual));
    }

    /** Throws an assertion error naming the first difference; the IDE can also show a full diff. */
    public static void assertSemanticallyEqual(JsonNode expected, JsonNode actual, String label) {
        Optional<String> difference = firstDifference(expected, actual);
        if (difference.isPresent()) {
            throw new AssertionFailedError(label + ": not semantically equal at " + difference.get(),
                    normalize(expected).toPrettyString(), normalize(actual).toPrettyString());
        }
    }

    private static boolean isAbsent(JsonNode value) {
        return value.isNull() || value.isMissingNode() || (value.isContainerNode() && value.isEmpty());
    }

    private static Optional<String> difference(String path, JsonNode expected, JsonNode actual) {
        if (expected.isObject() && actual.isObject()) {
            return objectDifference(path, expected, actual);
        }
        if (expected.isArray() && actual.isArray()) {
            return arrayDifference(path, expected, actual);
        }
        return scalarsEqual(expected, actual) ? Optional.empty() : Optional.of(describe(path, expected, actual));
    }

    private static Optional<String> objectDifference(String path, JsonNode expected, JsonNode actual) {
        for (Map.Entry<String, JsonNode> field : expected.properties()) {
            String childPath = path + member(field.getKey());
            JsonNode other = actual.get(field.getKey());
            if (other == null) {
                return Optional.of(describe(childPath, field.getValue(), null));
            }
            Optional<String> inner = difference(childPath, field.getValue(), other);
            if (inner.isPresent()) {
                return inner;
            }
        }
        for (Map.Entry<String, JsonNode> field : actual.properties()) {
            if (!expected.has(field.getKey())) {
                return Optional.of(describe(path + member(field.getKey()), null, field.getValue()));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> arrayDifference(String path, JsonNode expected, JsonNode actual) {
        int common = Math.min(expected.size(), actual.size());
        for (int i = 0; i < common; i++) {
            Optional<String> inner = difference(path + "[" + i + "]", expected.get(i), actual.get(i));
            if (inner.isPresent()) {
                return inner;
            }
        }
        if (expected.size() != actual.size()) {
            String where = path + "[" + common + "]";
            return Optional.of(describe(where, expected.get(common), actual.get(common))
                    + " (list sizes " + expected.size() + " and " + actual.size() + ")");
        }
        return Optional.empty();
    }

    /** Same JSON type and value; integers by value across widths, decimals by value across precisions. */
    private static boolean scalarsEqual(JsonNode a, JsonNode b) {
        if (a.isIntegralNumber() && b.isIntegralNumber()) {
            return a.bigIntegerValue().equals(b.bigIntegerValue());
        }
        if (a.isFloatingPointNumber() && b.isFloatingPointNumber()) {
            if (!Double.isFinite(a.doubleValue()) || !Double.isFinite(b.doubleValue())) {
                return Double.compare(a.doubleValue(), b.doubleValue()) == 0; // NaN/Infinity have no BigDecimal
            }
            return decimal(a).compareTo(decimal(b)) == 0;
        }
        return a.getNodeType() == b.getNodeType() && !a.isNumber() && a.equals(b);
    }

    private static BigDecimal decimal(JsonNode node) {
        // DecimalNode keeps its exact value; a float or double converts via its shortest decimal form,
        // so 0.1f, 0.1d and 0.1 as BigDecimal all compare equal.
        if (node.isBigDecimal()) {
            return node.decimalValue();
        }
        return new BigDecimal(node.isFloat() ? Float.toString(node.floatValue()) : Double.toString(node.doubleValue()));
    }

    private static String member(String key) {
        return PLAIN_KEY.matcher(key).matches() ? "." + key : "['" + key.replace("'", "\\'") + "']";
    }

    private static String describe(String path, JsonNode expected, JsonNode actual) {
        return path + ": expected " + show(expected) + " but was " + show(actual);
    }

    private static String show(JsonNode node) {
        if (node == null) {
            return "<absent>";
        }
        String text = node.toString();
        if (text.length() > MAX_SHOWN) {
            text = text.substring(0, MAX_SHOWN) + "…";
        }
        return text + " (" + typeName(node) + ")";
    }

    private static String typeName(JsonNode node) {
        if (node.isIntegralNumber()) {
            return "integer";
        }
        if (node.isFloatingPointNumber()) {
            return "decimal";
        }
        return node.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
