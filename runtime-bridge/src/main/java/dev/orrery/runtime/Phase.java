package dev.orrery.runtime;

import java.util.Locale;

/**
 * The phase of a run or of one of its nodes, the same for every engine. The names and meanings are
 * Argo's ({@code status.phase}, {@code status.nodes[].phase}); {@link #fromArgo(String)} maps them.
 */
public enum Phase {
    /** Accepted, not started yet (waiting for dependencies, a slot, or a pod). */
    PENDING,
    RUNNING,
    SUCCEEDED,
    /** The step's own work failed (non-zero exit, timeout). */
    FAILED,
    /** The engine could not run the step (missing interpreter, bad template, lost process). */
    ERROR,
    /** Not run because its {@code when} condition was false or its dependencies ruled it out. */
    SKIPPED,
    /** Not run because the run ended first, or a {@code depends} expression can no longer hold. */
    OMITTED;

    /** True for the phases a node or run does not leave. */
    public boolean isFinished() {
        return this != PENDING && this != RUNNING;
    }

    /** True for Failed and Error. */
    public boolean isUnsuccessful() {
        return this == FAILED || this == ERROR;
    }

    /** Argo's spelling: {@code Succeeded}, {@code Failed}, … */
    public String argoName() {
        String n = name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }

    /**
     * Argo's phase names (case-insensitive) to ours; an empty or unknown phase is Pending, which is
     * what Argo's UI shows for a node the controller has not reported on yet.
     */
    public static Phase fromArgo(String argoPhase) {
        if (argoPhase == null || argoPhase.isBlank()) {
            return PENDING;
        }
        return switch (argoPhase.trim().toLowerCase(Locale.ROOT)) {
            case "running" -> RUNNING;
            case "succeeded" -> SUCCEEDED;
            case "failed" -> FAILED;
            case "error" -> ERROR;
            case "skipped" -> SKIPPED;
            case "omitted" -> OMITTED;
            default -> PENDING;
        };
    }
}
