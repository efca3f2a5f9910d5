package dev.orrery.runtime;

import java.util.Objects;

/**
 * An artifact a node produced. {@code location} is engine-specific and opaque to callers: a file
 * path under the run folder for the local runtime, an S3 key or argo-server path for Argo.
 *
 * @param size bytes, or -1 when the engine does not know
 */
public record ArtifactRef(RunRef run, String nodeId, String name, long size, String location) {
    public ArtifactRef {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(name, "name");
    }
}
