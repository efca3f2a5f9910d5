package dev.orrery.core.events;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.core.argo.ArgoExporter;
import dev.orrery.core.io.LoadResult;
import dev.orrery.core.io.PipelineFormat;
import dev.orrery.core.model.ArgoKind;
import dev.orrery.core.model.Pipeline;
import java.util.ArrayList;
import java.util.List;

/** How event documents take part in converting a file (the hooks {@code PipelineFiles.convert} calls). */
public final class EventFiles {
    private EventFiles() {
    }

    /** Whether the file holds EventSources or Sensors, in either format: something to export even without a pipeline. */
    public static boolean hasEventDocuments(LoadResult file) {
        return file.others().stream().anyMatch(o -> isEventDocument(o.root()));
    }

    public static boolean isEventDocument(JsonNode root) {
        return EventDocument.isArgoEvents(root) || EventDocument.isNativeEvents(root);
    }

    /** Reads an event document of either format; null for any other document. */
    public static EventDocument read(JsonNode root) {
        if (EventDocument.isArgoEvents(root)) {
            return new ArgoEventsReader().read(root);
        }
        if (EventDocument.isNativeEvents(root)) {
            return new NativeEventsCodec().read(root);
        }
        return null;
    }

    /** A document that is not a pipeline, in the target format: event documents are converted, others unchanged. */
    public static JsonNode convertOther(JsonNode root, PipelineFormat format) {
        EventDocument e = read(root);
        if (e == null) {
            return root;
        }
        return format == PipelineFormat.NATIVE ? new NativeEventsCodec().write(e) : new ArgoEventsWriter().write(e);
    }

    /**
     * The Argo documents of one pipeline: the pipeline itself and, when it has triggers, its EventSource and
     * Sensor (the pipeline then as a WorkflowTemplate unless a kind is asked for).
     */
    public static List<JsonNode> argoDocuments(Pipeline p, ArgoKind requested) {
        List<JsonNode> out = new ArrayList<>();
        if (p.triggers.isEmpty()) {
            out.add(new ArgoExporter().export(p, requested == null ? p.kindToExport() : requested));
            return out;
        }
        ArgoKind kind = TriggerExport.templateKind(p, requested);
        out.add(new ArgoExporter().export(p, kind));
        ArgoEventsWriter writer = new ArgoEventsWriter();
        out.add(writer.write(TriggerExport.eventSource(p)));
        out.add(writer.write(TriggerExport.sensor(p, kind)));
        return out;
    }
}
