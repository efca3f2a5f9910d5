package dev.orrery.core.argo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.core.model.Artifact;
import dev.orrery.core.model.Json;
import dev.orrery.core.model.Parameter;
import java.util.List;

/** Writes parameters and artifacts as Argo lists. */
final class ParameterWriter {
    private ParameterWriter() {
    }

    /** An inputs/outputs/arguments mapping, or null when both lists are empty. */
    static ObjectNode holder(List<Parameter> parameters, List<Artifact> artifacts) {
        return Json.parametersAndArtifacts(parameters, artifacts, ParameterWriter::parameter, ParameterWriter::artifact);
    }

    static ObjectNode parameter(Parameter p) {
        ObjectNode o = Json.object();
        Json.putIf(o, "name", p.name);
        if (p.value != null) {
            o.set("value", p.value);
        }
        if (p.defaultValue != null) {
            o.set("default", p.defaultValue);
        }
        Json.putIf(o, "description", p.description);
        if (p.enumValues != null) {
            o.set("enum", p.enumValues);
        }
        if (p.path != null) {
            o.putObject("valueFrom").put("path", p.path);
        }
        Json.mergeInto(o, p.extra);
        return o;
    }

    static ObjectNode artifact(Artifact a) {
        ObjectNode o = Json.object();
        Json.putIf(o, "name", a.name);
        Json.putIf(o, "path", a.path);
        Json.putIf(o, "from", a.from);
        Json.putIf(o, "optional", a.optional);
        Json.mergeInto(o, a.extra);
        return o;
    }
}
