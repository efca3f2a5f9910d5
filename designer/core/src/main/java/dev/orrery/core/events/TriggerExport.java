package dev.orrery.core.events;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.core.model.ArgoKind;
import dev.orrery.core.model.EventKind;
import dev.orrery.core.model.EventTrigger;
import dev.orrery.core.model.Json;
import dev.orrery.core.model.Parameter;
import dev.orrery.core.model.Pipeline;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The Argo Events documents that start a pipeline from its triggers: one EventSource holding every
 * trigger's event, and one Sensor with a dependency and an {@code argoWorkflow} trigger per event.
 *
 * <p>Each Sensor trigger submits a Workflow that references the pipeline's WorkflowTemplate
 * ({@code operation: submit}, {@code source.resource} a Workflow with {@code workflowTemplateRef}), the
 * form Argo Events v1.9 documents for starting a template (examples/sensors/
 * sensor-to-existing-workflow-template.yaml). It was chosen over a {@code k8s} create trigger because it is
 * the action made for Argo Workflows (it also offers resubmit, retry, suspend…) and because the submitted
 * Workflow carries only arguments, so the pipeline is defined once, in the template. The Workflow lists every
 * pipeline parameter with its default, in order, so {@code spec.arguments.parameters.N.value} is the N-th.
 * Each trigger fires on its own event ({@code conditions: NAME}): without it a Sensor waits for all of them.
 */
public final class TriggerExport {
    /** Label on generated documents naming the pipeline they start. */
    public static final String PIPELINE_LABEL = "orrery.dev/pipeline";

    private TriggerExport() {
    }

    /** The kind the pipeline is written as when it has triggers: a template the Sensor can refer to. */
    public static ArgoKind templateKind(Pipeline p, ArgoKind requested) {
        ArgoKind kind = requested == null ? p.argoKind : requested;
        return kind == ArgoKind.WORKFLOW && requested == null ? ArgoKind.WORKFLOW_TEMPLATE : kind;
    }

    public static EventSourceDocument eventSource(Pipeline p) {
        EventSourceDocument e = new EventSourceDocument();
        e.name = p.displayName();
        e.namespace = p.namespace;
        e.extraMetadata = labelled(p);
        Set<String> webhookPorts = new LinkedHashSet<>();
        for (EventTrigger t : p.triggers) {
            e.events.add(new EventSourceDocument.Entry(t.type, t.name, t.source.deepCopy()));
            if (EventKind.WEBHOOK.type().equals(t.type) && t.source.path("port").isValueNode()) {
                webhookPorts.add(t.source.path("port").asText());
            }
        }
        if (!webhookPorts.isEmpty()) { // a Service, so the webhook is reachable in the cluster
            ArrayNode ports = e.extraSpec.putObject("service").putArray("ports");
            for (String port : webhookPorts) {
                ObjectNode o = ports.addObject();
                JsonPort.put(o, "port", port);
                JsonPort.put(o, "targetPort", port);
            }
        }
        return e;
    }

    public static SensorDocument sensor(Pipeline p, ArgoKind kind) {
        SensorDocument s = new SensorDocument();
        s.name = p.displayName();
        s.namespace = p.namespace;
        s.extraMetadata = labelled(p);
        for (EventTrigger t : p.triggers) {
            SensorDocument.Dependency d = new SensorDocument.Dependency();
            d.name = t.name;
            d.eventSourceName = p.displayName();
            d.eventName = t.name;
            d.extra = t.dependencyExtra.deepCopy();
            s.dependencies.add(d);

            SensorDocument.Trigger trigger = new SensorDocument.Trigger();
            trigger.name = t.name;
            trigger.action = "argoWorkflow";
            trigger.settings.put("operation", "submit");
            trigger.settings.putObject("source").set("resource", workflow(p, kind));
            t.mappings.forEach(m -> trigger.parameters.add(m.copy()));
            trigger.templateExtra.put("conditions", t.name);
            s.triggers.add(trigger);
        }
        return s;
    }

    private static ObjectNode workflow(Pipeline p, ArgoKind kind) {
        ObjectNode w = Json.object();
        w.put("apiVersion", ArgoKind.API_VERSION);
        w.put("kind", ArgoKind.WORKFLOW.kind());
        ObjectNode m = w.putObject("metadata");
        m.put("generateName", p.displayName() + "-");
        Json.putIf(m, "namespace", p.namespace);
        ObjectNode spec = w.putObject("spec");
        ObjectNode ref = spec.putObject("workflowTemplateRef");
        ref.put("name", p.displayName());
        if (kind == ArgoKind.CLUSTER_WORKFLOW_TEMPLATE) {
            ref.put("clusterScope", true);
        }
        if (!p.parameters.isEmpty()) {
            ArrayNode params = spec.putObject("arguments").putArray("parameters");
            for (Parameter parameter : p.parameters) {
                ObjectNode o = params.addObject();
                o.put("name", parameter.name);
                o.put("value", parameter.value == null || parameter.value.isNull() ? "" : parameter.value.asText());
            }
        }
        return w;
    }

    private static ObjectNode labelled(Pipeline p) {
        ObjectNode m = Json.object();
        m.putObject("labels").put(PIPELINE_LABEL, p.displayName());
        return m;
    }

    /** Ports are written as numbers when they are, as Kubernetes Service ports must be. */
    private static final class JsonPort {
        static void put(ObjectNode o, String key, String port) {
            if (port.matches("\\d{1,5}")) {
                o.put(key, Integer.parseInt(port));
            } else {
                o.put(key, port);
            }
        }
    }
}
