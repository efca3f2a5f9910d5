package dev.orrery.runtime.argo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.core.argo.ArgoExporter;
import dev.orrery.core.model.ArgoKind;
import dev.orrery.core.model.Pipeline;
import dev.orrery.runtime.StoredPipeline;
import dev.orrery.runtime.SubmitOptions;
import java.util.Iterator;
import java.util.Map;

/** Builds the Workflow objects Orrery creates: from a pipeline, from a stored template, or a resubmission. */
final class WorkflowFactory {
    private final String namespace;

    WorkflowFactory(String namespace) {
        this.namespace = namespace;
    }

    /** The pipeline exported as a Workflow, with the options applied. */
    ObjectNode fromPipeline(Pipeline pipeline, SubmitOptions options) {
        ObjectNode wf = new ArgoExporter().export(pipeline, ArgoKind.WORKFLOW);
        ObjectNode meta = wf.withObjectProperty("metadata");
        if (!meta.hasNonNull("name") && !meta.hasNonNull("generateName")) {
            String base = pipeline.displayName() == null ? "orrery" : pipeline.displayName();
            meta.put("generateName", base + "-");
        }
        apply(wf, options);
        return wf;
    }

    /**
     * A Workflow that runs a stored template as {@code argo submit --from} does: a workflowTemplateRef
     * for (cluster) workflow templates, the cron workflow's workflowSpec copied for a CronWorkflow.
     */
    ObjectNode fromTemplate(StoredPipeline template, JsonNode stored, SubmitOptions options) {
        ObjectNode wf = ArgoResources.JSON.createObjectNode();
        wf.put("apiVersion", ArgoResources.API_VERSION);
        wf.put("kind", "Workflow");
        ObjectNode meta = wf.putObject("metadata");
        meta.put("generateName", template.name() + "-");
        ObjectNode labels = meta.putObject("labels");
        copyStrings(stored.path("metadata").path("labels"), labels);
        ObjectNode spec;
        switch (template.kind()) {
            case CRON_WORKFLOW -> {
                JsonNode ws = stored.path("spec").path("workflowSpec");
                spec = ws.isObject() ? ((ObjectNode) ws).deepCopy() : ArgoResources.JSON.createObjectNode();
                copyStrings(stored.path("spec").path("workflowMetadata").path("labels"), labels);
                labels.put(ArgoResources.LABEL_CRON, template.name());
            }
            case WORKFLOW_TEMPLATE, CLUSTER_WORKFLOW_TEMPLATE -> {
                spec = ArgoResources.JSON.createObjectNode();
                ObjectNode ref = spec.putObject("workflowTemplateRef");
                ref.put("name", template.name());
                if (template.kind() == ArgoKind.CLUSTER_WORKFLOW_TEMPLATE) {
                    ref.put("clusterScope", true);
                    labels.put(ArgoResources.LABEL_CLUSTER_TEMPLATE, template.name());
                } else {
                    labels.put(ArgoResources.LABEL_TEMPLATE, template.name());
                }
            }
            default -> throw new IllegalArgumentException(template.kind().name());
        }
        wf.set("spec", spec);
        apply(wf, options);
        return wf;
    }

    /** A new Workflow with the old one's spec, as {@code argo resubmit} makes it. */
    ObjectNode resubmission(ObjectNode old) {
        ObjectNode wf = ArgoResources.JSON.createObjectNode();
        wf.put("apiVersion", ArgoResources.API_VERSION);
        wf.put("kind", "Workflow");
        ObjectNode meta = wf.putObject("metadata");
        JsonNode oldMeta = old.path("metadata");
        String oldName = oldMeta.path("name").asText();
        String gen = oldMeta.path("generateName").asText("");
        meta.put("generateName", gen.isEmpty() ? oldName + "-" : gen);
        meta.put("namespace", namespace);
        ObjectNode labels = meta.putObject("labels");
        Iterator<Map.Entry<String, JsonNode>> it = oldMeta.path("labels").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String k = e.getKey();
            if (!k.equals(ArgoResources.LABEL_COMPLETED) && !k.equals(ArgoResources.LABEL_PHASE)
                    && !k.equals(ArgoResources.LABEL_ARCHIVING) && !k.startsWith("workflows.argoproj.io/creator")) {
                labels.set(k, e.getValue());
            }
        }
        labels.put(ArgoResources.LABEL_RESUBMITTED_FROM, oldName);
        if (oldMeta.path("annotations").isObject()) {
            meta.set("annotations", oldMeta.get("annotations").deepCopy());
        }
        ObjectNode spec = old.path("spec").isObject() ? ((ObjectNode) old.get("spec")).deepCopy()
                : ArgoResources.JSON.createObjectNode();
        spec.remove("shutdown");
        spec.remove("suspend");
        if (spec.path("activeDeadlineSeconds").asLong(-1) == 0) {
            spec.remove("activeDeadlineSeconds");
        }
        wf.set("spec", spec);
        return wf;
    }

    private void apply(ObjectNode wf, SubmitOptions options) {
        ObjectNode meta = wf.withObjectProperty("metadata");
        meta.put("namespace", namespace);
        if (options.runName() != null && !options.runName().isBlank()) {
            meta.put("name", options.runName());
            meta.remove("generateName");
        }
        if (!options.labels().isEmpty()) {
            ObjectNode labels = meta.withObjectProperty("labels");
            options.labels().forEach(labels::put);
        }
        ObjectNode spec = wf.withObjectProperty("spec");
        if (options.parallelism() > 0) {
            spec.put("parallelism", options.parallelism());
        }
        if (!options.parameters().isEmpty()) {
            ArrayNode params = spec.withObjectProperty("arguments").withArrayProperty("parameters");
            for (Map.Entry<String, String> p : options.parameters().entrySet()) {
                ObjectNode existing = null;
                for (JsonNode n : params) {
                    if (p.getKey().equals(n.path("name").asText())) {
                        existing = (ObjectNode) n;
                    }
                }
                if (existing == null) {
                    existing = params.addObject().put("name", p.getKey());
                }
                existing.remove("valueFrom");
                existing.put("value", p.getValue());
            }
        }
    }

    private static void copyStrings(JsonNode from, ObjectNode to) {
        if (from.isObject()) {
            from.fields().forEachRemaining(e -> to.put(e.getKey(), e.getValue().asText()));
        }
    }
}
