package dev.orrery.core.tree;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.core.model.Artifact;
import dev.orrery.core.model.Parameter;
import dev.orrery.core.model.SourceRef;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Inputs, outputs and arguments as both formats spell them: a mapping with a {@code parameters} and an
 * {@code artifacts} list, and the fields of a parameter and an artifact that Argo and the native format
 * share. Each reader lifts these here and then the fields only it has ({@code valueFrom} in Argo,
 * {@code argo:} passthrough in the native format).
 */
public final class IoFields {
    private IoFields() {
    }

    /** Lifts each entry of {@code holder}'s {@code parameters} and {@code artifacts} with the reader's own readers. */
    public static void readLists(Lifter lift, ObjectNode holder, SourceRef at, List<Parameter> parameters,
            List<Artifact> artifacts, BiFunction<ObjectNode, SourceRef, Parameter> parameter,
            BiFunction<ObjectNode, SourceRef, Artifact> artifact) {
        eachObject(lift, holder, "parameters", at, parameter, parameters);
        eachObject(lift, holder, "artifacts", at, artifact, artifacts);
    }

    /** A parameter's name, value, default, description and enum. */
    public static Parameter parameter(Lifter lift, ObjectNode raw, SourceRef at) {
        Parameter p = new Parameter();
        p.name = lift.text(raw, "name", at);
        p.value = lift.scalar(raw, "value", at);
        p.defaultValue = lift.scalar(raw, "default", at);
        p.description = lift.text(raw, "description", at);
        p.enumValues = lift.array(raw, "enum", at);
        return p;
    }

    /** An artifact's name, path, source and whether it is optional. */
    public static Artifact artifact(Lifter lift, ObjectNode raw, SourceRef at) {
        Artifact a = new Artifact();
        a.name = lift.text(raw, "name", at);
        a.path = lift.text(raw, "path", at);
        a.from = lift.text(raw, "from", at);
        a.optional = lift.bool(raw, "optional", at);
        return a;
    }

    private static <T> void eachObject(Lifter lift, ObjectNode holder, String key, SourceRef at,
            BiFunction<ObjectNode, SourceRef, T> read, List<T> into) {
        ArrayNode list = lift.objectList(holder, key, at);
        if (list != null) {
            for (int i = 0; i < list.size(); i++) {
                into.add(read.apply((ObjectNode) list.get(i), at.child(key).child(i)));
            }
        }
    }
}
