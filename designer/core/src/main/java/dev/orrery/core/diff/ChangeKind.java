package dev.orrery.core.diff;

import java.util.Locale;

/** What kind of difference a {@link Change} is. Its {@link #id()} is the stable name used in JSON output. */
public enum ChangeKind {
    /** A pipeline-wide setting: metadata, schedule, triggers, service account, volumes, exit handler, … */
    SETTING_CHANGED,
    PARAMETER_ADDED,
    PARAMETER_REMOVED,
    PARAMETER_CHANGED,
    STEP_ADDED,
    STEP_REMOVED,
    /** The same step (same content) under a new name; what followed the rename is not reported again. */
    STEP_RENAMED,
    /** One field of a step, or of the template only this step runs (its image, resources, …). */
    STEP_CHANGED,
    DEPENDENCY_ADDED,
    DEPENDENCY_REMOVED,
    /** An input of a step now takes an output of another step (an edge's data). */
    BINDING_ADDED,
    BINDING_REMOVED,
    TEMPLATE_ADDED,
    TEMPLATE_REMOVED,
    /** One field of a template that is shared (or not run by a step); {@link Change#steps()} run it. */
    TEMPLATE_CHANGED;

    /** {@code step-added}, {@code template-changed}, …: the name in JSON. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
