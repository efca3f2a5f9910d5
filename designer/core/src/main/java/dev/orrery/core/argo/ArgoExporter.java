package dev.orrery.core.argo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.core.model.ArgoKind;
import dev.orrery.core.model.Json;
import dev.orrery.core.model.Parameter;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Schedule;
import dev.orrery.core.model.Template;
import dev.orrery.core.tree.ScheduleFields;
import java.util.Map;

/**
 * Writes a pipeline as an Argo document tree. Keys come in a fixed order (model fields in Argo's
 * usual order, then passthrough fields in their original order), so the same pipeline always gives
 * the same bytes and a one-field edit changes one line.
 */
public final class ArgoExporter {

    /** The pipeline as the kind it was read as (a Workflow for new pipelines). */
    public ObjectNode export(Pipeline p) {
        return export(p, p.kindToExport());
    }

    public ObjectNode export(Pipeline p, ArgoKind kind) {
        ObjectNode doc = Json.object();
        doc.put("apiVersion", ArgoKind.API_VERSION);
        doc.put("kind", kind.kind());
        doc.set("metadata", metadata(p));
        ObjectNode workflowSpec = spec(p);
        if (kind == ArgoKind.CRON_WORKFLOW) {
            ObjectNode cron = cronSpec(p.schedule == null ? new Schedule() : p.schedule);
            cron.set("workflowSpec", workflowSpec);
            if (p.schedule != null) {
                Json.mergeInto(cron, p.schedule.extra);
            }
            doc.set("spec", cron);
        } else {
            doc.set("spec", workflowSpec);
        }
        Json.mergeInto(doc, p.extraDocument);
        // The tree shares nodes with the model while built; hand out an independent copy.
        return doc.deepCopy();
    }

    private static ObjectNode metadata(Pipeline p) {
        ObjectNode m = Json.object();
        Json.putIf(m, "name", p.name);
        Json.putIf(m, "generateName", p.generateName);
        Json.putIf(m, "namespace", p.namespace);
        if (!p.labels.isEmpty()) {
            putMap(m.putObject("labels"), p.labels);
        }
        if (!p.annotations.isEmpty() || p.description != null) {
            ObjectNode a = m.putObject("annotations");
            if (p.description != null) {
                a.put(ArgoFields.DESCRIPTION_ANNOTATION, p.description);
            }
            putMap(a, p.annotations);
        }
        Json.mergeInto(m, p.extraMetadata);
        return m;
    }

    private static void putMap(ObjectNode target, Map<String, String> values) {
        values.forEach(target::put);
    }

    private static ObjectNode cronSpec(Schedule s) {
        ObjectNode o = Json.object();
        // Always the list: Argo v3.6 deprecated the single "schedule" and v4's schema has only "schedules"
        ArrayNode a = o.putArray("schedules");
        s.crons.forEach(a::add);
        ScheduleFields.write(s, o);
        return o;
    }

    private static ObjectNode spec(Pipeline p) {
        ObjectNode s = Json.object();
        Json.putIf(s, "entrypoint", p.entrypoint);
        if (!p.parameters.isEmpty()) {
            ArrayNode params = s.putObject("arguments").putArray("parameters");
            for (Parameter parameter : p.parameters) {
                params.add(ParameterWriter.parameter(parameter));
            }
        }
        Json.putIf(s, "serviceAccountName", p.serviceAccount);
        if (p.volumes != null) {
            s.set("volumes", p.volumes);
        }
        if (p.artifactRepositoryRef != null) {
            s.set("artifactRepositoryRef", p.artifactRepositoryRef);
        }
        if (p.ttlStrategy != null) {
            s.set("ttlStrategy", p.ttlStrategy);
        }
        if (p.podGC != null) {
            s.set("podGC", p.podGC);
        }
        Json.putIf(s, "onExit", p.onExit);
        if (!p.templates.isEmpty()) {
            ArrayNode templates = s.putArray("templates");
            for (Template t : p.templates) {
                templates.add(TemplateWriter.write(t));
            }
        }
        Json.mergeInto(s, p.extraSpec);
        return s;
    }
}
