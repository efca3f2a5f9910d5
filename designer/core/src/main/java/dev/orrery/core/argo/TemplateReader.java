package dev.orrery.core.argo;

import dev.orrery.core.tree.Lifter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.core.model.Graph;
import dev.orrery.core.model.ResourceAction;
import dev.orrery.core.model.RetryStrategy;
import dev.orrery.core.model.SourceRef;
import dev.orrery.core.model.StepKind;
import dev.orrery.core.model.Template;

/** Reads one Argo template into the model, leaving what it does not lift in {@code extra}. */
final class TemplateReader {
    private final Lifter lift;
    private final ParameterReader parameters;
    private final ContainerReader containers;
    private final GraphReader graphs;

    TemplateReader(Lifter lift) {
        this.lift = lift;
        this.parameters = new ParameterReader(lift);
        this.containers = new ContainerReader(lift);
        this.graphs = new GraphReader(lift, parameters);
    }

    Template read(ObjectNode raw, SourceRef at) {
        Template t = new Template();
        t.source = at;
        t.name = lift.text(raw, "name", at);
        lift.owner(t.name);
        t.kind = kindAnnotation(raw);
        String sweeps = ArgoSweeps.take(raw);
        JsonNode inputs = raw.get("inputs");
        if (inputs != null && inputs.isObject()) {
            parameters.read((ObjectNode) inputs, at.child("inputs"), t.inputParameters, t.inputArtifacts);
            Lifter.dropIfEmpty(raw, "inputs");
        }
        JsonNode outputs = raw.get("outputs");
        if (outputs != null && outputs.isObject()) {
            parameters.read((ObjectNode) outputs, at.child("outputs"), t.outputParameters, t.outputArtifacts);
            Lifter.dropIfEmpty(raw, "outputs");
        }
        readBody(raw, at, t);
        if (sweeps != null) {
            ArgoSweeps.apply(sweeps, t.graph, message -> lift.warning(at, "metadata", message));
        }
        t.nodeSelector = lift.object(raw, "nodeSelector", at);
        t.tolerations = lift.array(raw, "tolerations", at);
        ObjectNode retry = lift.object(raw, "retryStrategy", at);
        if (retry != null) {
            t.retryStrategy = retry(retry, at.child("retryStrategy"));
        }
        t.timeout = lift.text(raw, "timeout", at);
        t.extra = raw;
        lift.owner(null);
        return t;
    }

    /** Lifts exactly one body; a second body (invalid in Argo) stays raw and is reported. */
    private void readBody(ObjectNode raw, SourceRef at, Template t) {
        if (raw.has("container") && raw.get("container").isObject()) {
            t.container = containers.read(lift.object(raw, "container", at), at.child("container"), false);
        } else if (raw.has("script") && raw.get("script").isObject() && raw.get("script").path("source").isTextual()) {
            t.container = containers.read(lift.object(raw, "script", at), at.child("script"), true);
        } else if (raw.has("resource") && raw.get("resource").isObject()) {
            ObjectNode r = lift.object(raw, "resource", at);
            ResourceAction action = new ResourceAction();
            action.action = lift.text(r, "action", at.child("resource"));
            action.manifest = lift.text(r, "manifest", at.child("resource"));
            action.extra = r;
            t.resource = action;
        } else if (raw.has("suspend") && raw.get("suspend").isObject()) {
            t.suspend = lift.object(raw, "suspend", at);
        } else if (raw.has("dag") && raw.get("dag").isObject()) {
            ObjectNode dag = (ObjectNode) raw.get("dag");
            Graph g = graphs.dag(dag, at.child("dag"));
            if (g != null) {
                raw.remove("dag");
                t.graph = g;
            }
        } else if (raw.has("steps") && raw.get("steps").isArray()) {
            Graph g = graphs.steps((ArrayNode) raw.get("steps"), at.child("steps"));
            if (g != null) {
                raw.remove("steps");
                t.graph = g;
            }
        }
        int bodies = 0;
        for (String b : new String[] {"container", "script", "resource", "suspend", "dag", "steps", "http",
            "containerSet", "data", "plugin"}) {
            if (raw.has(b)) {
                bodies++;
            }
        }
        if (t.type() != dev.orrery.core.model.TemplateType.OTHER && bodies > 0) {
            lift.error(at, "template", "a template has exactly one of container, script, resource, suspend, dag,"
                    + " steps, http, containerSet, data, plugin; this one has more");
        }
    }

    private RetryStrategy retry(ObjectNode raw, SourceRef at) {
        RetryStrategy r = new RetryStrategy();
        r.limit = lift.scalar(raw, "limit", at);
        r.retryPolicy = lift.text(raw, "retryPolicy", at);
        r.expression = lift.text(raw, "expression", at);
        JsonNode backoff = raw.get("backoff");
        if (backoff != null && backoff.isObject()) {
            ObjectNode b = (ObjectNode) backoff;
            r.backoffDuration = lift.scalar(b, "duration", at.child("backoff"));
            r.backoffFactor = lift.scalar(b, "factor", at.child("backoff"));
            r.backoffMaxDuration = lift.scalar(b, "maxDuration", at.child("backoff"));
            Lifter.dropIfEmpty(raw, "backoff");
        }
        r.extra = raw;
        return r;
    }

    /** Takes Orrery's kind annotation out of the template's pod metadata. */
    private static StepKind kindAnnotation(ObjectNode raw) {
        JsonNode metadata = raw.get("metadata");
        if (metadata == null || !metadata.isObject()) {
            return null;
        }
        JsonNode annotations = metadata.get("annotations");
        if (annotations == null || !annotations.isObject()) {
            return null;
        }
        JsonNode kind = annotations.get(ArgoFields.KIND_ANNOTATION);
        if (kind == null || !kind.isTextual()) {
            return null;
        }
        StepKind parsed = StepKind.fromId(kind.textValue()).orElse(null);
        if (parsed != null) {
            ((ObjectNode) annotations).remove(ArgoFields.KIND_ANNOTATION);
            Lifter.dropIfEmpty((ObjectNode) metadata, "annotations");
            Lifter.dropIfEmpty(raw, "metadata");
        }
        return parsed;
    }
}
