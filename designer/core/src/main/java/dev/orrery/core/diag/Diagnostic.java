package dev.orrery.core.diag;

import java.util.Comparator;
import java.util.List;

/**
 * A problem found in a pipeline, reported to the user instead of an exception. Its {@link Location}
 * names the step and field; findings about a step's input name the input's port the same way for
 * every rule ({@code inputs.artifacts.NAME}, {@code inputs.parameters.NAME}: see {@link Location}).
 */
public record Diagnostic(Severity severity, Location location, String message) {

    /** Sorted by source line, then severity, then message, so output is stable. */
    public static final Comparator<Diagnostic> ORDER = Comparator
            .comparingInt((Diagnostic d) -> d.location().line())
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::message);

    public static Diagnostic error(Location location, String message) {
        return new Diagnostic(Severity.ERROR, location, message);
    }

    public static Diagnostic warning(Location location, String message) {
        return new Diagnostic(Severity.WARNING, location, message);
    }

    public static Diagnostic info(Location location, String message) {
        return new Diagnostic(Severity.INFO, location, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public static boolean anyError(List<Diagnostic> diagnostics) {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    public Diagnostic at(Location newLocation) {
        return new Diagnostic(severity, newLocation, message);
    }

    /** {@code file:line: severity: [step x, field]: message}, the CLI form. */
    public String format() {
        String where = location.modelPath();
        return location.prefix() + ": " + severity.label() + ": "
                + (where.isEmpty() ? "" : where + ": ") + message;
    }
}
