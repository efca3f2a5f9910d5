package dev.orrery.core.argo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.core.model.GraphStyle;
import dev.orrery.core.model.Json;
import dev.orrery.core.model.RetryStrategy;
import dev.orrery.core.model.Template;

/** Writes one template in Argo's shape, model fields first, passthrough after. */
final class TemplateWriter {
    private TemplateWriter() {
    }

    static ObjectNode write(Template t) {
        ObjectNode o = Json.object();
        Json.putIf(o, "name", t.name);
        Json.putIf(o, "inputs", ParameterWriter.holder(t.inputParameters, t.inputArtifacts));
        Json.putIf(o, "outputs", ParameterWriter.holder(t.outputParameters, t.outputArtifacts));
        if (t.kind != null && t.kind != t.inferredKind()) {
            o.putObject("metadata").putObject("annotations").put(ArgoFields.KIND_ANNOTATION, t.kind.id());
        }
        String sweeps = ArgoSweeps.annotation(t.graph);
        if (sweeps != null) {
            o.withObjectProperty("metadata").withObjectProperty("annotations").put(ArgoFields.SWEEPS_ANNOTATION, sweeps);
        }
        if (t.nodeSelector != null) {
            o.set("nodeSelector", t.nodeSelector);
        }
        if (t.tolerations != null) {
            o.set("tolerations", t.tolerations);
        }
        switch (t.type()) {
            case CONTAINER -> o.set("container", ContainerWriter.write(t.container));
            case SCRIPT -> o.set("script", ContainerWriter.write(t.container));
            case RESOURCE -> {
                ObjectNode r = o.putObject("resource");
                Json.putIf(r, "action", t.resource.action);
                Json.putIf(r, "manifest", t.resource.manifest);
                Json.mergeInto(r, t.resource.extra);
            }
            // An empty suspend still marks the template as an approval: always written.
            case SUSPEND -> o.set("suspend", t.suspend);
            case DAG -> o.set("dag", GraphWriter.dag(t.graph));
            case STEPS -> {
                if (StepGroups.firstMisfit(t.graph) == null) {
                    o.set("steps", GraphWriter.steps(t.graph));
                } else {
                    // Validation reports this; written as a DAG so no dependency is lost.
                    var dag = t.graph.copy();
                    dag.style = GraphStyle.DAG;
                    o.set("dag", GraphWriter.dag(dag));
                }
            }
            case OTHER -> {
                // body stays in extra
            }
        }
        if (t.retryStrategy != null) {
            o.set("retryStrategy", retry(t.retryStrategy));
        }
        Json.putIf(o, "timeout", t.timeout);
        Json.mergeInto(o, t.extra);
        return o;
    }

    private static ObjectNode retry(RetryStrategy r) {
        ObjectNode o = Json.object();
        if (r.limit != null) {
            o.set("limit", intOrString(r.limit));
        }
        Json.putIf(o, "retryPolicy", r.retryPolicy);
        Json.putIf(o, "expression", r.expression);
        if (r.backoffDuration != null || r.backoffFactor != null || r.backoffMaxDuration != null) {
            ObjectNode b = o.putObject("backoff");
            putIf(b, "duration", r.backoffDuration);
            putIf(b, "factor", r.backoffFactor == null ? null : intOrString(r.backoffFactor));
            putIf(b, "maxDuration", r.backoffMaxDuration);
        }
        Json.mergeInto(o, r.extra);
        return o;
    }

    private static void putIf(ObjectNode o, String key, com.fasterxml.jackson.databind.JsonNode v) {
        if (v != null) {
            o.set(key, v);
        }
    }

    /**
     * Kubernetes decodes an IntOrString from a number too, but Argo's JSON schema (what editors and CI
     * linters check) types it as a string, so a whole number is written as text: {@code limit: "2"}.
     */
    private static JsonNode intOrString(JsonNode value) {
        return value.isIntegralNumber() ? Json.F.textNode(value.asText()) : value;
    }
}
