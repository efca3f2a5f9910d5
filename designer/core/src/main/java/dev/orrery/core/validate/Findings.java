package dev.orrery.core.validate;

import dev.orrery.core.diag.Diagnostic;
import dev.orrery.core.diag.Location;
import dev.orrery.core.diag.Severity;
import dev.orrery.core.model.SourceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Collects the diagnostics of one validation run and turns source pointers into lines. When a
 * field is absent from the source (a missing image, say) its pointer has no line, so the line of
 * the nearest enclosing element that has one is used instead.
 */
final class Findings {
    private final ToIntFunction<String> lineOf;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    Findings(ToIntFunction<String> lineOf) {
        this.lineOf = lineOf;
    }

    List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    void error(String owner, String field, SourceRef at, String message) {
        add(Severity.ERROR, owner, field, at, message);
    }

    void warning(String owner, String field, SourceRef at, String message) {
        add(Severity.WARNING, owner, field, at, message);
    }

    void info(String owner, String field, SourceRef at, String message) {
        add(Severity.INFO, owner, field, at, message);
    }

    void add(Severity severity, String owner, String field, SourceRef at, String message) {
        diagnostics.add(new Diagnostic(severity, new Location(null, 0, owner, field, line(at)), message));
    }

    /** The 1-based line of a pointer, or of its nearest ancestor that has one; 0 when none does. */
    int line(SourceRef at) {
        if (at == null) {
            return 0;
        }
        String pointer = at.pointer();
        while (true) {
            int line = lineOf.applyAsInt(pointer);
            if (line > 0 || pointer.isEmpty()) {
                return Math.max(line, 0);
            }
            int slash = pointer.lastIndexOf('/');
            pointer = slash <= 0 ? "" : pointer.substring(0, slash);
        }
    }

    /** A child pointer, or null when the element has no source (built in code). */
    static SourceRef at(SourceRef base, String... segments) {
        return base == null ? null : base.child(segments);
    }

    /** Where the workflow spec is: {@code /spec}, or {@code /spec/workflowSpec} for a CronWorkflow. */
    static SourceRef specOf(dev.orrery.core.model.Pipeline p) {
        if (p.source == null) {
            return null;
        }
        return p.argoKind == dev.orrery.core.model.ArgoKind.CRON_WORKFLOW
                ? p.source.child("spec", "workflowSpec") : p.source.child("spec");
    }

    static SourceRef at(SourceRef base, int index) {
        return base == null ? null : base.child(index);
    }
}
