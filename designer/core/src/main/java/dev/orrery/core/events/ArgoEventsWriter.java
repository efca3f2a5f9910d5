package dev.orrery.core.events;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.core.model.Json;

/**
 * Writes the event model as Argo Events documents: lifted fields in Argo's usual order, then the
 * passthrough fields, so the same model always gives the same bytes.
 */
public final class ArgoEventsWriter {

    public ObjectNode write(EventDocument document) {
        return switch (document) {
            case EventSourceDocument e -> eventSource(e);
            case SensorDocument s -> sensor(s);
        };
    }

    private static ObjectNode header(String kind, String name, String namespace, ObjectNode extraMetadata) {
        ObjectNode doc = Json.object();
        doc.put("apiVersion", EventDocument.EVENTS_API_VERSION);
        doc.put("kind", kind);
        ObjectNode m = Json.object();
        Json.putIf(m, "name", name);
        Json.putIf(m, "namespace", namespace);
        Json.mergeInto(m, extraMetadata);
        if (!m.isEmpty() || extraMetadata != null) {
            doc.set("metadata", m);
        }
        return doc;
    }

    private static ObjectNode eventSource(EventSourceDocument e) {
        ObjectNode doc = header(EventDocument.EVENT_SOURCE, e.name, e.namespace, e.extraMetadata);
        ObjectNode spec = Json.object();
        for (EventSourceDocument.Entry entry : e.events) {
            ObjectNode byName = spec.path(entry.type) instanceof ObjectNode o ? o : spec.putObject(entry.type);
            byName.set(entry.name, entry.source.deepCopy());
        }
        Json.mergeInto(spec, e.extraSpec);
        if (!spec.isEmpty() || e.extraSpec != null) {
            doc.set("spec", spec);
        }
        Json.mergeInto(doc, e.extraDocument);
        return doc;
    }

    private static ObjectNode sensor(SensorDocument s) {
        ObjectNode doc = header(EventDocument.SENSOR, s.name, s.namespace, s.extraMetadata);
        ObjectNode spec = Json.object();
        if (s.extraSpec != null) {
            Json.mergeInto(spec, templateFirst(s.extraSpec));
        }
        if (!s.dependencies.isEmpty()) {
            ArrayNode deps = spec.putArray("dependencies");
            for (SensorDocument.Dependency d : s.dependencies) {
                deps.add(dependency(d));
            }
        }
        if (!s.triggers.isEmpty()) {
            ArrayNode triggers = spec.putArray("triggers");
            for (SensorDocument.Trigger t : s.triggers) {
                triggers.add(trigger(t));
            }
        }
        Json.mergeInto(spec, s.extraSpec);
        if (!spec.isEmpty() || s.extraSpec != null) {
            doc.set("spec", spec);
        }
        Json.mergeInto(doc, s.extraDocument);
        return doc;
    }

    /** The Sensor's pod template reads best before the dependencies, as in Argo Events' examples. */
    private static ObjectNode templateFirst(ObjectNode extraSpec) {
        ObjectNode o = Json.object();
        if (extraSpec.has("template")) {
            o.set("template", extraSpec.get("template"));
        }
        return o;
    }

    static ObjectNode dependency(SensorDocument.Dependency d) {
        ObjectNode o = Json.object();
        Json.putIf(o, "name", d.name);
        Json.putIf(o, "eventSourceName", d.eventSourceName);
        Json.putIf(o, "eventName", d.eventName);
        Json.mergeInto(o, d.extra);
        return o;
    }

    static ObjectNode trigger(SensorDocument.Trigger t) {
        ObjectNode o = Json.object();
        ObjectNode template = Json.object();
        Json.putIf(template, "name", t.name);
        if (t.action != null) {
            ObjectNode settings = t.settings.deepCopy();
            if (!t.parameters.isEmpty()) {
                settings.set("parameters", MappingCodec.writeAll(t.parameters));
            }
            template.set(t.action, settings);
        }
        Json.mergeInto(template, t.templateExtra);
        if (!template.isEmpty()) {
            o.set("template", template);
        }
        Json.mergeInto(o, t.extra);
        return o;
    }
}
