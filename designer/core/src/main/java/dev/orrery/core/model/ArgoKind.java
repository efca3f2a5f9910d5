package dev.orrery.core.model;

import java.util.Locale;
import java.util.Optional;

/** The Argo document kinds Orrery reads and writes. */
public enum ArgoKind {
    WORKFLOW("Workflow", "workflow"),
    WORKFLOW_TEMPLATE("WorkflowTemplate", "workflow-template"),
    CLUSTER_WORKFLOW_TEMPLATE("ClusterWorkflowTemplate", "cluster-workflow-template"),
    CRON_WORKFLOW("CronWorkflow", "cron-workflow");

    public static final String API_VERSION = "argoproj.io/v1alpha1";

    private final String kind;
    private final String cliName;

    ArgoKind(String kind, String cliName) {
        this.kind = kind;
        this.cliName = cliName;
    }

    /** The {@code kind:} value in YAML. */
    public String kind() {
        return kind;
    }

    /** The name used on the command line ({@code --kind workflow-template}). */
    public String cliName() {
        return cliName;
    }

    public static Optional<ArgoKind> fromKind(String kind) {
        for (ArgoKind k : values()) {
            if (k.kind.equals(kind)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    public static Optional<ArgoKind> fromCliName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (ArgoKind k : values()) {
            if (k.cliName.equals(n) || k.kind.toLowerCase(Locale.ROOT).equals(n)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
