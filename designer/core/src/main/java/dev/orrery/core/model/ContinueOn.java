package dev.orrery.core.model;

/** Whether the pipeline goes on when this step fails or errors. */
public record ContinueOn(Boolean failed, Boolean error) {
}
