package dev.orrery.core.diff;

import com.fasterxml.jackson.databind.JsonNode;

/** A field value as one short line of text: scalars as they are, lists and maps as compact JSON. */
public final class ValueText {
    /** Longer values are cut here, with an ellipsis: a script's source is not printed whole on one line. */
    public static final int MAX = 120;

    private ValueText() {
    }

    /** {@code (none)} for an absent value, else the value on one line. */
    public static String of(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "(none)";
        }
        String text = value.isValueNode() ? value.asText() : value.toString();
        text = text.replace("\r", "").replace("\n", "⏎");
        return text.length() <= MAX ? text : text.substring(0, MAX - 1) + "…";
    }

    static String valueSuffix(JsonNode parameter) {
        if (parameter == null) {
            return "";
        }
        JsonNode v = parameter.has("value") ? parameter.get("value") : parameter.get("default");
        return v == null ? "" : " (" + of(v) + ")";
    }
}
