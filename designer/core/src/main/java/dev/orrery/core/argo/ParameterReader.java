package dev.orrery.core.argo;

import dev.orrery.core.tree.Lifter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.core.model.Artifact;
import dev.orrery.core.model.Parameter;
import dev.orrery.core.model.SourceRef;
import java.util.List;

/** Reads Argo parameter and artifact lists (inputs, outputs, arguments) into the model. */
final class ParameterReader {
    private final Lifter lift;

    ParameterReader(Lifter lift) {
        this.lift = lift;
    }

    /** Lifts {@code parameters} and {@code artifacts} of an inputs/outputs/arguments mapping. */
    void read(ObjectNode holder, SourceRef at, List<Parameter> parameters, List<Artifact> artifacts) {
        ArrayNode ps = lift.objectList(holder, "parameters", at);
        if (ps != null) {
            for (int i = 0; i < ps.size(); i++) {
                parameters.add(parameter((ObjectNode) ps.get(i), at.child("parameters").child(i)));
            }
        }
        ArrayNode as = lift.objectList(holder, "artifacts", at);
        if (as != null) {
            for (int i = 0; i < as.size(); i++) {
                artifacts.add(artifact((ObjectNode) as.get(i), at.child("artifacts").child(i)));
            }
        }
    }

    Parameter parameter(ObjectNode raw, SourceRef at) {
        Parameter p = new Parameter();
        p.name = lift.text(raw, "name", at);
        p.value = lift.scalar(raw, "value", at);
        p.defaultValue = lift.scalar(raw, "default", at);
        p.description = lift.text(raw, "description", at);
        p.enumValues = lift.array(raw, "enum", at);
        JsonNode valueFrom = raw.get("valueFrom");
        if (valueFrom != null && valueFrom.isObject()) {
            p.path = lift.text((ObjectNode) valueFrom, "path", at.child("valueFrom"));
            Lifter.dropIfEmpty(raw, "valueFrom");
        }
        p.extra = raw;
        return p;
    }

    Artifact artifact(ObjectNode raw, SourceRef at) {
        Artifact a = new Artifact();
        a.name = lift.text(raw, "name", at);
        a.path = lift.text(raw, "path", at);
        a.from = lift.text(raw, "from", at);
        a.optional = lift.bool(raw, "optional", at);
        a.extra = raw;
        return a;
    }
}
