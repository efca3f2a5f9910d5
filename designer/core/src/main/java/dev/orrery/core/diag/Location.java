package dev.orrery.core.diag;

/**
 * Where a diagnostic points: the source (file name or label), the document index inside a
 * multi-document file, the step or template, the field, and the 1-based source line (0 when the
 * model did not come from text).
 *
 * <p>The field names what is wrong in the step's own terms ({@code image}, {@code dependsOn},
 * {@code template}, …). A finding about one of the step's inputs (a binding to another step's output,
 * an input nothing supplies) names the input's port, the same way for every rule:
 * {@code inputs.artifacts.NAME} or {@code inputs.parameters.NAME}, where NAME is the input of the template
 * the step runs (the argument's name); {@link #portField} builds it. The canvas reads it to put the
 * finding on the edge that feeds that input.
 */
public record Location(String source, int document, String step, String field, int line) {

    public static final Location NONE = new Location(null, 0, null, null, 0);

    public static Location of(String step, String field) {
        return new Location(null, 0, step, field, 0);
    }

    /** The field of a finding about a step's input port: {@code inputs.artifacts.model}, {@code inputs.parameters.lr}. */
    public static String portField(boolean artifact, String input) {
        return "inputs." + (artifact ? "artifacts" : "parameters") + "." + input;
    }

    /** The input a port field names, or null when the field is not a port ({@link #portField}). */
    public String portInput() {
        if (field == null) {
            return null;
        }
        for (String prefix : new String[] {"inputs.artifacts.", "inputs.parameters."}) {
            if (field.startsWith(prefix) && field.length() > prefix.length()) {
                return field.substring(prefix.length());
            }
        }
        return null;
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
