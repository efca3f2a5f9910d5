package dev.orrery.core.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An event that starts the pipeline: one entry of an Argo Events EventSource (its type and source
 * settings), the Sensor dependency on it, and how the event's payload fills the pipeline's parameters.
 * Exported as an EventSource and a Sensor beside the pipeline's WorkflowTemplate.
 */
public final class EventTrigger {
    /** The event's name in the EventSource; also the Sensor's dependency name. */
    public String name;
    /** The EventSource spec key: {@code webhook}, {@code calendar}, {@code minio}, … (see {@link EventKind}). */
    public String type;
    /** The source settings (for a webhook: port, endpoint, method), as Argo Events spells them. */
    public ObjectNode source = Json.object();
    /** Event filters of the Sensor dependency ({@code filters}, {@code transform}, …), passed through. */
    public ObjectNode dependencyExtra = Json.object();
    public List<ParameterMapping> mappings = new ArrayList<>();

    public static EventTrigger of(String name, EventKind kind) {
        EventTrigger t = new EventTrigger();
        t.name = name;
        t.type = kind.type();
        return t;
    }

    public Optional<EventKind> kind() {
        return EventKind.fromType(type);
    }

    public EventTrigger copy() {
        EventTrigger t = new EventTrigger();
        t.name = name;
        t.type = type;
        t.source = source.deepCopy();
        t.dependencyExtra = dependencyExtra.deepCopy();
        mappings.forEach(m -> t.mappings.add(m.copy()));
        return t;
    }
}
