package dev.orrery.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** An environment variable: a literal, a secret key or a config map key. */
public final class EnvVar {
    public String name;
    public JsonNode value;
    public KeyRef secretRef;
    public KeyRef configMapRef;
    public ObjectNode extra = Json.object();

    public EnvVar() {
    }

    public static EnvVar literal(String name, String value) {
        EnvVar e = new EnvVar();
        e.name = name;
        e.value = Json.text(value);
        return e;
    }

    public static EnvVar secret(String name, String secret, String key) {
        EnvVar e = new EnvVar();
        e.name = name;
        e.secretRef = new KeyRef(secret, key);
        return e;
    }

    public EnvVar copy() {
        EnvVar e = new EnvVar();
        e.name = name;
        e.value = Json.copy(value);
        e.secretRef = secretRef;
        e.configMapRef = configMapRef;
        e.extra = extra.deepCopy();
        return e;
    }
}
