package dev.orrery.core.yaml.inplace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.core.yaml.YamlScalars;
import dev.orrery.core.yaml.YamlWriter;

import java.util.Map;

/**
 * Writes new content in the style of the document it goes into ({@link DocumentStyle}: indentation
 * step, indented or unindented sequences, dash offset), with scalars quoted exactly as
 * {@link YamlWriter} quotes them. Lines end with {@code '\n'}; {@link TextEdits} turns that into
 * the file's line break.
 */
final class StyledEmitter {
    private final DocumentStyle style;

    StyledEmitter(DocumentStyle style) {
        this.style = style;
    }

    DocumentStyle style() {
        return style;
    }

    /** A mapping entry at {@code column}, ending with a line break. */
    void entry(StringBuilder out, String key, JsonNode value, int column, char keyQuote) {
        indent(out, column);
        key(out, key, keyQuote);
        afterKey(out, value, column);
    }

    /** A sequence item whose dash stands at {@code dashColumn}, ending with a line break. */
    void item(StringBuilder out, JsonNode value, int dashColumn, int offset) {
        indent(out, dashColumn);
        afterDash(out, value, dashColumn, offset);
    }

    /** What follows a key's colon: {@code " scalar\n"} or a line break and the nested block. */
    void afterKey(StringBuilder out, JsonNode value, int keyColumn) {
        out.append(':');
        if (isNonEmpty(value, ObjectNode.class)) {
            out.append('\n');
            mapping(out, (ObjectNode) value, keyColumn + style.step(), false);
        } else if (isNonEmpty(value, ArrayNode.class)) {
            out.append('\n');
            sequence(out, (ArrayNode) value, keyColumn + style.sequenceIndent(), false);
        } else {
            out.append(' ');
            scalar(out, value, keyColumn, keyColumn + style.step());
            out.append('\n');
        }
    }

    /** A dash and the item's content, the first line on the dash's line, ending with a line break. */
    void afterDash(StringBuilder out, JsonNode value, int dashColumn, int offset) {
        out.append('-');
        indent(out, offset - 1);
        int column = dashColumn + offset;
        if (isNonEmpty(value, ObjectNode.class)) {
            mapping(out, (ObjectNode) value, column, true);
        } else if (isNonEmpty(value, ArrayNode.class)) {
            sequence(out, (ArrayNode) value, column, true);
        } else {
            scalar(out, value, dashColumn, column);
            out.append('\n');
        }
    }

    /** A whole block node at {@code column}, its first line not indented (the caller placed it). */
    void block(StringBuilder out, JsonNode value, int column) {
        if (isNonEmpty(value, ObjectNode.class)) {
            mapping(out, (ObjectNode) value, column, true);
        } else if (isNonEmpty(value, ArrayNode.class)) {
            sequence(out, (ArrayNode) value, column, true);
        } else {
            scalar(out, value, column, column + style.step());
            out.append('\n');
        }
    }

    private void mapping(StringBuilder out, ObjectNode mapping, int column, boolean inline) {
        boolean first = true;
        for (Map.Entry<String, JsonNode> e : mapping.properties()) {
            if (!first || !inline) {
                indent(out, column);
            }
            first = false;
            key(out, e.getKey(), ' ');
            afterKey(out, e.getValue(), column);
        }
    }

    private void sequence(StringBuilder out, ArrayNode sequence, int column, boolean inline) {
        boolean first = true;
        for (JsonNode item : sequence) {
            if (!first || !inline) {
                indent(out, column);
            }
            first = false;
            afterDash(out, item, column, style.itemOffset());
        }
    }

    /** A key: plain when safe, else quoted like its siblings ({@code keyQuote}) or double-quoted. */
    static void key(StringBuilder out, String key, char keyQuote) {
        if (keyQuote == SourceNode.SINGLE && singleQuotable(key)) {
            out.append('\'').append(key.replace("'", "''")).append('\'');
        } else if (keyQuote == SourceNode.DOUBLE || YamlScalars.styleOf(key, true) != YamlScalars.PLAIN) {
            YamlScalars.appendDoubleQuoted(out, key);
        } else {
            out.append(key);
        }
    }

    /**
     * A scalar or empty collection in block context, without the line break; a multi-line string
     * becomes a literal block whose lines stand at {@code contentColumn}.
     */
    void scalar(StringBuilder out, JsonNode value, int parentColumn, int contentColumn) {
        if (!value.isTextual()) {
            out.append(nonText(value));
            return;
        }
        String s = value.textValue();
        int kind = YamlScalars.styleOf(s, false);
        if (kind == YamlScalars.PLAIN) {
            out.append(s);
        } else if (kind == YamlScalars.LITERAL) {
            BlockScalarText.literal(out, s, parentColumn, contentColumn);
        } else {
            YamlScalars.appendDoubleQuoted(out, s);
        }
    }

    /** A value in flow style ({@code [a, b]}, {@code {k: v}}). */
    static void flow(StringBuilder out, JsonNode value) {
        if (value instanceof ObjectNode object) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, JsonNode> e : object.properties()) {
                out.append(first ? "" : ", ");
                first = false;
                flowString(out, e.getKey(), true);
                out.append(": ");
                flow(out, e.getValue());
            }
            out.append('}');
        } else if (value instanceof ArrayNode array) {
            out.append('[');
            for (int i = 0; i < array.size(); i++) {
                out.append(i == 0 ? "" : ", ");
                flow(out, array.get(i));
            }
            out.append(']');
        } else if (value.isTextual()) {
            flowString(out, value.textValue(), false);
        } else {
            out.append(nonText(value));
        }
    }

    private static void flowString(StringBuilder out, String s, boolean key) {
        if (YamlScalars.styleOf(s, key) == YamlScalars.PLAIN && !hasFlowIndicator(s)) {
            out.append(s);
        } else {
            YamlScalars.appendDoubleQuoted(out, s);
        }
    }

    static boolean hasFlowIndicator(String s) {
        for (int i = 0; i < s.length(); i++) {
            switch (s.charAt(i)) {
                case ',', '[', ']', '{', '}' -> {
                    return true;
                }
                default -> { }
            }
        }
        return false;
    }

    /** Numbers, booleans, null, binary and empty collections exactly as the canonical writer writes them. */
    static String nonText(JsonNode value) {
        String written = YamlWriter.defaults().write(value);
        return written.endsWith("\n") ? written.substring(0, written.length() - 1) : written;
    }

    static boolean singleQuotable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || (c >= 0x7F && c < 0xA0) || c == '\u2028' || c == '\u2029' || c == '\uFEFF'
                    || Character.isSurrogate(c)) {
                return false; // only a double-quoted escape writes these exactly (a pair is left alone too)
            }
        }
        return true;
    }

    static void indent(StringBuilder out, int n) {
        for (int i = 0; i < n; i++) {
            out.append(' ');
        }
    }

    private static boolean isNonEmpty(JsonNode node, Class<? extends JsonNode> type) {
        return type.isInstance(node) && !node.isEmpty();
    }
}
