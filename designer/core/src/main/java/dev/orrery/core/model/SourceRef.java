package dev.orrery.core.model;

import java.util.Objects;

/**
 * Where a model element came from: a JSON pointer into the parsed source document. Transient:
 * used to put source lines on diagnostics, never written.
 *
 * <p>A child is kept as its parent and its segment, and the pointer is spelled out the first time
 * it is asked for: every element of a large file gets a reference when it is read and validated,
 * and few are ever asked where they are (only those with a finding), so building each pointer
 * string at once cost a tenth of reading and validating a large pipeline.
 */
public final class SourceRef {
    private final SourceRef parent;
    /** The segment below the parent, already escaped; null for a root. */
    private final String segment;
    private volatile String pointer;

    public SourceRef(String pointer) {
        this.parent = null;
        this.segment = null;
        this.pointer = Objects.requireNonNull(pointer, "pointer");
    }

    private SourceRef(SourceRef parent, String segment) {
        this.parent = parent;
        this.segment = segment;
    }

    /** The JSON pointer, e.g. {@code /spec/templates/0/container/image}. */
    public String pointer() {
        String p = pointer;
        if (p == null) {
            p = parent.pointer() + "/" + segment;
            pointer = p;
        }
        return p;
    }

    public SourceRef child(String... segments) {
        SourceRef at = this;
        for (String s : segments) {
            at = new SourceRef(at, s.replace("~", "~0").replace("/", "~1"));
        }
        return at;
    }

    public SourceRef child(int index) {
        return new SourceRef(this, Integer.toString(index));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SourceRef other && pointer().equals(other.pointer());
    }

    @Override
    public int hashCode() {
        return pointer().hashCode();
    }

    @Override
    public String toString() {
        return "SourceRef[pointer=" + pointer() + "]";
    }
}
