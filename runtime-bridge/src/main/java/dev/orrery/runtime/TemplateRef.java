package dev.orrery.runtime;

import java.util.Objects;

/**
 * A pipeline the engine already keeps, to submit a run from: for Argo a WorkflowTemplate,
 * ClusterWorkflowTemplate or CronWorkflow in the cluster.
 *
 * @param kind what the stored pipeline is
 * @param name its name (in the runtime's namespace, except for cluster-wide templates)
 */
public record TemplateRef(Kind kind, String name) {

    /** The kinds of stored pipeline, with Argo's names. */
    public enum Kind {
        WORKFLOW_TEMPLATE("WorkflowTemplate", "workflowtemplate"),
        CLUSTER_WORKFLOW_TEMPLATE("ClusterWorkflowTemplate", "clusterworkflowtemplate"),
        CRON_WORKFLOW("CronWorkflow", "cronwf");

        private final String argoKind;
        private final String cliPrefix;

        Kind(String argoKind, String cliPrefix) {
            this.argoKind = argoKind;
            this.cliPrefix = cliPrefix;
        }

        public String argoKind() {
            return argoKind;
        }
    }

    public TemplateRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a template name must not be blank");
        }
    }

    /**
     * Parses Argo's {@code submit --from} notation: {@code workflowtemplate/NAME} (or {@code wftmpl/}),
     * {@code clusterworkflowtemplate/NAME} (or {@code cwftmpl/}), {@code cronwf/NAME} (or {@code cronworkflow/}).
     */
    public static TemplateRef parse(String text) {
        int slash = text == null ? -1 : text.indexOf('/');
        if (slash <= 0 || slash == text.length() - 1) {
            throw new IllegalArgumentException("expected KIND/NAME (workflowtemplate/NAME, clusterworkflowtemplate/NAME"
                    + " or cronwf/NAME), got '" + text + "'");
        }
        String kind = text.substring(0, slash).toLowerCase(java.util.Locale.ROOT);
        String name = text.substring(slash + 1);
        return switch (kind) {
            case "workflowtemplate", "wftmpl" -> new TemplateRef(Kind.WORKFLOW_TEMPLATE, name);
            case "clusterworkflowtemplate", "cwftmpl" -> new TemplateRef(Kind.CLUSTER_WORKFLOW_TEMPLATE, name);
            case "cronwf", "cronworkflow", "cwf" -> new TemplateRef(Kind.CRON_WORKFLOW, name);
            default -> throw new IllegalArgumentException("unknown kind '" + kind
                    + "': use workflowtemplate, clusterworkflowtemplate or cronwf");
        };
    }

    @Override
    public String toString() {
        return kind.cliPrefix + "/" + name;
    }
}
