package dev.orrery.core.events;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.core.io.LoadResult;
import dev.orrery.core.io.LoadedDocument;
import dev.orrery.core.io.PipelineFormat;
import dev.orrery.core.model.EventTrigger;
import dev.orrery.core.model.Pipeline;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives a pipeline read from Argo YAML back its triggers when the file holds the EventSource and Sensor that
 * Orrery exported for it (labelled {@link TriggerExport#PIPELINE_LABEL}). They are attached only when
 * exporting the pipeline's triggers gives exactly those two documents again, so attaching never loses or
 * changes anything; otherwise they stay separate event documents.
 */
public final class TriggerAttach {
    private TriggerAttach() {
    }

    /** Attaches what fits; returns the documents that stay separate (the others minus those attached). */
    public static List<LoadResult.OtherDocument> attach(List<LoadedDocument> documents,
            List<LoadResult.OtherDocument> others) {
        List<LoadResult.OtherDocument> remaining = new ArrayList<>(others);
        for (LoadedDocument d : documents) {
            Pipeline p = d.pipeline();
            if (d.format() != PipelineFormat.ARGO || !p.triggers.isEmpty()) {
                continue;
            }
            LoadResult.OtherDocument source = labelled(remaining, EventDocument.EVENT_SOURCE, p.displayName());
            LoadResult.OtherDocument sensor = labelled(remaining, EventDocument.SENSOR, p.displayName());
            if (source == null || sensor == null) {
                continue;
            }
            List<EventTrigger> triggers = triggers((EventSourceDocument) EventFiles.read(source.root()),
                    (SensorDocument) EventFiles.read(sensor.root()));
            if (triggers == null) {
                continue;
            }
            Pipeline candidate = p.copy();
            candidate.triggers = triggers;
            List<JsonNode> again = EventFiles.argoDocuments(candidate, p.argoKind);
            if (again.get(1).equals(source.root()) && again.get(2).equals(sensor.root())) {
                p.triggers = triggers;
                remaining.remove(source);
                remaining.remove(sensor);
            }
        }
        return remaining;
    }

    private static LoadResult.OtherDocument labelled(List<LoadResult.OtherDocument> others, String kind, String name) {
        for (LoadResult.OtherDocument o : others) {
            JsonNode root = o.root();
            if (EventDocument.isArgoEvents(root) && kind.equals(root.path("kind").asText())
                    && name.equals(root.at("/metadata/labels").path(TriggerExport.PIPELINE_LABEL).asText(null))) {
                return o;
            }
        }
        return null;
    }

    /** The triggers the two documents describe, or null when they are not of the exported shape. */
    private static List<EventTrigger> triggers(EventSourceDocument source, SensorDocument sensor) {
        List<EventTrigger> out = new ArrayList<>();
        for (SensorDocument.Trigger t : sensor.triggers) {
            SensorDocument.Dependency dep = sensor.dependencies.stream().filter(x -> t.name != null
                    && t.name.equals(x.name)).findFirst().orElse(null);
            EventSourceDocument.Entry entry = dep == null ? null : source.events.stream()
                    .filter(e -> e.name.equals(dep.eventName)).findFirst().orElse(null);
            if (entry == null) {
                return null;
            }
            EventTrigger e = new EventTrigger();
            e.name = t.name;
            e.type = entry.type;
            e.source = entry.source.deepCopy();
            e.dependencyExtra = dep.extra.deepCopy();
            t.parameters.forEach(m -> e.mappings.add(m.copy()));
            out.add(e);
        }
        return out.isEmpty() ? null : out;
    }
}
