package dev.orrery.core.argo;

/** Names Orrery uses inside Argo documents. */
final class ArgoFields {
    /** Template annotation holding the palette kind when it differs from what the body implies. */
    static final String KIND_ANNOTATION = "orrery.dev/kind";
    /** Argo's own annotation for a workflow's description (shown by Argo's UI). */
    static final String DESCRIPTION_ANNOTATION = "workflows.argoproj.io/description";

    private ArgoFields() {
    }
}
