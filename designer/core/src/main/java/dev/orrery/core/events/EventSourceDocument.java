package dev.orrery.core.events;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.core.model.Json;
import java.util.ArrayList;
import java.util.List;

/**
 * An Argo Events EventSource that stands on its own (not generated from a pipeline's triggers): its events,
 * each a type ({@code webhook}, {@code kafka}, …), a name and the source settings, in file order. Everything
 * else (service, template, eventBusName, status, …) is passed through.
 */
public final class EventSourceDocument implements EventDocument {
    /** One event of the source: {@code spec.<type>.<name>: <settings>}. */
    public static final class Entry {
        public String type;
        public String name;
        public ObjectNode source = Json.object();

        public Entry(String type, String name, ObjectNode source) {
            this.type = type;
            this.name = name;
            this.source = source;
        }

        public Entry copy() {
            return new Entry(type, name, source.deepCopy());
        }
    }

    public String name;
    public String namespace;
    public List<Entry> events = new ArrayList<>();
    /** Passthrough of metadata; null when the document has no metadata mapping (so none is written back). */
    public ObjectNode extraMetadata = Json.object();
    /** Passthrough of spec; null when the document has no spec mapping (so none is written back). */
    public ObjectNode extraSpec = Json.object();
    public ObjectNode extraDocument = Json.object();

    @Override
    public String kind() {
        return EventDocument.EVENT_SOURCE;
    }

    @Override
    public String name() {
        return name;
    }
}
