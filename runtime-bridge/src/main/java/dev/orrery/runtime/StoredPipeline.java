package dev.orrery.runtime;

import dev.orrery.core.model.ArgoKind;
import java.util.Locale;
import java.util.Objects;

/**
 * A pipeline the engine already keeps, to submit a run from: for Argo a WorkflowTemplate,
 * ClusterWorkflowTemplate or CronWorkflow in the cluster. Its kinds are core's {@link ArgoKind}, spelt
 * as everywhere on Orrery's command line ({@code workflow-template}, {@code cron-workflow}).
 *
 * @param kind what the stored pipeline is (any Argo kind but a plain Workflow)
 * @param name its name (in the runtime's namespace, except for cluster-wide templates)
 */
public record StoredPipeline(ArgoKind kind, String name) {

    private static final String FORMS = "workflow-template/NAME, cluster-workflow-template/NAME or cron-workflow/NAME";

    public StoredPipeline {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        if (kind == ArgoKind.WORKFLOW) {
            throw new IllegalArgumentException("a run is submitted from a stored template or cron workflow,"
                    + " not from a Workflow");
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("a template name must not be blank");
        }
    }

    /**
     * Parses {@code KIND/NAME}. KIND is Orrery's spelling ({@code workflow-template}, {@code
     * cluster-workflow-template}, {@code cron-workflow}), the Argo kind itself ({@code WorkflowTemplate}), or
     * one of Argo CLI's short names ({@code wftmpl}, {@code cwftmpl}, {@code cronwf}, {@code cwf}), so that a
     * command copied from {@code argo submit --from} works unchanged.
     */
    public static StoredPipeline parse(String text) {
        int slash = text == null ? -1 : text.indexOf('/');
        if (slash <= 0 || slash == text.length() - 1) {
            throw new IllegalArgumentException("expected KIND/NAME (" + FORMS + "), got '" + text + "'");
        }
        String kindText = text.substring(0, slash).toLowerCase(Locale.ROOT);
        ArgoKind kind = switch (kindText) {
            case "wftmpl" -> ArgoKind.WORKFLOW_TEMPLATE;
            case "cwftmpl" -> ArgoKind.CLUSTER_WORKFLOW_TEMPLATE;
            case "cronwf", "cwf" -> ArgoKind.CRON_WORKFLOW;
            default -> ArgoKind.fromCliName(kindText).filter(k -> k != ArgoKind.WORKFLOW).orElseThrow(
                    () -> new IllegalArgumentException("unknown kind '" + kindText + "': use " + FORMS));
        };
        return new StoredPipeline(kind, text.substring(slash + 1));
    }

    @Override
    public String toString() {
        return kind.cliName() + "/" + name;
    }
}
