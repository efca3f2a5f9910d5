package dev.orrery.core.argo;

import dev.orrery.core.tree.Lifter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.core.model.Container;
import dev.orrery.core.model.EnvVar;
import dev.orrery.core.model.KeyRef;
import dev.orrery.core.model.Resources;
import dev.orrery.core.model.SourceRef;
import java.util.Iterator;
import java.util.List;

/** Reads an Argo {@code container} or {@code script} body: image, command, env, resources. */
final class ContainerReader {
    private final Lifter lift;

    ContainerReader(Lifter lift) {
        this.lift = lift;
    }

    Container read(ObjectNode raw, SourceRef at, boolean script) {
        Container c = new Container();
        c.image = lift.text(raw, "image", at);
        c.command = lift.strings(raw, "command", at);
        c.args = lift.strings(raw, "args", at);
        if (script) {
            c.source = lift.text(raw, "source", at);
            if (c.command != null && c.command.size() == 1 && Interpreters.isKnown(c.command.get(0))) {
                c.language = c.command.get(0);
                c.command = null;
            }
        }
        ArrayNode env = lift.objectList(raw, "env", at);
        if (env != null) {
            for (int i = 0; i < env.size(); i++) {
                c.env.add(envVar((ObjectNode) env.get(i), at.child("env").child(i)));
            }
        }
        ObjectNode resources = lift.object(raw, "resources", at);
        if (resources != null) {
            c.resources = resources(resources, at.child("resources"));
        }
        c.extra = raw;
        return c;
    }

    private EnvVar envVar(ObjectNode raw, SourceRef at) {
        EnvVar e = new EnvVar();
        e.name = lift.text(raw, "name", at);
        e.value = lift.scalar(raw, "value", at);
        JsonNode valueFrom = raw.get("valueFrom");
        if (valueFrom != null && valueFrom.isObject()) {
            ObjectNode vf = (ObjectNode) valueFrom;
            e.secretRef = keyRef(vf, "secretKeyRef", at.child("valueFrom"));
            e.configMapRef = keyRef(vf, "configMapKeyRef", at.child("valueFrom"));
            Lifter.dropIfEmpty(raw, "valueFrom");
        }
        e.extra = raw;
        return e;
    }

    private KeyRef keyRef(ObjectNode valueFrom, String key, SourceRef at) {
        JsonNode ref = valueFrom.get(key);
        if (ref == null || !ref.isObject()) {
            return null;
        }
        ObjectNode r = (ObjectNode) ref;
        String name = lift.text(r, "name", at.child(key));
        String k = lift.text(r, "key", at.child(key));
        Lifter.dropIfEmpty(valueFrom, key);
        return name == null && k == null ? null : new KeyRef(name, k);
    }

    private Resources resources(ObjectNode raw, SourceRef at) {
        Resources r = new Resources();
        JsonNode requests = raw.get("requests");
        if (requests != null && requests.isObject()) {
            ObjectNode req = (ObjectNode) requests;
            r.cpu = lift.scalar(req, "cpu", at.child("requests"));
            r.memory = lift.scalar(req, "memory", at.child("requests"));
            Lifter.dropIfEmpty(raw, "requests");
        }
        JsonNode limits = raw.get("limits");
        if (limits != null && limits.isObject()) {
            ObjectNode lim = (ObjectNode) limits;
            r.cpuLimit = lift.scalar(lim, "cpu", at.child("limits"));
            r.memoryLimit = lift.scalar(lim, "memory", at.child("limits"));
            String gpuName = firstAccelerator(lim);
            if (gpuName != null) {
                r.gpu = lift.scalar(lim, gpuName, at.child("limits"));
                if (r.gpu != null) {
                    r.gpuResource = gpuName;
                }
            }
            Lifter.dropIfEmpty(raw, "limits");
        }
        r.extra = raw;
        return r;
    }

    private static String firstAccelerator(ObjectNode limits) {
        Iterator<String> names = limits.fieldNames();
        while (names.hasNext()) {
            String n = names.next();
            if (Resources.isAcceleratorName(n)) {
                return n;
            }
        }
        return null;
    }

    /** Script interpreters recognised as a language (for highlighting and the local runner). */
    static final class Interpreters {
        private static final List<String> KNOWN = List.of("python", "python3", "bash", "sh", "node", "ruby",
                "perl", "Rscript", "pwsh", "powershell");

        private Interpreters() {
        }

        static boolean isKnown(String command) {
            return KNOWN.contains(command);
        }
    }
}
