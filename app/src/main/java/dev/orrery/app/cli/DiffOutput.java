package dev.orrery.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.core.diff.Change;
import dev.orrery.core.model.Json;
import java.util.List;
import java.util.Map;

/**
 * What {@code orrery diff} prints: a grouped readable list, Markdown for a pull-request comment, or JSON
 * (described in docs/diff.md, schema docs/diff.schema.json; field names are stable).
 */
final class DiffOutput {
    /** Bumped only when a field changes meaning or goes away; new fields may appear without a bump. */
    static final int FORMAT_VERSION = 1;

    private DiffOutput() {
    }

    static String text(String before, String after, List<PipelinePairs.Pair> pairs) {
        StringBuilder out = new StringBuilder();
        if (pairs.isEmpty()) {
            return before + " → " + after + ": no pipelines on either side\n";
        }
        for (PipelinePairs.Pair pair : pairs) {
            out.append(heading(before, after, pair)).append('\n');
            if (pair.diff() == null) {
                continue;
            }
            for (Map.Entry<String, List<DiffSections.Line>> section : DiffSections.of(pair.diff().changes()).entrySet()) {
                out.append("  ").append(section.getKey()).append('\n');
                for (DiffSections.Line line : section.getValue()) {
                    out.append("    ").append(line.mark()).append(' ').append(line.text()).append('\n');
                }
            }
        }
        return out.toString();
    }

    private static String heading(String before, String after, PipelinePairs.Pair pair) {
        String what = switch (pair.status()) {
            case "added" -> "added";
            case "removed" -> "removed";
            case "equal" -> "no changes";
            default -> count(pair.diff().changes().size());
        };
        return "pipeline " + pair.name() + ": " + what + " (" + before + " → " + after + ")";
    }

    private static String count(int n) {
        return n + (n == 1 ? " change" : " changes");
    }

    static String markdown(String before, String after, List<PipelinePairs.Pair> pairs) {
        StringBuilder out = new StringBuilder();
        out.append("#### Pipeline changes: ").append(DiffSections.code(before)).append(" → ")
                .append(DiffSections.code(after)).append("\n\n");
        if (pairs.isEmpty()) {
            out.append("No pipelines on either side.\n");
        }
        for (PipelinePairs.Pair pair : pairs) {
            out.append("**").append(DiffSections.code(pair.name())).append("**: ");
            switch (pair.status()) {
                case "added" -> out.append("added\n\n");
                case "removed" -> out.append("removed\n\n");
                case "equal" -> out.append("no changes\n\n");
                default -> {
                    out.append(count(pair.diff().changes().size())).append("\n\n");
                    Map<String, List<DiffSections.Line>> sections = DiffSections.of(pair.diff().changes());
                    for (String title : sections.keySet()) {
                        out.append("*").append(title).append("*\n\n");
                        for (Change c : pair.diff().changes()) {
                            if (DiffSections.of(List.of(c)).containsKey(title)) {
                                out.append("- ").append(DiffSections.markdown(c)).append('\n');
                            }
                        }
                        out.append('\n');
                    }
                }
            }
        }
        return out.toString();
    }

    static String json(String before, String after, List<PipelinePairs.Pair> pairs) {
        ObjectNode root = Json.object();
        root.put("formatVersion", FORMAT_VERSION);
        root.put("before", before);
        root.put("after", after);
        root.put("equal", pairs.stream().noneMatch(PipelinePairs.Pair::differs));
        ArrayNode list = root.putArray("pipelines");
        for (PipelinePairs.Pair pair : pairs) {
            ObjectNode p = list.addObject();
            p.put("name", pair.name());
            p.put("status", pair.status());
            ArrayNode changes = p.putArray("changes");
            if (pair.diff() != null) {
                pair.diff().changes().forEach(c -> changes.add(json(c)));
            }
        }
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    static ObjectNode json(Change c) {
        ObjectNode o = Json.object();
        o.put("kind", c.kind().id());
        Json.putIf(o, "graph", c.graph());
        Json.putIf(o, "name", c.name());
        Json.putIf(o, "oldName", c.oldName());
        Json.putIf(o, "path", c.path());
        if (c.before() != null) {
            o.set("before", c.before());
        }
        if (c.after() != null) {
            o.set("after", c.after());
        }
        Json.putIf(o, "from", c.from());
        Json.putIf(o, "to", c.to());
        if (!c.steps().isEmpty()) {
            ArrayNode steps = o.putArray("steps");
            c.steps().forEach(steps::add);
        }
        return o;
    }
}
