package dev.orrery.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A parameter: a pipeline parameter, a template input or output, or an argument a step passes.
 * Values are JSON scalars so that {@code "5"} stays a string and {@code 5} an integer.
 */
public final class Parameter {
    public String name;
    public JsonNode value;
    public JsonNode defaultValue;
    public String description;
    public ArrayNode enumValues;
    /** For outputs: the file the value is read from ({@code valueFrom.path} in Argo). */
    public String path;
    /** Fields the model does not lift (e.g. {@code valueFrom.jsonPath}, {@code globalName}). */
    public ObjectNode extra = Json.object();

    public Parameter() {
    }

    public Parameter(String name, JsonNode value) {
        this.name = name;
        this.value = value;
    }

    public static Parameter of(String name, String value) {
        return new Parameter(name, Json.text(value));
    }

    /** The value as text, whatever its YAML type, or null. */
    public String valueText() {
        return value == null || value.isNull() ? null : value.asText();
    }

    /**
     * What the parameter runs with when nothing overrides it, as text: its value, else its default
     * (a null value is unset, as in Argo); null when it has neither.
     */
    public String effectiveText() {
        JsonNode v = value != null && !value.isNull() ? value : defaultValue;
        return v == null || v.isNull() ? null : v.asText();
    }

    public Parameter copy() {
        Parameter p = new Parameter(name, Json.copy(value));
        p.defaultValue = Json.copy(defaultValue);
        p.description = description;
        p.enumValues = Json.copy(enumValues);
        p.path = path;
        p.extra = extra.deepCopy();
        return p;
    }
}
