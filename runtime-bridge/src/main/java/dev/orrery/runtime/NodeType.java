package dev.orrery.runtime;

/**
 * What a node of a run is, with Argo's names ({@code status.nodes[].type}): a process or pod, a
 * graph, a fan-out group, a retry wrapper around its attempts, a skipped placeholder, a suspension.
 */
public enum NodeType {
    POD, CONTAINER, STEPS, STEP_GROUP, DAG, TASK_GROUP, RETRY, SKIPPED, SUSPEND, PLUGIN, HTTP, OTHER;

    /** Maps Argo's type names ({@code Pod}, {@code DAG}, {@code StepGroup}, …); unknown ones are OTHER. */
    public static NodeType fromArgo(String argoType) {
        if (argoType == null) {
            return OTHER;
        }
        return switch (argoType) {
            case "Pod" -> POD;
            case "Container" -> CONTAINER;
            case "Steps" -> STEPS;
            case "StepGroup" -> STEP_GROUP;
            case "DAG" -> DAG;
            case "TaskGroup" -> TASK_GROUP;
            case "Retry" -> RETRY;
            case "Skipped" -> SKIPPED;
            case "Suspend" -> SUSPEND;
            case "Plugin" -> PLUGIN;
            case "HTTP" -> HTTP;
            default -> OTHER;
        };
    }

    /** True for nodes that do work themselves (a process, pod or container), as opposed to groups. */
    public boolean isLeaf() {
        return this == POD || this == CONTAINER || this == SUSPEND || this == PLUGIN || this == HTTP;
    }
}
