package dev.orrery.core.argo;

/** Names Orrery uses inside Argo documents. */
final class ArgoFields {
    /** Template annotation holding the palette kind when it differs from what the body implies. */
    static final String KIND_ANNOTATION = "orrery.dev/kind";
    /**
     * Graph template annotation holding the parameter sweeps of its steps (step name → sweep, as
     * {@link dev.orrery.core.model.SweepJson}); read back only where it still expands to the step's withItems.
     */
    static final String SWEEPS_ANNOTATION = "orrery.dev/sweeps";
    /** Argo's own annotation for a workflow's description (shown by Argo's UI). */
    static final String DESCRIPTION_ANNOTATION = "workflows.argoproj.io/description";

    private ArgoFields() {
    }
}
