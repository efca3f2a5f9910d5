package dev.orrery.core.argo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.core.diag.Diagnostic;
import dev.orrery.core.diag.Location;
import dev.orrery.core.model.ArgoKind;
import dev.orrery.core.model.Parameter;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Schedule;
import dev.orrery.core.tree.ScheduleFields;
import dev.orrery.core.model.SourceRef;
import dev.orrery.core.tree.Lifter;
import dev.orrery.core.tree.ReadResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Reads an Argo Workflow, WorkflowTemplate, ClusterWorkflowTemplate or CronWorkflow document into
 * a {@link Pipeline}. Import never throws on bad content: fields of the wrong type are kept as they
 * are (so export gives them back) and reported as diagnostics.
 */
public final class ArgoImporter {

    /** Whether a parsed document is an Argo pipeline document this importer reads. */
    public static boolean isArgoPipeline(JsonNode document) {
        return document != null && document.isObject()
                && document.path("apiVersion").asText("").startsWith("argoproj.io/")
                && ArgoKind.fromKind(document.path("kind").asText("")).isPresent();
    }

    public ReadResult read(JsonNode document) {
        return read(document, pointer -> 0);
    }

    /**
     * @param document a parsed Argo document (not modified)
     * @param lines    source line of a JSON pointer, for diagnostics (0 when unknown)
     */
    public ReadResult read(JsonNode document, ToIntFunction<String> lines) {
        return readOwned(document.isObject() ? ((ObjectNode) document).deepCopy() : document, lines);
    }

    /**
     * Like {@link #read(JsonNode, ToIntFunction)} for a tree the caller owns and no longer needs: the
     * fields the model takes are lifted out of it, which spares a copy of the whole document (a tenth
     * of opening a large file).
     *
     * @param document a parsed Argo document, consumed
     */
    public ReadResult readOwned(JsonNode document, ToIntFunction<String> lines) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Lifter lift = new Lifter(diagnostics, lines);
        Pipeline p = new Pipeline();
        SourceRef root = new SourceRef("");
        p.source = root;
        if (!document.isObject()) {
            diagnostics.add(Diagnostic.error(Location.NONE.withLine(1), "expected an Argo document (a mapping with"
                    + " apiVersion, kind, metadata and spec), found " + Lifter.describe(document)));
            return new ReadResult(p, diagnostics);
        }
        ObjectNode raw = (ObjectNode) document;
        String apiVersion = lift.text(raw, "apiVersion", root);
        String kind = lift.text(raw, "kind", root);
        p.argoKind = ArgoKind.fromKind(kind).orElse(ArgoKind.WORKFLOW);
        if (!ArgoKind.API_VERSION.equals(apiVersion)) {
            lift.error(root.child("apiVersion"), "apiVersion", "expected apiVersion " + ArgoKind.API_VERSION
                    + ", found " + (apiVersion == null ? "none" : apiVersion));
        }
        if (ArgoKind.fromKind(kind).isEmpty()) {
            lift.error(root.child("kind"), "kind", "expected kind Workflow, WorkflowTemplate, ClusterWorkflowTemplate"
                    + " or CronWorkflow, found " + (kind == null ? "none" : kind));
        }
        ObjectNode metadata = lift.object(raw, "metadata", root);
        if (metadata != null) {
            readMetadata(metadata, root.child("metadata"), p, lift);
        }
        ObjectNode spec = lift.object(raw, "spec", root);
        if (spec != null) {
            SourceRef specAt = root.child("spec");
            if (p.argoKind == ArgoKind.CRON_WORKFLOW) {
                ObjectNode workflowSpec = lift.object(spec, "workflowSpec", specAt);
                p.schedule = schedule(spec, specAt, lift);
                if (workflowSpec != null) {
                    readSpec(workflowSpec, specAt.child("workflowSpec"), p, lift);
                }
            } else {
                readSpec(spec, specAt, p, lift);
            }
        } else if (!raw.has("spec")) {
            lift.error(root, "spec", "the document has no spec");
        }
        p.extraDocument = raw;
        return new ReadResult(p, diagnostics);
    }

    private static void readMetadata(ObjectNode m, SourceRef at, Pipeline p, Lifter lift) {
        p.name = lift.text(m, "name", at);
        p.generateName = lift.text(m, "generateName", at);
        p.namespace = lift.text(m, "namespace", at);
        Map<String, String> labels = lift.stringMap(m, "labels", at);
        if (labels != null) {
            p.labels.putAll(labels);
        }
        Map<String, String> annotations = lift.stringMap(m, "annotations", at);
        if (annotations != null) {
            p.description = annotations.remove(ArgoFields.DESCRIPTION_ANNOTATION);
            p.annotations.putAll(annotations);
        }
        p.extraMetadata = m;
    }

    private static Schedule schedule(ObjectNode spec, SourceRef at, Lifter lift) {
        Schedule s = new Schedule();
        String single = lift.text(spec, "schedule", at);
        List<String> list = lift.strings(spec, "schedules", at);
        if (list != null) {
            s.crons.addAll(list);
            s.listForm = true;
        }
        if (single != null) {
            s.crons.add(0, single);
            s.listForm = false;
            if (list == null) {
                lift.warning(at.child("schedule"), "schedule", "Argo v4 removed the single schedule field;"
                        + " it is written back as schedules: [\"" + single + "\"]");
            } else {
                lift.warning(at, "schedule", "both schedule and schedules are set; Argo uses schedules");
                s.listForm = true;
                s.crons.remove(0);
                spec.put("schedule", single);
            }
        }
        ScheduleFields.read(spec, at, lift, s);
        s.source = at;
        s.cronsSource = at.child(list != null ? "schedules" : "schedule");
        s.extra = spec;
        return s;
    }

    private static void readSpec(ObjectNode spec, SourceRef at, Pipeline p, Lifter lift) {
        p.entrypoint = lift.text(spec, "entrypoint", at);
        JsonNode arguments = spec.get("arguments");
        if (arguments != null && arguments.isObject()) {
            ObjectNode args = (ObjectNode) arguments;
            ArrayNode params = lift.objectList(args, "parameters", at.child("arguments"));
            if (params != null) {
                ParameterReader reader = new ParameterReader(lift);
                for (int i = 0; i < params.size(); i++) {
                    Parameter parameter = reader.parameter((ObjectNode) params.get(i),
                            at.child("arguments", "parameters").child(i));
                    p.parameters.add(parameter);
                }
            }
            Lifter.dropIfEmpty(spec, "arguments");
        }
        p.serviceAccount = lift.text(spec, "serviceAccountName", at);
        p.volumes = lift.array(spec, "volumes", at);
        p.artifactRepositoryRef = lift.object(spec, "artifactRepositoryRef", at);
        p.ttlStrategy = lift.object(spec, "ttlStrategy", at);
        p.podGC = lift.object(spec, "podGC", at);
        p.onExit = lift.text(spec, "onExit", at);
        ArrayNode templates = lift.objectList(spec, "templates", at);
        if (templates != null) {
            TemplateReader reader = new TemplateReader(lift);
            for (int i = 0; i < templates.size(); i++) {
                p.templates.add(reader.read((ObjectNode) templates.get(i), at.child("templates").child(i)));
            }
        }
        p.extraSpec = spec;
    }
}
