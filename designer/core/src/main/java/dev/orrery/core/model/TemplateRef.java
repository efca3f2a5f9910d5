package dev.orrery.core.model;

/** A reference to a template of another WorkflowTemplate (or ClusterWorkflowTemplate) in the cluster. */
public record TemplateRef(String name, String template, Boolean clusterScope) {
}
