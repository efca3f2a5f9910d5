package dev.orrery.designer.props;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.orrery.core.model.Json;
import dev.orrery.core.model.Sweep;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sweep sheet's text for its parameters, one a line: {@code lr: 0.1, 0.01, 0.001} (a list;
 * numbers stay numbers, other values are text) or {@code batch: 16 to 64 step 16} (a range).
 */
final class SweepText {
    private static final String NUM = "[-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?";
    private static final Pattern LINE = Pattern.compile("\\s*([A-Za-z0-9_][-A-Za-z0-9_.]*)\\s*[:=]\\s*(.*?)\\s*");
    private static final Pattern RANGE = Pattern.compile("(" + NUM + ")\\s+to\\s+(" + NUM + ")\\s+step\\s+(" + NUM + ")");
    private static final Pattern NUMBER = Pattern.compile(NUM);

    /** The axes, or a problem. */
    record Parsed(List<Sweep.Axis> axes, String problem) {
    }

    private SweepText() {
    }

    static String render(Sweep s) {
        StringJoiner lines = new StringJoiner("\n");
        for (Sweep.Axis a : s.axes) {
            if (a.isRange()) {
                lines.add(a.name + ": " + plain(a.start) + " to " + plain(a.stop) + " step " + plain(a.step));
            } else {
                StringJoiner values = new StringJoiner(", ");
                a.values.forEach(v -> values.add(v.isTextual() ? v.asText() : v.toString()));
                lines.add(a.name + ": " + values);
            }
        }
        return lines.toString();
    }

    static Parsed parse(String text) {
        List<Sweep.Axis> axes = new ArrayList<>();
        List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
        if (lines.isEmpty()) {
            return new Parsed(null, "one parameter a line, such as lr: 0.1, 0.01 or batch: 16 to 64 step 16");
        }
        for (String line : lines) {
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                return new Parsed(null, "'" + line.strip() + "': write name: values, such as lr: 0.1, 0.01");
            }
            String name = m.group(1);
            String rest = m.group(2);
            Matcher r = RANGE.matcher(rest);
            if (r.matches()) {
                axes.add(Sweep.Axis.range(name, new BigDecimal(r.group(1)), new BigDecimal(r.group(2)),
                        new BigDecimal(r.group(3))));
                continue;
            }
            ArrayNode values = Json.array();
            for (String v : rest.split(",")) {
                String t = v.strip();
                if (t.isEmpty()) {
                    return new Parsed(null, name + ": a value is empty; separate values with commas");
                }
                values.add(value(t));
            }
            axes.add(Sweep.Axis.list(name, values));
        }
        return new Parsed(axes, null);
    }

    private static JsonNode value(String t) {
        if (NUMBER.matcher(t).matches()) {
            BigDecimal d = new BigDecimal(t);
            return d.stripTrailingZeros().scale() <= 0 && d.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0
                    ? Json.F.numberNode(d.intValue()) : Json.F.numberNode(d.doubleValue());
        }
        if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
            t = t.substring(1, t.length() - 1);
        }
        return Json.F.textNode(t);
    }

    private static String plain(BigDecimal d) {
        return d == null ? "" : d.stripTrailingZeros().toPlainString();
    }
}
