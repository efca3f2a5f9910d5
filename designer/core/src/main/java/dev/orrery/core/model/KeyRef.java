package dev.orrery.core.model;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A reference to one key of a Kubernetes Secret or ConfigMap. */
public record KeyRef(String name, String key) {

    /** {@code {name, key}}, as both formats write it (either may be missing). */
    public ObjectNode toJson() {
        ObjectNode o = Json.object();
        Json.putIf(o, "name", name);
        Json.putIf(o, "key", key);
        return o;
    }
}
