package dev.orrery.core.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.core.model.Json;
import dev.orrery.core.nativefmt.NativeFormat;
import java.util.List;

/**
 * Orrery's native form of a standalone EventSource or Sensor ({@code apiVersion: orrery.dev/v1alpha1},
 * {@code kind: EventSource | Sensor}; see docs/triggers.md). The lifted fields are spelt as in Argo Events,
 * events are a flat list ({@code name}, {@code type}, {@code source}) and what the model does not lift sits
 * under {@code argo:} at the level it came from, as in native pipelines.
 */
public final class NativeEventsCodec {
    static final String ARGO = "argo";
    static final String TEMPLATE_ARGO = "templateArgo";

    public ObjectNode write(EventDocument document) {
        ObjectNode doc = Json.object();
        doc.put("apiVersion", NativeFormat.API_VERSION);
        doc.put("kind", document.kind());
        switch (document) {
            case EventSourceDocument e -> {
                metadata(doc, e.name, e.namespace, e.extraMetadata);
                if (e.extraSpec != null || !e.events.isEmpty()) {
                    ObjectNode spec = doc.putObject("spec");
                    if (!e.events.isEmpty()) {
                        ArrayNode events = spec.putArray("events");
                        for (EventSourceDocument.Entry entry : e.events) {
                            ObjectNode o = events.addObject();
                            o.put("name", entry.name);
                            o.put("type", entry.type);
                            o.set("source", entry.source.deepCopy());
                        }
                    }
                    Take.putIfAny(spec, ARGO, e.extraSpec);
                }
                Take.putIfAny(doc, ARGO, e.extraDocument);
            }
            case SensorDocument s -> {
                metadata(doc, s.name, s.namespace, s.extraMetadata);
                if (s.extraSpec != null || !s.dependencies.isEmpty() || !s.triggers.isEmpty()) {
                    ObjectNode spec = doc.putObject("spec");
                    if (!s.dependencies.isEmpty()) {
                        ArrayNode deps = spec.putArray("dependencies");
                        for (SensorDocument.Dependency d : s.dependencies) {
                            ObjectNode o = deps.addObject();
                            Json.putIf(o, "name", d.name);
                            Json.putIf(o, "eventSourceName", d.eventSourceName);
                            Json.putIf(o, "eventName", d.eventName);
                            Take.putIfAny(o, ARGO, d.extra);
                        }
                    }
                    if (!s.triggers.isEmpty()) {
                        ArrayNode triggers = spec.putArray("triggers");
                        s.triggers.forEach(t -> triggers.add(trigger(t)));
                    }
                    Take.putIfAny(spec, ARGO, s.extraSpec);
                }
                Take.putIfAny(doc, ARGO, s.extraDocument);
            }
        }
        return doc;
    }

    private static void metadata(ObjectNode doc, String name, String namespace, ObjectNode extra) {
        if (name == null && namespace == null && extra == null) {
            return;
        }
        ObjectNode m = doc.putObject("metadata");
        Json.putIf(m, "name", name);
        Json.putIf(m, "namespace", namespace);
        Take.putIfAny(m, ARGO, extra);
    }

    private static ObjectNode trigger(SensorDocument.Trigger t) {
        ObjectNode o = Json.object();
        Json.putIf(o, "name", t.name);
        Json.putIf(o, "action", t.action);
        if (t.action != null) {
            o.set("settings", t.settings.deepCopy());
        }
        if (!t.parameters.isEmpty()) {
            o.set("parameters", MappingCodec.writeAll(t.parameters));
        }
        Take.putIfAny(o, TEMPLATE_ARGO, t.templateExtra);
        Take.putIfAny(o, ARGO, t.extra);
        return o;
    }

    /** @param root a native event document ({@link EventDocument#isNativeEvents}); not modified */
    public EventDocument read(JsonNode root) {
        ObjectNode doc = ((ObjectNode) root).deepCopy();
        String kind = doc.path("kind").asText();
        ObjectNode metadata = Take.object(doc, "metadata");
        ObjectNode spec = Take.object(doc, "spec");
        ObjectNode extraDocument = argo(doc);
        if (EventDocument.SENSOR.equals(kind)) {
            SensorDocument s = new SensorDocument();
            s.extraDocument = extraDocument;
            s.extraMetadata = null;
            s.extraSpec = null;
            if (metadata != null) {
                s.name = Take.text(metadata, "name");
                s.namespace = Take.text(metadata, "namespace");
                s.extraMetadata = argo(metadata);
            }
            if (spec != null) {
                List<ObjectNode> deps = Take.objects(spec, "dependencies");
                if (deps != null) {
                    for (ObjectNode raw : deps) {
                        SensorDocument.Dependency d = new SensorDocument.Dependency();
                        d.name = Take.text(raw, "name");
                        d.eventSourceName = Take.text(raw, "eventSourceName");
                        d.eventName = Take.text(raw, "eventName");
                        d.extra = argo(raw);
                        s.dependencies.add(d);
                    }
                }
                List<ObjectNode> triggers = Take.objects(spec, "triggers");
                if (triggers != null) {
                    triggers.forEach(raw -> s.triggers.add(trigger(raw)));
                }
                s.extraSpec = argo(spec);
            }
            return s;
        }
        EventSourceDocument e = new EventSourceDocument();
        e.extraDocument = extraDocument;
        e.extraMetadata = null;
        e.extraSpec = null;
        if (metadata != null) {
            e.name = Take.text(metadata, "name");
            e.namespace = Take.text(metadata, "namespace");
            e.extraMetadata = argo(metadata);
        }
        if (spec != null) {
            List<ObjectNode> events = Take.objects(spec, "events");
            if (events != null) {
                for (ObjectNode raw : events) {
                    ObjectNode source = Take.object(raw, "source");
                    e.events.add(new EventSourceDocument.Entry(Take.text(raw, "type"), Take.text(raw, "name"),
                            source == null ? Json.object() : source));
                }
            }
            e.extraSpec = argo(spec);
        }
        return e;
    }

    private static SensorDocument.Trigger trigger(ObjectNode raw) {
        SensorDocument.Trigger t = new SensorDocument.Trigger();
        t.name = Take.text(raw, "name");
        t.action = Take.text(raw, "action");
        ObjectNode settings = Take.object(raw, "settings");
        if (settings != null) {
            t.settings = settings;
        }
        t.parameters.addAll(MappingCodec.readAll(Take.objects(raw, "parameters")));
        ObjectNode templateArgo = Take.object(raw, TEMPLATE_ARGO);
        if (templateArgo != null) {
            t.templateExtra = templateArgo;
        }
        t.extra = argo(raw);
        return t;
    }

    /** The passthrough under {@code argo:}, or an empty object. */
    private static ObjectNode argo(ObjectNode o) {
        ObjectNode a = Take.object(o, ARGO);
        return a == null ? Json.object() : a;
    }
}
