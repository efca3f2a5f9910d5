package dev.orrery.core.argo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.core.model.Artifact;
import dev.orrery.core.model.Parameter;
import dev.orrery.core.model.SourceRef;
import dev.orrery.core.tree.IoFields;
import dev.orrery.core.tree.Lifter;
import java.util.List;

/** Reads Argo parameter and artifact lists (inputs, outputs, arguments) into the model. */
final class ParameterReader {
    private final Lifter lift;

    ParameterReader(Lifter lift) {
        this.lift = lift;
    }

    /** Lifts {@code parameters} and {@code artifacts} of an inputs/outputs/arguments mapping. */
    void read(ObjectNode holder, SourceRef at, List<Parameter> parameters, List<Artifact> artifacts) {
        IoFields.readLists(lift, holder, at, parameters, artifacts, this::parameter, this::artifact);
    }

    Parameter parameter(ObjectNode raw, SourceRef at) {
        Parameter p = IoFields.parameter(lift, raw, at);
        JsonNode valueFrom = raw.get("valueFrom");
        if (valueFrom != null && valueFrom.isObject()) {
            p.path = lift.text((ObjectNode) valueFrom, "path", at.child("valueFrom"));
            Lifter.dropIfEmpty(raw, "valueFrom");
        }
        p.extra = raw;
        return p;
    }

    Artifact artifact(ObjectNode raw, SourceRef at) {
        Artifact a = IoFields.artifact(lift, raw, at);
        a.extra = raw;
        return a;
    }
}
