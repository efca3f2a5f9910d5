package dev.orrery.core.model;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An artifact: a template input or output file, or an argument binding ({@code from} another
 * step's output). Storage locations (s3, git, http, …) stay in {@code extra}.
 */
public final class Artifact {
    public String name;
    public String path;
    /** A binding expression, e.g. {@code {{tasks.prepare.outputs.artifacts.dataset}}}. */
    public String from;
    public Boolean optional;
    public ObjectNode extra = Json.object();

    public Artifact() {
    }

    public Artifact(String name, String path) {
        this.name = name;
        this.path = path;
    }

    public Artifact copy() {
        Artifact a = new Artifact(name, path);
        a.from = from;
        a.optional = optional;
        a.extra = extra.deepCopy();
        return a;
    }
}
