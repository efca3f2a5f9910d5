package dev.orrery.app.cli;

import dev.orrery.core.diag.Diagnostic;
import dev.orrery.core.diag.Severity;
import java.io.PrintWriter;
import java.util.List;

/** Prints diagnostics as {@code file:line: severity: message} lines, sorted, to the error stream. */
final class Reporter {
    private final PrintWriter err;
    private final boolean quiet;

    Reporter(PrintWriter err, boolean quiet) {
        this.err = err;
        this.quiet = quiet;
    }

    /** Prints errors and warnings (and infos unless quiet); returns whether any error was printed. */
    boolean report(List<Diagnostic> diagnostics) {
        List<Diagnostic> sorted = diagnostics.stream().sorted(Diagnostic.ORDER).toList();
        for (Diagnostic d : sorted) {
            if (quiet && d.severity() == Severity.INFO) {
                continue;
            }
            err.println(d.format());
        }
        err.flush();
        return Diagnostic.anyError(diagnostics);
    }

    void error(String message) {
        err.println(message);
        err.flush();
    }
}
