package dev.orrery.core.model;

import java.util.Optional;

/** The step kinds of the designer's palette. */
public enum StepKind {
    DATA_PREP("data-prep", "Data prep"),
    TRAIN("train", "Train"),
    EVALUATE("evaluate", "Evaluate"),
    DEPLOY("deploy", "Deploy"),
    CONTAINER("container", "Container"),
    SCRIPT("script", "Script"),
    RESOURCE("resource", "Kubernetes resource"),
    APPROVAL("approval", "Approval"),
    SUB_PIPELINE("sub-pipeline", "Sub-pipeline"),
    SWEEP("sweep", "Parameter sweep"),
    /** Argo template types Orrery shows but does not edit field by field (http, plugin, containerSet, data). */
    OTHER("other", "Other");

    private final String id;
    private final String title;

    StepKind(String id, String title) {
        this.id = id;
        this.title = title;
    }

    /** The identifier used in native YAML and annotations. */
    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public static Optional<StepKind> fromId(String id) {
        for (StepKind k : values()) {
            if (k.id.equals(id)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
