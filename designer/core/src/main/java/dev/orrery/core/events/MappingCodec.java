package dev.orrery.core.events;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.core.model.Json;
import dev.orrery.core.model.ParameterMapping;
import java.util.ArrayList;
import java.util.List;

/**
 * Trigger parameters ↔ {@link ParameterMapping}. Argo Events and the native format share this shape
 * ({@code src: {dependencyName, dataKey | dataTemplate, value}, dest, operation}), so one codec serves both.
 */
public final class MappingCodec {
    private MappingCodec() {
    }

    public static ParameterMapping read(ObjectNode raw) {
        ObjectNode p = raw.deepCopy();
        ParameterMapping m = new ParameterMapping();
        // an empty src stays where it is (passed through), so a src-less parameter gets none on export
        ObjectNode src = p.path("src").isEmpty() ? null : Take.object(p, "src");
        if (src != null) {
            m.dependencyName = Take.text(src, "dependencyName");
            m.dataKey = Take.text(src, "dataKey");
            m.dataTemplate = Take.text(src, "dataTemplate");
            m.contextKey = Take.text(src, "contextKey");
            m.contextTemplate = Take.text(src, "contextTemplate");
            m.value = Take.text(src, "value");
            m.useRawData = Take.bool(src, "useRawData");
            m.extraSrc = src;
        }
        m.dest = Take.text(p, "dest");
        m.operation = Take.text(p, "operation");
        m.extra = p;
        return m;
    }

    /** Reads a list of mappings; null when the list is absent or not a list of mappings. */
    static List<ParameterMapping> readAll(List<ObjectNode> raw) {
        List<ParameterMapping> out = new ArrayList<>();
        if (raw != null) {
            raw.forEach(r -> out.add(read(r)));
        }
        return out;
    }

    public static ObjectNode write(ParameterMapping m) {
        ObjectNode p = Json.object();
        ObjectNode src = Json.object();
        Json.putIf(src, "dependencyName", m.dependencyName);
        Json.putIf(src, "dataKey", m.dataKey);
        Json.putIf(src, "dataTemplate", m.dataTemplate);
        Json.putIf(src, "contextKey", m.contextKey);
        Json.putIf(src, "contextTemplate", m.contextTemplate);
        Json.putIf(src, "value", m.value);
        Json.putIf(src, "useRawData", m.useRawData);
        Json.mergeInto(src, m.extraSrc);
        if (!src.isEmpty()) {
            p.set("src", src);
        }
        Json.putIf(p, "dest", m.dest);
        Json.putIf(p, "operation", m.operation);
        Json.mergeInto(p, m.extra);
        return p;
    }

    static ArrayNode writeAll(List<ParameterMapping> mappings) {
        ArrayNode a = Json.array();
        mappings.forEach(m -> a.add(write(m)));
        return a;
    }
}
