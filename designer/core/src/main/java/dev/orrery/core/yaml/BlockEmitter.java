package dev.orrery.core.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Base64;
import java.util.Map;

/**
 * Writes one or more trees as block-style YAML into a {@link StringBuilder}, optionally draining it
 * into a {@link Writer} between entries so huge documents do not sit twice in memory.
 *
 * <p>Layout: 2-space indentation; a sequence sits two spaces under its key; a mapping that is a
 * sequence item starts on the dash line. A mapping entry's children are at key column + 2 and a
 * sequence item's at dash column + 2, so a literal block's content is always parent column + 2, which
 * is why its indentation indicator is always {@code 2}. One instance per call; not thread-safe.
 */
final class BlockEmitter {
    private static final int FLUSH_AT = 1 << 16;
    /** Simple keys may not exceed 1024 characters (YAML spec, SnakeYAML, libyaml); keep a margin. */
    private static final int MAX_IMPLICIT_KEY = 1000;
    private static final String SPACES = " ".repeat(128);

    private final StringBuilder out;
    private final Writer sink; // null: the caller takes the StringBuilder's content
    private char[] drainBuffer;

    BlockEmitter(StringBuilder out, Writer sink) {
        this.out = out;
        this.sink = sink;
    }

    void document(JsonNode root) {
        if (isNonEmpty(root, ObjectNode.class)) {
            mapping((ObjectNode) root, 0, false);
        } else if (isNonEmpty(root, ArrayNode.class)) {
            sequence((ArrayNode) root, 0, false);
        } else {
            scalar(root, 2, true);
        }
        drainIfFull();
    }

    void separator() {
        out.append("---\n");
    }

    /** Writes what is left in the buffer to the sink (if there is one). */
    void drain() {
        if (sink == null || out.isEmpty()) {
            return;
        }
        int n = out.length();
        if (drainBuffer == null || drainBuffer.length < n) {
            drainBuffer = new char[Math.max(n, FLUSH_AT * 2)];
        }
        out.getChars(0, n, drainBuffer, 0);
        try {
            sink.write(drainBuffer, 0, n);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // unwrapped again by YamlWriter
        }
        out.setLength(0);
    }

    private void drainIfFull() {
        if (sink != null && out.length() >= FLUSH_AT) {
            drain();
        }
    }

    /** Writes a non-empty mapping; {@code inline}: the first key goes where the cursor is (dash line). */
    private void mapping(ObjectNode mapping, int indent, boolean inline) {
        boolean first = true;
        for (Map.Entry<String, JsonNode> entry : mapping.properties()) {
            if (!first || !inline) {
                indent(indent);
            }
            first = false;
            key(entry.getKey(), indent);
            JsonNode value = entry.getValue();
            if (isNonEmpty(value, ObjectNode.class)) {
                out.append('\n');
                mapping((ObjectNode) value, indent + 2, false);
            } else if (isNonEmpty(value, ArrayNode.class)) {
                out.append('\n');
                sequence((ArrayNode) value, indent + 2, false);
            } else {
                out.append(' ');
                scalar(value, indent + 2, false);
            }
            drainIfFull();
        }
    }

    /** Writes a non-empty sequence; {@code inline}: the first dash goes where the cursor is. */
    private void sequence(ArrayNode sequence, int indent, boolean inline) {
        boolean first = true;
        for (JsonNode item : sequence) {
            if (!first || !inline) {
                indent(indent);
            }
            first = false;
            out.append("- ");
            if (isNonEmpty(item, ObjectNode.class)) {
                mapping((ObjectNode) item, indent + 2, true);
            } else if (isNonEmpty(item, ArrayNode.class)) {
                sequence((ArrayNode) item, indent + 2, true);
            } else {
                scalar(item, indent + 2, false);
            }
            drainIfFull();
        }
    }

    /** Writes {@code key:}; a key too long for YAML's simple-key rule becomes {@code ? key\n:}. */
    private void key(String key, int indent) {
        int start = out.length();
        if (YamlScalars.styleOf(key, true) == YamlScalars.PLAIN) {
            out.append(key);
        } else {
            YamlScalars.appendDoubleQuoted(out, key);
        }
        if (out.length() - start > MAX_IMPLICIT_KEY) {
            String rendered = out.substring(start);
            out.setLength(start);
            out.append("? ").append(rendered).append('\n');
            indent(indent);
        }
        out.append(':');
    }

