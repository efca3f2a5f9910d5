package dev.orrery.core.model;

/** A reference to one key of a Kubernetes Secret or ConfigMap. */
public record KeyRef(String name, String key) {
}
