package dev.orrery.core.model;

/**
 * How a graph is written for Argo: a DAG of tasks, or sequential groups of parallel steps. Steps
 * style can only express graphs where each step depends on exactly the whole previous group.
 */
public enum GraphStyle {
    DAG, STEPS
}
