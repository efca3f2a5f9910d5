package dev.orrery.core.model;

/**
 * Where a model element came from: a JSON pointer into the parsed source document. Transient:
 * used to put source lines on diagnostics, never written.
 */
public record SourceRef(String pointer) {
    public SourceRef child(String... segments) {
        StringBuilder sb = new StringBuilder(pointer);
        for (String s : segments) {
            sb.append('/').append(s.replace("~", "~0").replace("/", "~1"));
        }
        return new SourceRef(sb.toString());
    }

    public SourceRef child(int index) {
        return new SourceRef(pointer + "/" + index);
    }
}
