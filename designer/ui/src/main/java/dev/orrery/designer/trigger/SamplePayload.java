package dev.orrery.designer.trigger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.core.model.EventKind;
import dev.orrery.core.model.EventTrigger;
import dev.orrery.core.model.Json;
import dev.orrery.core.model.Parameter;
import dev.orrery.core.model.ParameterMapping;
import dev.orrery.core.model.Pipeline;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sample payload for a trigger's test event, built from its mappings: every plain {@code dataKey} (and the
 * {@code .Input.…} path of a {@code dataTemplate}) becomes a field, holding the mapped parameter's current
 * value. A webhook's keys start with {@code body.}: that part is the request body, so it is left out.
 */
public final class SamplePayload {
    private static final Pattern TEMPLATE_PATH = Pattern.compile("\\{\\{-?\\s*\\.Input\\.([A-Za-z0-9_.]+)");
    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*");

    private SamplePayload() {
    }

    public static ObjectNode of(Pipeline p, EventTrigger t) {
        ObjectNode root = Json.object();
        for (ParameterMapping m : t.mappings) {
            Optional<String> path = path(m);
            if (path.isEmpty()) {
                continue;
            }
            String key = path.get();
            if (EventKind.WEBHOOK.type().equals(t.type)) {
                if (!key.startsWith("body.")) {
                    continue;
                }
                key = key.substring("body.".length());
            }
            put(root, List.of(key.split("\\.")), sampleValue(p, m));
        }
        return root;
    }

    /** The payload as indented JSON text. */
    public static String text(Pipeline p, EventTrigger t) {
        try {
            return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(of(p, t));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return "{}";
        }
    }

    private static Optional<String> path(ParameterMapping m) {
        if (m.dataKey != null && PLAIN_KEY.matcher(m.dataKey).matches()) {
            return Optional.of(m.dataKey);
        }
        if (m.dataTemplate != null) {
            Matcher x = TEMPLATE_PATH.matcher(m.dataTemplate);
            if (x.find()) {
                return Optional.of(x.group(1));
            }
        }
        return Optional.empty();
    }

    private static String sampleValue(Pipeline p, ParameterMapping m) {
        Optional<Integer> index = m.parameterIndex();
        if (index.isPresent() && index.get() < p.parameters.size()) {
            Parameter parameter = p.parameters.get(index.get());
            String v = parameter.valueText();
            return v == null || v.isBlank() ? "sample-" + parameter.name : v;
        }
        return "sample";
    }

    private static void put(ObjectNode root, List<String> keys, String value) {
        ObjectNode at = root;
        for (int i = 0; i < keys.size() - 1; i++) {
            JsonNode next = at.get(keys.get(i));
            at = next instanceof ObjectNode o ? o : at.putObject(keys.get(i));
        }
        if (!at.has(keys.get(keys.size() - 1))) {
            at.put(keys.get(keys.size() - 1), value);
        }
    }
}
