package dev.orrery.core.yaml.inplace;

import dev.orrery.core.yaml.YamlScalars;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes a string as a literal ({@code |}) or folded ({@code >}) block: header with the chomping
 * the value needs ({@code -} no final line break, none for exactly one, {@code +} for more), an
 * indentation indicator when the first line starts with white space, and the lines at the content
 * column. The last line is left open: the caller's line break ends it.
 */
final class BlockScalarText {
    private BlockScalarText() {
    }

    /** A new literal block (the value must be one {@link YamlScalars#styleOf} writes as literal). */
    static void literal(StringBuilder out, String s, int parentColumn, int contentColumn) {
        String text = render('|', s, parentColumn, contentColumn, 0, "");
        if (text == null) {
            YamlScalars.appendDoubleQuoted(out, s);
        } else {
            out.append(text);
        }
    }

    /**
     * The block for {@code s}, or null when the style cannot hold it exactly (characters a block
     * cannot carry, a needed indentation indicator out of range, a folded value whose lines start
     * with white space).
     *
     * @param explicitIndentation the source's indentation indicator (kept), 0 if it had none
     * @param headerRest          what followed the indicators on the source's header line (a comment)
     */
    static String render(char indicator, String s, int parentColumn, int contentColumn, int explicitIndentation,
                         String headerRest) {
        if (YamlScalars.styleOf(s + "\n", false) != YamlScalars.LITERAL) {
            return null; // \r, control characters, Unicode line separators, BOM
        }
        int trailing = 0;
        while (trailing < s.length() && s.charAt(s.length() - 1 - trailing) == '\n') {
            trailing++;
        }
        int contentEnd = s.length() - trailing;
        char chomping = trailing == 0 ? '-' : trailing == 1 && contentEnd > 0 ? ' ' : '+';
        String body = chomping == '-' ? s : s.substring(0, s.length() - 1);
        int digit = 0;
        if (explicitIndentation > 0 || YamlScalars.needsIndentationIndicator(s)) {
            digit = contentColumn - parentColumn;
            if (parentColumn < 0 || digit < 1 || digit > 9) {
                return null;
            }
        }
        List<String> lines = indicator == '>' ? foldedLines(body) : literalLines(body, chomping);
        if (lines == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(s.length() + 16 + lines.size() * (contentColumn + 1));
        out.append(indicator);
        if (digit > 0) {
            out.append((char) ('0' + digit));
        }
        if (chomping != ' ') {
            out.append(chomping);
        }
        out.append(headerRest);
        for (String line : lines) {
            out.append('\n');
            if (!line.isEmpty()) {
                StyledEmitter.indent(out, contentColumn);
                out.append(line);
            }
        }
        return out.toString();
    }

    private static List<String> literalLines(String body, char chomping) {
        List<String> lines = new ArrayList<>();
        if (body.isEmpty() && chomping == '-') {
            return lines;
        }
        int start = 0;
        for (int i = body.indexOf('\n'); i >= 0; i = body.indexOf('\n', start)) {
            lines.add(body.substring(start, i));
            start = i + 1;
        }
        lines.add(body.substring(start));
        return lines;
    }

    /**
     * Folded lines: a line break between two lines of text is written as an empty line (a single
     * break would fold into a space); n breaks as n empty lines. Lines are never wrapped.
     */
    private static List<String> foldedLines(String body) {
        List<String> lines = new ArrayList<>();
        if (body.isEmpty()) {
            return lines;
        }
        String[] segments = body.split("\n", -1);
        if (segments[0].isEmpty()) {
            return null; // leading breaks are not folded the same way by every reader
        }
        int pendingBreaks = 0;
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            if (!segment.isEmpty() && (segment.charAt(0) == ' ' || segment.charAt(0) == '\t')) {
                return null; // a more-indented line keeps its breaks: not worth the subtlety
            }
            if (i == 0) {
                lines.add(segment);
            } else if (segment.isEmpty()) {
                pendingBreaks++;
            } else {
                for (int k = 0; k <= pendingBreaks; k++) {
                    lines.add("");
                }
                lines.add(segment);
                pendingBreaks = 0;
            }
        }
        for (int k = 0; k < pendingBreaks; k++) {
            lines.add("");
        }
        return lines;
    }
}
