package dev.orrery.app.compare;

import dev.orrery.core.diff.Change;
import dev.orrery.app.cli.DiffSections;
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

    /** The changes in the sections {@code orrery diff} prints ({@link DiffSections}: one grouping for both). */
    static List<Line> of(List<Change> changes) {
        List<Line> out = new ArrayList<>();
        DiffSections.of(changes).forEach((title, lines) -> {
            out.add(new Line(Kind.SECTION, ' ', title));
            lines.forEach(l -> out.add(new Line(Kind.CHANGE, l.mark(), l.text())));
        });
        return out;
    }
}
