package dev.orrery.core.events;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.core.model.Json;
import dev.orrery.core.model.ParameterMapping;
import java.util.ArrayList;
import java.util.List;

/**
 * An Argo Events Sensor: the events it waits for (dependencies) and what it does when they arrive
 * (triggers, each with its parameter mappings). Fields the model does not lift are passed through at
 * every level.
 */
public final class SensorDocument implements EventDocument {
    /** {@code spec.dependencies[i]}: an event of an EventSource; filters and transforms are passed through. */
    public static final class Dependency {
        public String name;
        public String eventSourceName;
        public String eventName;
        public ObjectNode extra = Json.object();
    }

    /**
     * {@code spec.triggers[i]}: the trigger template's name, its action ({@code argoWorkflow}, {@code k8s},
     * {@code http}, …) with the action's settings, and the action's parameter mappings.
     */
    public static final class Trigger {
        public String name;
        /** The template key of the action, or null when the template has none the model recognises. */
        public String action;
        /** The action's settings without its {@code parameters}. */
        public ObjectNode settings = Json.object();
        public List<ParameterMapping> parameters = new ArrayList<>();
        /** Template fields besides name and the action ({@code conditions}, …). */
        public ObjectNode templateExtra = Json.object();
        /** Trigger fields besides the template ({@code retryStrategy}, {@code policy}, trigger-level parameters…). */
        public ObjectNode extra = Json.object();
    }

    public String name;
    public String namespace;
    public List<Dependency> dependencies = new ArrayList<>();
    public List<Trigger> triggers = new ArrayList<>();
    /** Passthrough of metadata; null when the document has no metadata mapping (so none is written back). */
    public ObjectNode extraMetadata = Json.object();
    /** Passthrough of spec; null when the document has no spec mapping (so none is written back). */
    public ObjectNode extraSpec = Json.object();
    public ObjectNode extraDocument = Json.object();

    @Override
    public String kind() {
        return EventDocument.SENSOR;
    }

    @Override
    public String name() {
        return name;
    }
}
