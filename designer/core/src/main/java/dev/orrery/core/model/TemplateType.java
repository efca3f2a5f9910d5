package dev.orrery.core.model;

/** What a template does; the model lifts the fields of the first six, the rest stay raw. */
public enum TemplateType {
    CONTAINER, SCRIPT, RESOURCE, SUSPEND, DAG, STEPS,
    /** http, plugin, containerSet, data, or a template with no body: kept as raw fields. */
    OTHER
}
