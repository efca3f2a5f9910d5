package dev.orrery.core.model;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A Kubernetes resource step: apply, create, patch or delete a manifest. */
public final class ResourceAction {
    public String action;
    public String manifest;
    /** successCondition, failureCondition, flags, setOwnerReference, mergeStrategy, … */
    public ObjectNode extra = Json.object();

    public ResourceAction copy() {
        ResourceAction r = new ResourceAction();
        r.action = action;
        r.manifest = manifest;
        r.extra = extra.deepCopy();
        return r;
    }
}
