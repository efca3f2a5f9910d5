package dev.orrery.core.argo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.core.model.Container;
import dev.orrery.core.model.EnvVar;
import dev.orrery.core.model.Json;
import dev.orrery.core.model.KeyRef;
import dev.orrery.core.model.Resources;
import java.util.List;

/** Writes a container or script body. */
final class ContainerWriter {
    private ContainerWriter() {
    }

    static ObjectNode write(Container c) {
        ObjectNode o = Json.object();
        Json.putIf(o, "image", c.image);
        List<String> command = c.isScript() ? c.effectiveCommand() : c.command;
        putStrings(o, "command", command);
        putStrings(o, "args", c.args);
        if (!c.env.isEmpty()) {
            ArrayNode env = o.putArray("env");
            c.env.forEach(e -> env.add(env(e)));
        }
        ObjectNode resources = resources(c.resources);
        Json.putIf(o, "resources", resources);
        if (c.isScript()) {
            o.put("source", c.source);
        }
        Json.mergeInto(o, c.extra);
        return o;
    }

    private static void putStrings(ObjectNode o, String key, List<String> values) {
        if (values != null) {
            ArrayNode a = o.putArray(key);
            values.forEach(a::add);
        }
    }

    private static ObjectNode env(EnvVar e) {
        ObjectNode o = Json.object();
        Json.putIf(o, "name", e.name);
        if (e.value != null) {
            o.set("value", e.value);
        }
        if (e.secretRef != null || e.configMapRef != null) {
            ObjectNode from = o.putObject("valueFrom");
            if (e.secretRef != null) {
                from.set("secretKeyRef", keyRef(e.secretRef));
            }
            if (e.configMapRef != null) {
                from.set("configMapKeyRef", keyRef(e.configMapRef));
            }
        }
        Json.mergeInto(o, e.extra);
        return o;
    }

    private static ObjectNode keyRef(KeyRef ref) {
        ObjectNode o = Json.object();
        Json.putIf(o, "name", ref.name());
        Json.putIf(o, "key", ref.key());
        return o;
    }

    private static ObjectNode resources(Resources r) {
        ObjectNode o = Json.object();
        ObjectNode requests = Json.object();
        putIf(requests, "cpu", r.cpu);
        putIf(requests, "memory", r.memory);
        ObjectNode limits = Json.object();
        putIf(limits, "cpu", r.cpuLimit);
        putIf(limits, "memory", r.memoryLimit);
        if (r.gpu != null) {
            limits.set(r.gpuResource == null ? Resources.NVIDIA_GPU : r.gpuResource, r.gpu);
        }
        if (!limits.isEmpty()) {
            o.set("limits", limits);
        }
        if (!requests.isEmpty()) {
            o.set("requests", requests);
        }
        Json.mergeInto(o, r.extra);
        quantitiesAsText(o, "limits");
        quantitiesAsText(o, "requests");
        return o;
    }

    /**
     * Kubernetes decodes {@code cpu: 1} too, but Argo's JSON schema (what editors and CI linters check)
     * types every quantity as a string, so numbers are written as text: {@code nvidia.com/gpu: "1"}.
     * A new node replaces the list, so the model's nodes are never changed.
     */
    private static void quantitiesAsText(ObjectNode resources, String list) {
        if (!(resources.get(list) instanceof ObjectNode quantities)) {
            return;
        }
        ObjectNode written = Json.object();
        quantities.properties().forEach(e -> written.set(e.getKey(), e.getValue().isNumber()
                ? Json.F.textNode(e.getValue().asText()) : e.getValue()));
        resources.set(list, written);
    }

    private static void putIf(ObjectNode o, String key, com.fasterxml.jackson.databind.JsonNode value) {
        if (value != null) {
            o.set(key, value);
        }
    }
}
