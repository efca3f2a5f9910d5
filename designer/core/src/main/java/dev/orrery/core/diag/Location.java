package dev.orrery.core.diag;

/**
 * Where a diagnostic points: the source (file name or label), the document index inside a
 * multi-document file, the step or template, the field, and the 1-based source line (0 when the
 * model did not come from text).
 */
public record Location(String source, int document, String step, String field, int line) {

    public static final Location NONE = new Location(null, 0, null, null, 0);

    public static Location of(String step, String field) {
        return new Location(null, 0, step, field, 0);
    }

    public Location withSource(String newSource, int newDocument) {
        return new Location(newSource, newDocument, step, field, line);
    }

    public Location withLine(int newLine) {
        return new Location(source, document, step, field, newLine);
    }

    /** {@code file:line} (or as much of it as is known), the prefix of CLI messages. */
    public String prefix() {
        StringBuilder sb = new StringBuilder();
        sb.append(source == null ? "<input>" : source);
        if (line > 0) {
            sb.append(':').append(line);
        }
        return sb.toString();
    }

    /** The model path, e.g. {@code step train, field image}. */
    public String modelPath() {
        StringBuilder sb = new StringBuilder();
        if (step != null) {
            sb.append("step ").append(step);
        }
        if (field != null) {
            if (!sb.isEmpty()) {
                sb.append(", ");
            }
            sb.append(field);
        }
        return sb.toString();
    }
}
