package dev.orrery.app.cli;

import dev.orrery.core.diff.Change;
import dev.orrery.core.diff.ChangeKind;
import dev.orrery.core.diff.ValueText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The changes of one pipeline grouped for people: settings, parameters, then for each graph its steps,
 * dependencies and data bindings, then templates. Each line starts with a mark: {@code +} added,
 * {@code -} removed, {@code ~} changed, {@code >} renamed. The text and Markdown outputs share it.
 */
public final class DiffSections {
    public record Line(char mark, String text) {
    }

    private DiffSections() {
    }

    /** Section title → lines, in output order. */
    public static Map<String, List<Line>> of(List<Change> changes) {
        Map<String, List<Line>> out = new LinkedHashMap<>();
        add(out, "Settings", changes, null, ChangeKind.SETTING_CHANGED);
        add(out, "Parameters", changes, null, ChangeKind.PARAMETER_ADDED, ChangeKind.PARAMETER_REMOVED,
                ChangeKind.PARAMETER_CHANGED);
        // graphs by name; a native pipeline without an entrypoint has its steps in an unnamed one
        List<String> graphs = new ArrayList<>();
        changes.stream().filter(c -> isStepLevel(c.kind())).map(Change::graph).filter(g -> !graphs.contains(g))
                .forEach(graphs::add);
        for (String g : graphs) {
            String in = g == null ? "" : " in " + g;
            String key = g == null ? UNNAMED : g;
            add(out, "Steps" + in, changes, key, ChangeKind.STEP_RENAMED, ChangeKind.STEP_ADDED,
                    ChangeKind.STEP_REMOVED, ChangeKind.STEP_CHANGED);
            add(out, "Dependencies" + in, changes, key, ChangeKind.DEPENDENCY_ADDED, ChangeKind.DEPENDENCY_REMOVED);
            add(out, "Data bindings" + in, changes, key, ChangeKind.BINDING_ADDED, ChangeKind.BINDING_REMOVED);
        }
        add(out, "Templates", changes, null, ChangeKind.TEMPLATE_ADDED, ChangeKind.TEMPLATE_REMOVED,
                ChangeKind.TEMPLATE_CHANGED);
        return out;
    }

    /** Stands for the unnamed graph in {@link #add} (where null means any graph). */
    private static final String UNNAMED = "\u0000unnamed";

    private static boolean isStepLevel(ChangeKind k) {
        return switch (k) {
            case STEP_RENAMED, STEP_ADDED, STEP_REMOVED, STEP_CHANGED, DEPENDENCY_ADDED, DEPENDENCY_REMOVED,
                    BINDING_ADDED, BINDING_REMOVED -> true;
            default -> false;
        };
    }

    private static void add(Map<String, List<Line>> out, String title, List<Change> changes, String graph,
            ChangeKind... kinds) {
        List<ChangeKind> wanted = List.of(kinds);
        List<Line> lines = new ArrayList<>();
        for (Change c : changes) {
            boolean inGraph = graph == null || (UNNAMED.equals(graph) ? c.graph() == null : graph.equals(c.graph()));
            if (wanted.contains(c.kind()) && inGraph) {
                lines.add(line(c));
            }
        }
        if (!lines.isEmpty()) {
            out.put(title, lines);
        }
    }

    static Line line(Change c) {
        return switch (c.kind()) {
            case SETTING_CHANGED, PARAMETER_CHANGED, STEP_CHANGED -> new Line('~', c.summary());
            case TEMPLATE_CHANGED -> new Line('~', c.summary() + runBy(c));
            case PARAMETER_ADDED, STEP_ADDED -> new Line('+', c.summary());
            case TEMPLATE_ADDED -> new Line('+', c.summary() + runBy(c));
            case PARAMETER_REMOVED, STEP_REMOVED -> new Line('-', c.summary());
            case TEMPLATE_REMOVED -> new Line('-', c.summary() + runBy(c));
            case STEP_RENAMED -> new Line('>', c.summary());
            case DEPENDENCY_ADDED, BINDING_ADDED -> new Line('+', c.from() + " → " + c.to());
            case DEPENDENCY_REMOVED, BINDING_REMOVED -> new Line('-', c.from() + " → " + c.to());
        };
    }

    private static String runBy(Change c) {
        return c.steps().isEmpty() ? "" : " (run by " + String.join(", ", c.steps()) + ")";
    }

    /** A value for Markdown: in a code span that its own backticks cannot close. */
    static String code(String text) {
        String fence = text.contains("`") ? "``" : "`";
        String pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
        return fence + pad + text + pad + fence;
    }

    /** A changed field for Markdown: {@code `path`: `old` → `new`}. */
    static String markdown(Change c) {
        return switch (c.kind()) {
            case SETTING_CHANGED, PARAMETER_CHANGED, STEP_CHANGED, TEMPLATE_CHANGED -> code(c.path()) + ": "
                    + code(ValueText.of(c.before())) + " → " + code(ValueText.of(c.after()))
                    + (c.kind() == ChangeKind.TEMPLATE_CHANGED && !c.steps().isEmpty()
                            ? " (run by " + String.join(", ", c.steps().stream().map(DiffSections::code).toList()) + ")" : "");
            case STEP_RENAMED -> "step " + code(c.oldName()) + " renamed to " + code(c.name());
            case STEP_ADDED -> "step " + code(c.name()) + " added";
            case STEP_REMOVED -> "step " + code(c.name()) + " removed";
            case PARAMETER_ADDED -> "parameter " + code(c.name()) + " added";
            case PARAMETER_REMOVED -> "parameter " + code(c.name()) + " removed";
            case TEMPLATE_ADDED -> "template " + code(c.name()) + " added";
            case TEMPLATE_REMOVED -> "template " + code(c.name()) + " removed";
            case DEPENDENCY_ADDED, BINDING_ADDED -> "added: " + code(c.from()) + " → " + code(c.to());
            case DEPENDENCY_REMOVED, BINDING_REMOVED -> "removed: " + code(c.from()) + " → " + code(c.to());
        };
    }
}
