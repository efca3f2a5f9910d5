package dev.orrery.app.compare;

import dev.orrery.core.diff.Change;
import dev.orrery.core.diff.ChangeKind;
import java.util.ArrayList;
import java.util.List;

/**
 * A pipeline's changes as lines for the comparison's list, grouped as {@code orrery diff} groups them
 * (settings, parameters, then per graph its steps, dependencies and data bindings, then templates), each
 * change marked {@code +} added, {@code -} removed, {@code ~} changed, {@code >} renamed.
 */
final class ChangeLines {
    /** What a line is: a version's heading, a section title or one change. */
    enum Kind { VERSION, SECTION, CHANGE }

    /** One line of the list; {@code mark} is a space but for changes. */
    record Line(Kind kind, char mark, String text) {
    }

    private ChangeLines() {
    }

    static List<Line> of(List<Change> changes) {
        List<Line> out = new ArrayList<>();
        section(out, "Settings", changes, null, ChangeKind.SETTING_CHANGED);
        section(out, "Parameters", changes, null, ChangeKind.PARAMETER_ADDED, ChangeKind.PARAMETER_REMOVED,
                ChangeKind.PARAMETER_CHANGED);
        List<String> graphs = new ArrayList<>();
        changes.stream().map(Change::graph).filter(g -> g != null && !graphs.contains(g)).forEach(graphs::add);
        for (String g : graphs) {
            section(out, "Steps in " + g, changes, g, ChangeKind.STEP_RENAMED, ChangeKind.STEP_ADDED,
                    ChangeKind.STEP_REMOVED, ChangeKind.STEP_CHANGED);
            section(out, "Dependencies in " + g, changes, g, ChangeKind.DEPENDENCY_ADDED,
                    ChangeKind.DEPENDENCY_REMOVED);
            section(out, "Data bindings in " + g, changes, g, ChangeKind.BINDING_ADDED, ChangeKind.BINDING_REMOVED);
        }
        section(out, "Templates", changes, null, ChangeKind.TEMPLATE_ADDED, ChangeKind.TEMPLATE_REMOVED,
                ChangeKind.TEMPLATE_CHANGED);
        return out;
    }

    private static void section(List<Line> out, String title, List<Change> changes, String graph,
            ChangeKind... kinds) {
        List<ChangeKind> wanted = List.of(kinds);
        List<Line> lines = changes.stream()
                .filter(c -> wanted.contains(c.kind()) && (graph == null || graph.equals(c.graph())))
                .map(c -> new Line(Kind.CHANGE, mark(c.kind()), c.summary())).toList();
        if (!lines.isEmpty()) {
            out.add(new Line(Kind.SECTION, ' ', title));
            out.addAll(lines);
        }
    }

    private static char mark(ChangeKind kind) {
        return switch (kind) {
            case PARAMETER_ADDED, STEP_ADDED, TEMPLATE_ADDED, DEPENDENCY_ADDED, BINDING_ADDED -> '+';
            case PARAMETER_REMOVED, STEP_REMOVED, TEMPLATE_REMOVED, DEPENDENCY_REMOVED, BINDING_REMOVED -> '-';
            case STEP_RENAMED -> '>';
            case SETTING_CHANGED, PARAMETER_CHANGED, STEP_CHANGED, TEMPLATE_CHANGED -> '~';
        };
    }
}
