package dev.orrery.core.events;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.core.model.EventTrigger;
import dev.orrery.core.model.Json;
import java.util.ArrayList;
import java.util.List;

/**
 * A pipeline's event triggers in the native format, {@code spec.triggers}: name, type, the source settings
 * as Argo Events spells them, the parameter mappings, and the Sensor dependency's other fields (filters,
 * transform) under {@code argo:}.
 */
public final class TriggerCodec {
    private TriggerCodec() {
    }

    public static ArrayNode write(List<EventTrigger> triggers) {
        ArrayNode a = Json.array();
        for (EventTrigger t : triggers) {
            ObjectNode o = a.addObject();
            Json.putIf(o, "name", t.name);
            Json.putIf(o, "type", t.type);
            if (!t.source.isEmpty()) {
                o.set("source", t.source.deepCopy());
            }
            if (!t.mappings.isEmpty()) {
                o.set("parameters", MappingCodec.writeAll(t.mappings));
            }
            Take.putIfAny(o, NativeEventsCodec.ARGO, t.dependencyExtra);
        }
        return a;
    }

    /** Reads {@code spec.triggers}; each item's unknown fields are returned by name for a diagnostic. */
    public static List<EventTrigger> read(ArrayNode raw, List<String> unknownFields) {
        List<EventTrigger> out = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            if (!(raw.get(i) instanceof ObjectNode item)) {
                continue;
            }
            ObjectNode o = item.deepCopy();
            int index = i;
            EventTrigger t = new EventTrigger();
            t.name = Take.text(o, "name");
            t.type = Take.text(o, "type");
            ObjectNode source = Take.object(o, "source");
            if (source != null) {
                t.source = source;
            }
            List<ObjectNode> params = Take.objects(o, "parameters");
            t.mappings.addAll(MappingCodec.readAll(params));
            o.remove("parameters"); // an empty list
            ObjectNode argo = Take.object(o, NativeEventsCodec.ARGO);
            if (argo != null) {
                t.dependencyExtra = argo;
            }
            o.fieldNames().forEachRemaining(f -> unknownFields.add("triggers[" + index + "]." + f));
            out.add(t);
        }
        return out;
    }
}
