package dev.orrery.core.yaml.inplace;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.core.yaml.YamlReader;
import dev.orrery.core.yaml.YamlScalars;
import dev.orrery.core.yaml.YamlSyntaxException;

/**
 * Changes a scalar's text and keeps its style: plain stays plain while the new value reads back as
 * the same string, quotes stay quotes, a {@code |} or {@code >} block stays a block with its
 * indentation (its chomping indicator follows the new value's trailing line breaks). A trailing
 * comment after the scalar stays where it is.
 */
final class ScalarPatcher {
    private final TextLines lines;
    private final String text;
    private final StyledEmitter emitter;
    private final TextEdits edits;

    ScalarPatcher(TextLines lines, StyledEmitter emitter, TextEdits edits) {
        this.lines = lines;
        this.text = lines.text();
        this.emitter = emitter;
        this.edits = edits;
    }

    void change(SourceNode node, JsonNode source, JsonNode merged) {
        boolean flow = node.inFlow();
        if (!merged.isTextual()) {
            String written = StyledEmitter.nonText(merged);
            edits.replace(from(node, source, merged), node.end, node.isEmptyPlain() && !flow ? " " + written : written);
            return;
        }
        String v = merged.textValue();
        String replacement = switch (node.style) {
            case SourceNode.PLAIN -> plainReadsBack(v, flow) ? v : null;
            case SourceNode.SINGLE -> v.indexOf('\n') < 0 && StyledEmitter.singleQuotable(v)
                    ? "'" + v.replace("'", "''") + "'" : null;
            case SourceNode.DOUBLE -> doubleQuoted(v);
            default -> null;
        };
        if (replacement != null) {
            edits.replace(from(node, source, merged), node.end, node.isEmptyPlain() && !flow ? " " + replacement : replacement);
        } else if (node.isBlockScalar() && !flow && blockScalar(node, source, v)) {
            return;
        } else if (flow) {
            StringBuilder out = new StringBuilder();
            StyledEmitter.flow(out, merged);
            edits.replace(from(node, source, merged), node.end, out.toString());
        } else {
            replaceBlockContext(node, merged);
        }
    }

    /** Where the replaced text starts: a tag that would contradict the new type goes with the old value. */
    private static int from(SourceNode node, JsonNode source, JsonNode merged) {
        return node.tag != null && source.getNodeType() != merged.getNodeType() ? node.start : node.valueStart;
    }

    /**
     * Writes {@code value} (a scalar or an empty collection) over the scalar {@code node} the way the
     * canonical writer would, a multi-line string as a literal block. A comment after the old value
     * moves onto the block's header line, where it cannot become part of the text.
     */
    void replaceBlockContext(SourceNode node, JsonNode value) {
        int parentColumn = node.key != null ? lines.column(node.key.start) : node.dash >= 0 ? lines.column(node.dash) : -1;
        int contentColumn = node.key != null ? parentColumn + emitter.style().step()
                : node.dash >= 0 ? parentColumn + emitter.style().itemOffset() : emitter.style().step();
        StringBuilder out = new StringBuilder();
        if (node.isEmptyPlain()) {
            out.append(' ');
        }
        emitter.scalar(out, value, parentColumn, contentColumn);
        int end = node.end;
        int firstBreak = out.indexOf("\n");
        if (firstBreak >= 0) {
            int lineEnd = lines.lineEnd(lines.lineOf(node.end));
            String rest = text.substring(node.end, lineEnd);
            if (!rest.isBlank()) {
                out.insert(firstBreak, rest);
                end = lineEnd;
            }
        }
        edits.replace(node.tag != null ? node.start : node.valueStart, end, out.toString());
    }

    private boolean blockScalar(SourceNode node, JsonNode source, String v) {
        BlockScalarHeader header = BlockScalarHeader.parse(text, node.valueStart);
        int parentColumn = node.key != null ? lines.column(node.key.start) : node.dash >= 0 ? lines.column(node.dash) : -1;
        int contentColumn = contentColumn(node, source, parentColumn);
        String rendered = BlockScalarText.render(header.indicator(), v, parentColumn, contentColumn,
                header.indentation(), header.rest());
        if (rendered == null) {
            return false;
        }
        boolean keep = v.endsWith("\n\n") || v.equals("\n");
        int end = keep || header.chomping() == '+' ? node.lastBreak : node.end;
        edits.replace(node.valueStart, end, rendered);
        return true;
    }

    /** The column of the block's content: the first content line's indentation less the value's own. */
    private int contentColumn(SourceNode node, JsonNode source, int parentColumn) {
        int first = lines.lineOf(node.valueStart) + 1;
        int last = lines.lineOf(Math.max(node.valueStart, node.end));
        String old = source.isTextual() ? source.textValue() : "";
        int ownIndent = 0;
        for (String line : old.split("\n", -1)) {
            if (!line.isBlank()) {
                while (ownIndent < line.length() && line.charAt(ownIndent) == ' ') {
                    ownIndent++;
                }
                break;
            }
        }
        for (int line = first; line <= last && line < lines.lineCount(); line++) {
            int start = lines.lineStart(line);
            int end = lines.lineEnd(line);
            int i = start;
            while (i < end && text.charAt(i) == ' ') {
                i++;
            }
            if (i < end) {
                return i - start - ownIndent;
            }
        }
        return Math.max(0, parentColumn) + emitter.style().step();
    }

    private static String doubleQuoted(String v) {
        StringBuilder out = new StringBuilder(v.length() + 2);
        YamlScalars.appendDoubleQuoted(out, v);
        return out.toString();
    }

    /** True if {@code v} written plain reads back as the same string (in flow context if asked). */
    static boolean plainReadsBack(String v, boolean flow) {
        if (v.isEmpty() || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0 || (flow && StyledEmitter.hasFlowIndicator(v))) {
            return false;
        }
        if (YamlScalars.styleOf(v, false) == YamlScalars.PLAIN) {
            return true;
        }
        // The writer's classifier is deliberately wide (it quotes "1.2.3"); ask the reader itself.
        try {
            JsonNode read = YamlReader.defaults().readSingle(flow ? "[" + v + "]" : "- " + v);
            return read.isArray() && read.size() == 1 && read.get(0).isTextual() && read.get(0).textValue().equals(v);
        } catch (YamlSyntaxException e) {
            return false;
        }
    }
}
