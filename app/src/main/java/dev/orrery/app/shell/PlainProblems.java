package dev.orrery.app.shell;

import dev.orrery.core.diag.Diagnostic;
import dev.orrery.core.text.Counts;
import dev.orrery.designer.yaml.PlainYamlErrors;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Diagnostics for a dialog: one line each, saying where in the pipeline (step and field, else the
 * line) and what is wrong. Not the CLI's {@code file:line: error:} form, whose {@code <input>:}
 * prefix means nothing to someone looking at the designer.
 */
final class PlainProblems {
    /** A dialog shows this many; the rest are counted. */
    static final int SHOWN = 20;

    private PlainProblems() {
    }

    static String format(List<Diagnostic> problems) {
        String shown = problems.stream().limit(SHOWN).map(d -> "• " + line(d)).collect(Collectors.joining("\n"));
        int more = problems.size() - SHOWN;
        return more > 0 ? shown + "\n… and " + Counts.of(more, "more problem", "more problems") : shown;
    }

    /** One problem: "Step train, image: …", "Line 5, column 2: …" or the message alone. */
    static String line(Diagnostic d) {
        if (d.message().startsWith("YAML: ")) {
            return PlainYamlErrors.describe(d);
        }
        String where = d.location().modelPath();
        if (where.isEmpty() && d.location().line() > 0) {
            where = "line " + d.location().line();
        }
        return where.isEmpty() ? capitalised(d.message()) : capitalised(where) + ": " + d.message();
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
