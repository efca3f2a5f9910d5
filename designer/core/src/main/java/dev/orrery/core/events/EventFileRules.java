package dev.orrery.core.events;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.core.diag.Diagnostic;
import dev.orrery.core.diag.Location;
import dev.orrery.core.model.SourceRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * Checks across the event documents of one file: an event of an EventSource that no Sensor of the file
 * depends on never starts anything. Only when the file holds a Sensor: EventSources are often kept apart
 * from their Sensors.
 */
public final class EventFileRules {
    /** An event document of the file, with the lines of its source. */
    public record Located(int index, JsonNode root, ToIntFunction<String> lineOf) {
    }

    private EventFileRules() {
    }

    public static List<Diagnostic> check(String source, List<Located> documents) {
        List<Diagnostic> found = new ArrayList<>();
        Set<String> used = new HashSet<>();
        boolean anySensor = false;
        for (Located d : documents) {
            if (EventFiles.read(d.root()) instanceof SensorDocument s) {
                anySensor = true;
                for (SensorDocument.Dependency dep : s.dependencies) {
                    used.add(dep.eventSourceName + "/" + dep.eventName);
                }
            }
        }
        if (!anySensor) {
            return found;
        }
        for (Located d : documents) {
            if (!(EventFiles.read(d.root()) instanceof EventSourceDocument e)) {
                continue;
            }
            boolean isNative = EventDocument.isNativeEvents(d.root());
            for (int i = 0; i < e.events.size(); i++) {
                EventSourceDocument.Entry entry = e.events.get(i);
                if (used.contains(e.name + "/" + entry.name)) {
                    continue;
                }
                String pointer = isNative ? new SourceRef("").child("spec", "events").child(i).pointer()
                        : new SourceRef("").child("spec", entry.type, entry.name).pointer();
                found.add(Diagnostic.warning(new Location(source, d.index(), null, "events." + entry.name,
                        Math.max(d.lineOf().applyAsInt(pointer), 1)), "event '" + entry.name + "' of EventSource '"
                        + e.name + "' is referenced by no Sensor in this file (no dependency with eventSourceName "
                        + e.name + " and eventName " + entry.name + "); it starts nothing"));
            }
        }
        return found;
    }
}
