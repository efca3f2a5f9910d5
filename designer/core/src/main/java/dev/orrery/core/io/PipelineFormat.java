package dev.orrery.core.io;

/** The two YAML formats Orrery reads and writes. */
public enum PipelineFormat {
    /** Orrery's own document ({@code apiVersion: orrery.dev/v1alpha1, kind: Pipeline}). */
    NATIVE,
    /** Argo Workflows documents (Workflow, WorkflowTemplate, ClusterWorkflowTemplate, CronWorkflow). */
    ARGO
}
