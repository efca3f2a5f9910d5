package dev.orrery.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;

/**
 * A sweep's JSON (and YAML) form, the same in the native format's {@code loop.sweep} and in the
 * annotation Orrery puts on an exported Argo graph template:
 * <pre>{mode: product, parameters: [{name: lr, values: [0.1, 0.01]}, {name: batch, range: {start: 16, stop: 64, step: 16}}]}</pre>
 */
public final class SweepJson {
    private SweepJson() {
    }

    public static ObjectNode write(Sweep s) {
        ObjectNode o = Json.object();
        o.put("mode", s.mode.id());
        ArrayNode params = o.putArray("parameters");
        for (Sweep.Axis a : s.axes) {
            ObjectNode p = params.addObject();
            p.put("name", a.name);
            if (a.isRange()) {
                ObjectNode r = p.putObject("range");
                r.set("start", a.start == null ? null : Sweep.number(a.start));
                r.set("stop", a.stop == null ? null : Sweep.number(a.stop));
                r.set("step", a.step == null ? null : Sweep.number(a.step));
            } else {
                p.set("values", a.values);
            }
        }
        return o;
    }

    /** The sweep, or null with a problem added (one sentence each) when the form is not a sweep's. */
    public static Sweep read(JsonNode o, List<String> problems) {
        if (o == null || !o.isObject()) {
            problems.add("a sweep is a mapping with mode and parameters");
            return null;
        }
        Sweep s = new Sweep();
        String mode = o.path("mode").asText("product");
        s.mode = Sweep.Mode.fromId(mode);
        if (s.mode == null) {
            problems.add("sweep mode '" + mode + "' is not product or zip");
            return null;
        }
        JsonNode params = o.path("parameters");
        if (!params.isArray() || params.isEmpty()) {
            problems.add("a sweep needs a list of parameters");
            return null;
        }
        for (JsonNode p : params) {
            String name = p.path("name").asText(null);
            if (name == null || name.isBlank()) {
                problems.add("a swept parameter has no name");
                return null;
            }
            if (p.path("values").isArray()) {
                s.axes.add(Sweep.Axis.list(name, (ArrayNode) p.get("values")));
            } else if (p.path("range").isObject()) {
                JsonNode r = p.get("range");
                BigDecimal start = decimal(r.get("start"));
                BigDecimal stop = decimal(r.get("stop"));
                BigDecimal step = decimal(r.get("step"));
                if (start == null || stop == null || step == null) {
                    problems.add("the range of swept parameter " + name + " needs numbers start, stop and step");
                    return null;
                }
                s.axes.add(Sweep.Axis.range(name, start, stop, step));
            } else {
                problems.add("swept parameter " + name + " needs values (a list) or a range");
                return null;
            }
        }
        return s;
    }

    static BigDecimal decimal(JsonNode n) {
        if (n == null) {
            return null;
        }
        if (n.isNumber()) {
            return n.decimalValue();
        }
        if (n.isTextual()) {
            try {
                return new BigDecimal(n.asText().trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
