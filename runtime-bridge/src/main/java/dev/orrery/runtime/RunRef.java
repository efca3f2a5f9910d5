package dev.orrery.runtime;

import java.util.Objects;

/**
 * Names one run of one runtime: the runtime's id (e.g. {@code local}, or an Argo context and
 * namespace) and the run's id within it (for Argo, the Workflow's name).
 */
public record RunRef(String runtimeId, String runId) {
    public RunRef {
        Objects.requireNonNull(runtimeId, "runtimeId");
        Objects.requireNonNull(runId, "runId");
        if (runId.isBlank()) {
            throw new IllegalArgumentException("a run id must not be blank");
        }
    }

    @Override
    public String toString() {
        return runtimeId + "/" + runId;
    }
}
