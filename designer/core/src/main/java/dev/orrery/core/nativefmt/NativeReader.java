package dev.orrery.core.nativefmt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.core.diag.Diagnostic;
import dev.orrery.core.diag.Location;
import dev.orrery.core.model.ArgoKind;
import dev.orrery.core.model.Json;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Position;
import dev.orrery.core.model.Schedule;
import dev.orrery.core.model.SourceRef;
import dev.orrery.core.model.Template;
import dev.orrery.core.tree.Lifter;
import dev.orrery.core.tree.ScheduleFields;
import dev.orrery.core.tree.ReadResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Reads a native Orrery document. Older format versions are upgraded here as they appear (today
 * there is only v1alpha1); a newer version than this build knows is refused with a clear message.
 */
public final class NativeReader {

    private static final List<String> KNOWN_VERSIONS = List.of(NativeFormat.API_VERSION);

    public ReadResult read(JsonNode document) {
        return read(document, pointer -> 0);
    }

    public ReadResult read(JsonNode document, ToIntFunction<String> lines) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Lifter lift = new Lifter(diagnostics, lines);
        Pipeline p = new Pipeline();
        SourceRef root = new SourceRef("");
        p.source = root;
        if (!document.isObject()) {
            diagnostics.add(Diagnostic.error(Location.NONE.withLine(1), "expected an Orrery pipeline (a mapping"
                    + " with apiVersion, kind, metadata and spec), found " + Lifter.describe(document)));
            return new ReadResult(p, diagnostics);
        }
        ObjectNode raw = ((ObjectNode) document).deepCopy();
        String apiVersion = lift.text(raw, "apiVersion", root);
        if (!KNOWN_VERSIONS.contains(apiVersion)) {
            lift.error(root.child("apiVersion"), "apiVersion", "unsupported format version " + apiVersion
                    + "; this Orrery reads " + String.join(", ", KNOWN_VERSIONS) + " (a newer Orrery may read it)");
            return new ReadResult(p, diagnostics);
        }
        String kind = lift.text(raw, "kind", root);
        if (!NativeFormat.KIND.equals(kind)) {
            lift.error(root.child("kind"), "kind", "expected kind Pipeline, found " + kind);
        }
        NativeTemplateReader templates = new NativeTemplateReader(lift, t -> { });
        ObjectNode metadata = lift.object(raw, "metadata", root);
        if (metadata != null) {
            readMetadata(metadata, root.child("metadata"), p, lift, templates);
        }
        ObjectNode spec = lift.object(raw, "spec", root);
        if (spec != null) {
            readSpec(spec, root.child("spec"), p, lift);
        }
        p.extraDocument = templates.argoOf(raw, root);
        templates.unknown(raw, root);
        return new ReadResult(p, diagnostics);
    }

    private static void readMetadata(ObjectNode m, SourceRef at, Pipeline p, Lifter lift, NativeTemplateReader r) {
        p.name = lift.text(m, "name", at);
        p.generateName = lift.text(m, "generateName", at);
        p.namespace = lift.text(m, "namespace", at);
        p.description = lift.text(m, "description", at);
        Map<String, String> labels = lift.stringMap(m, "labels", at);
        if (labels != null) {
            p.labels.putAll(labels);
        }
        Map<String, String> annotations = lift.stringMap(m, "annotations", at);
        if (annotations != null) {
            p.annotations.putAll(annotations);
        }
        p.extraMetadata = r.argoOf(m, at);
        r.unknown(m, at);
    }

    private static void readSpec(ObjectNode spec, SourceRef at, Pipeline p, Lifter lift) {
        List<Template> current = new ArrayList<>();
        NativeTemplateReader reader = new NativeTemplateReader(lift, current::add);

        String argoKind = lift.text(spec, "argoKind", at);
        if (argoKind != null) {
            p.argoKind = ArgoKind.fromKind(argoKind).orElse(ArgoKind.WORKFLOW);
            if (ArgoKind.fromKind(argoKind).isEmpty()) {
                lift.error(at.child("argoKind"), "argoKind", "expected Workflow, WorkflowTemplate,"
                        + " ClusterWorkflowTemplate or CronWorkflow, found " + argoKind);
            }
        }
        p.entrypoint = lift.text(spec, "entrypoint", at);
        ArrayNode params = lift.objectList(spec, "parameters", at);
        if (params != null) {
            for (int i = 0; i < params.size(); i++) {
                p.parameters.add(reader.parameter((ObjectNode) params.get(i), at.child("parameters").child(i)));
            }
        }
        ObjectNode schedule = lift.object(spec, "schedule", at);
        if (schedule != null) {
            p.schedule = schedule(schedule, at.child("schedule"), lift, reader);
        }
        ArrayNode triggers = lift.objectList(spec, "triggers", at);
        if (triggers != null) {
            List<String> unknown = new ArrayList<>();
            p.triggers = dev.orrery.core.events.TriggerCodec.read(triggers, unknown);
            unknown.forEach(f -> lift.warning(at.child("triggers"), f, "unknown field " + f + "; it is dropped"));
        }
        p.serviceAccount = lift.text(spec, "serviceAccount", at);
        p.volumes = lift.array(spec, "volumes", at);
        p.artifactRepositoryRef = lift.object(spec, "artifactRepositoryRef", at);
        p.ttlStrategy = lift.object(spec, "ttl", at);
        p.podGC = lift.object(spec, "podGC", at);
        p.onExit = lift.text(spec, "onExit", at);

        ObjectNode graph = lift.object(spec, "graph", at);
        ArrayNode steps = lift.objectList(spec, "steps", at);
        List<Template> natural = new ArrayList<>();
        if (graph != null || steps != null) {
            Template entry = new Template(p.entrypoint);
            entry.source = at;
            ObjectNode g = graph == null ? Json.object() : graph;
            if (!g.has("style")) {
                g.put("style", "dag");
            }
            reader.templateBody(g, at.child("graph"), entry, false);
            reader.unknown(g, at.child("graph"));
            entry.graph.steps = reader.steps(steps, at.child("steps"));
            natural.add(entry);
            natural.addAll(current);
            current.clear();
            if (p.entrypoint == null) {
                lift.error(at, "entrypoint", "spec.steps is set but spec.entrypoint is not: name the main graph");
            }
        }
        ArrayNode templates = lift.objectList(spec, "templates", at);
        if (templates != null) {
            for (int i = 0; i < templates.size(); i++) {
                Template t = reader.template((ObjectNode) templates.get(i), at.child("templates").child(i));
                natural.add(t);
                natural.addAll(current);
                current.clear();
            }
        }
        List<String> order = lift.strings(spec, "templateOrder", at);
        p.templates = order == null ? natural : reorder(natural, order, at, lift);
        ObjectNode layout = lift.object(spec, "layout", at);
        if (layout != null) {
            readLayout(layout, at.child("layout"), p, lift);
        }
        p.extraSpec = reader.argoOf(spec, at);
        reader.unknown(spec, at);
    }

    /** Applies {@code templateOrder}; names it misses keep their natural place after the listed ones. */
    private static List<Template> reorder(List<Template> natural, List<String> order, SourceRef at, Lifter lift) {
        List<Template> remaining = new ArrayList<>(natural);
        List<Template> ordered = new ArrayList<>();
        for (String name : order) {
            Template match = null;
            for (Template t : remaining) {
                if (name.equals(String.valueOf(t.name))) {
                    match = t;
                    break;
                }
            }
            if (match == null) {
                lift.warning(at.child("templateOrder"), "templateOrder", "no template named '" + name + "'");
            } else {
                remaining.remove(match);
                ordered.add(match);
            }
        }
        ordered.addAll(remaining);
        return ordered;
    }

    private static Schedule schedule(ObjectNode raw, SourceRef at, Lifter lift, NativeTemplateReader r) {
        Schedule s = new Schedule();
        String cron = lift.text(raw, "cron", at);
        List<String> crons = lift.strings(raw, "crons", at);
        if (crons != null) {
            s.crons.addAll(crons);
            s.listForm = true;
        } else if (cron != null) {
            s.crons.add(cron);
        }
        ScheduleFields.read(raw, at, lift, s);
        s.source = at;
        s.cronsSource = at.child(crons != null ? "crons" : "cron");
        s.extra = r.argoOf(raw, at);
        r.unknown(raw, at);
        return s;
    }

    private static void readLayout(ObjectNode layout, SourceRef at, Pipeline p, Lifter lift) {
        layout.fields().forEachRemaining(e -> {
            JsonNode xy = e.getValue();
            if (xy.isArray() && xy.size() == 2 && xy.get(0).isNumber() && xy.get(1).isNumber()) {
                p.layout.put(e.getKey(), new Position(xy.get(0).doubleValue(), xy.get(1).doubleValue()));
            } else {
                lift.warning(at.child(e.getKey()), "layout", "expected [x, y] for the position of "
                        + e.getKey() + "; the step will be laid out automatically");
            }
        });
    }
}
