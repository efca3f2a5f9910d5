package dev.orrery.core.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads Argo Events EventSource and Sensor documents into the model. Never throws on content: whatever
 * does not have the shape the model holds stays in the passthrough trees, so {@link ArgoEventsWriter}
 * gives back a document equal to the input.
 */
public final class ArgoEventsReader {
    /** EventSource spec keys that are not event types. */
    static final Set<String> SOURCE_SPEC_FIELDS = Set.of("eventBusName", "replicas", "service", "template");
    /** The actions a Sensor trigger template can hold (Argo Events v1.9 TriggerTemplate). */
    static final List<String> TRIGGER_ACTIONS = List.of("argoWorkflow", "k8s", "http", "awsLambda",
            "azureEventHubs", "azureServiceBus", "custom", "email", "kafka", "log", "nats", "openWhisk", "pulsar",
            "slack");

    /** @param root an EventSource or Sensor document ({@link EventDocument#isArgoEvents}); not modified */
    public EventDocument read(JsonNode root) {
        ObjectNode doc = ((ObjectNode) root).deepCopy();
        doc.remove("apiVersion");
        String kind = doc.remove("kind").asText();
        ObjectNode metadata = Take.object(doc, "metadata");
        ObjectNode spec = Take.object(doc, "spec");
        if (EventDocument.SENSOR.equals(kind)) {
            SensorDocument s = new SensorDocument();
            if (metadata != null) {
                s.name = Take.text(metadata, "name");
                s.namespace = Take.text(metadata, "namespace");
                s.extraMetadata = metadata;
            }
            if (spec != null) {
                readSensorSpec(spec, s);
            } else {
                s.extraSpec = null;
            }
            if (metadata == null) {
                s.extraMetadata = null;
            }
            s.extraDocument = doc;
            return s;
        }
        EventSourceDocument e = new EventSourceDocument();
        if (metadata != null) {
            e.name = Take.text(metadata, "name");
            e.namespace = Take.text(metadata, "namespace");
            e.extraMetadata = metadata;
        }
        if (spec != null) {
            readSourceSpec(spec, e);
        } else {
            e.extraSpec = null;
        }
        if (metadata == null) {
            e.extraMetadata = null;
        }
        e.extraDocument = doc;
        return e;
    }

    private static void readSourceSpec(ObjectNode spec, EventSourceDocument e) {
        Iterator<Map.Entry<String, JsonNode>> fields = spec.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (SOURCE_SPEC_FIELDS.contains(field.getKey()) || !isEventMap(field.getValue())) {
                continue;
            }
            field.getValue().fields().forEachRemaining(ev -> e.events.add(
                    new EventSourceDocument.Entry(field.getKey(), ev.getKey(), (ObjectNode) ev.getValue())));
            fields.remove();
        }
        e.extraSpec = spec;
    }

    /** A non-empty mapping of event name → settings mapping: the shape of every event type. */
    private static boolean isEventMap(JsonNode n) {
        if (!n.isObject() || n.isEmpty()) {
            return false;
        }
        for (JsonNode v : n) {
            if (!v.isObject()) {
                return false;
            }
        }
        return true;
    }

    private static void readSensorSpec(ObjectNode spec, SensorDocument s) {
        List<ObjectNode> dependencies = Take.objects(spec, "dependencies");
        if (dependencies != null) {
            for (ObjectNode raw : dependencies) {
                s.dependencies.add(dependency(raw.deepCopy()));
            }
        }
        List<ObjectNode> triggers = Take.objects(spec, "triggers");
        if (triggers != null) {
            for (ObjectNode raw : triggers) {
                s.triggers.add(trigger(raw.deepCopy()));
            }
        }
        s.extraSpec = spec;
    }

    static SensorDocument.Dependency dependency(ObjectNode raw) {
        SensorDocument.Dependency d = new SensorDocument.Dependency();
        d.name = Take.text(raw, "name");
        d.eventSourceName = Take.text(raw, "eventSourceName");
        d.eventName = Take.text(raw, "eventName");
        d.extra = raw;
        return d;
    }

    static SensorDocument.Trigger trigger(ObjectNode raw) {
        SensorDocument.Trigger t = new SensorDocument.Trigger();
        ObjectNode template = raw.path("template").isEmpty() ? null : Take.object(raw, "template");
        if (template != null) {
            t.name = Take.text(template, "name");
            for (String action : TRIGGER_ACTIONS) {
                if (template.get(action) instanceof ObjectNode settings) {
                    template.remove(action);
                    t.action = action;
                    t.parameters.addAll(MappingCodec.readAll(Take.objects(settings, "parameters")));
                    t.settings = settings;
                    break;
                }
            }
            t.templateExtra = template;
        }
        t.extra = raw;
        return t;
    }
}