    /**
     * Writes a scalar or an empty container and ends the line. {@code childIndent} is where a literal
     * block's lines go; {@code root} means the scalar is the whole document.
     */
    private void scalar(JsonNode node, int childIndent, boolean root) {
        switch (node.getNodeType()) {
            case STRING -> string(node.textValue(), childIndent, root);
            case NUMBER -> number(node);
            case BOOLEAN -> out.append(node.booleanValue() ? "true" : "false");
            case NULL, MISSING -> out.append("null");
            case OBJECT -> out.append("{}");
            case ARRAY -> out.append("[]");
            case BINARY -> {
                out.append("!!binary ");
                YamlScalars.appendDoubleQuoted(out, Base64.getEncoder().encodeToString(((BinaryNode) node).binaryValue()));
            }
            default -> throw new IllegalArgumentException("cannot write " + node.getNodeType() + " as YAML: " + node);
        }
        out.append('\n');
    }

    private void string(String s, int childIndent, boolean root) {
        int style = YamlScalars.styleOf(s, false);
        if (style == YamlScalars.PLAIN) {
            out.append(s);
        } else if (style == YamlScalars.LITERAL
                // parsers disagree where an indicator puts a root block (spec: column 1, libyaml: 2)
                && !(root && YamlScalars.needsIndentationIndicator(s))) {
            literal(s, childIndent);
        } else {
            YamlScalars.appendDoubleQuoted(out, s);
        }
    }

    /**
     * Writes a literal block: header with chomping ({@code -} no final newline, none for exactly one,
     * {@code +} for more) and, if the first line starts with white space, the indentation indicator.
     * Empty lines are written without indentation (no trailing spaces); lines of spaces keep them, a
     * line with more spaces than the block's indentation is content by the spec. The last line is left
     * open; {@link #scalar} ends it like any other scalar.
     */
    private void literal(String s, int childIndent) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '\n') {
            end--;
        }
        int trailingNewlines = s.length() - end;
        out.append('|');
        if (YamlScalars.needsIndentationIndicator(s)) {
            out.append('2');
        }
        if (trailingNewlines == 0) {
            out.append('-');
        } else if (trailingNewlines > 1 || end == 0) {
            out.append('+');
        }
        int lineStart = 0;
        while (lineStart < end) {
            int lineEnd = s.indexOf('\n', lineStart);
            if (lineEnd < 0 || lineEnd > end) {
                lineEnd = end;
            }
            out.append('\n');
            if (lineEnd > lineStart) {
                indent(childIndent);
                out.append(s, lineStart, lineEnd);
            }
            lineStart = lineEnd + 1;
        }
        // The body's last line break is the first trailing newline; each further one is an empty line.
        for (int i = end == 0 ? 0 : 1; i < trailingNewlines; i++) {
            out.append('\n');
        }
    }

    private void number(JsonNode node) {
        switch (node.numberType()) {
            case INT, LONG -> out.append(node.longValue());
            case BIG_INTEGER -> out.append(node.bigIntegerValue());
            case FLOAT, DOUBLE -> {
                double d = node.doubleValue();
                if (Double.isNaN(d)) {
                    out.append(".nan");
                } else if (Double.isInfinite(d)) {
                    out.append(d > 0 ? ".inf" : "-.inf");
                } else if (node.isFloat()) {
                    out.append(node.floatValue());
                } else {
                    out.append(d);
                }
            }
            case BIG_DECIMAL -> {
                String text = node.decimalValue().toString();
                out.append(text);
                if (text.indexOf('.') < 0 && text.indexOf('E') < 0 && text.indexOf('e') < 0) {
                    out.append(".0"); // keep it a float on re-read ("5" would come back as an int)
                }
            }
            default -> out.append(node.numberValue());
        }
    }

    private void indent(int n) {
        while (n > SPACES.length()) {
            out.append(SPACES);
            n -= SPACES.length();
        }
        out.append(SPACES, 0, n);
    }

    private static boolean isNonEmpty(JsonNode node, Class<? extends JsonNode> type) {
        return type.isInstance(node) && !node.isEmpty();
    }
}
