package dev.orrery.core.yaml.inplace;

import java.util.Arrays;

/** Line arithmetic over the source text (LF or CRLF line breaks; offsets are chars). */
final class TextLines {
    private final String text;
    private final int[] starts;
    private final int count;
    /** The file's line break, used for every line the editor writes. */
    final String newline;

    TextLines(String text) {
        this.text = text;
        int[] s = new int[64];
        int n = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (n == s.length) {
                s = Arrays.copyOf(s, n * 2);
            }
            s[n++] = i + 1;
        }
        this.starts = s;
        this.count = n;
        int firstBreak = text.indexOf('\n');
        this.newline = firstBreak > 0 && text.charAt(firstBreak - 1) == '\r' ? "\r\n" : "\n";
    }

    String text() {
        return text;
    }

    /** 0-based line of {@code pos}. */
    int lineOf(int pos) {
        int i = Arrays.binarySearch(starts, 0, count, pos);
        return i >= 0 ? i : -i - 2;
    }

    int lineStart(int line) {
        return starts[line];
    }

    int lineCount() {
        return count;
    }

    /** Start of the line holding {@code pos}. */
    int startOfLine(int pos) {
        return starts[lineOf(pos)];
    }

    /** End of the content of {@code line} (before its line break). */
    int lineEnd(int line) {
        int next = line + 1 < count ? starts[line + 1] : text.length();
        if (next > starts[line] && next <= text.length() && next > 0 && text.charAt(next - 1) == '\n') {
            next--;
            if (next > starts[line] && text.charAt(next - 1) == '\r') {
                next--;
            }
        }
        return next;
    }

    /** Start of the line after the one holding {@code pos}, or the text's length on the last line. */
    int nextLineStart(int pos) {
        int line = lineOf(pos);
        return line + 1 < count ? starts[line + 1] : text.length();
    }

    /** Column of {@code pos} in chars. */
    int column(int pos) {
        return pos - startOfLine(pos);
    }

    /** True if only spaces stand before {@code pos} on its line. */
    boolean onlySpacesBefore(int pos) {
        for (int i = startOfLine(pos); i < pos; i++) {
            if (text.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    /** True if the line is a whole-line comment (spaces, then '#'). */
    boolean isCommentLine(int line) {
        int end = lineEnd(line);
        for (int i = starts[line]; i < end; i++) {
            char c = text.charAt(i);
            if (c == '#') {
                return true;
            }
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return false;
    }

    boolean endsWithLineBreak() {
        return !text.isEmpty() && text.charAt(text.length() - 1) == '\n';
    }

    /**
     * Start of the run of whole-line comments directly above {@code line} (no blank line between),
     * never reaching {@code floorLine} or above it; {@code line}'s own start when there is none.
     */
    int commentsAbove(int line, int floorLine) {
        int first = line;
        while (first - 1 > floorLine && isCommentLine(first - 1)) {
            first--;
        }
        return starts[first];
    }

    /** Skips spaces, tabs, line breaks and comments from {@code pos}; the first other char's position. */
    int skipSpaceAndComments(int pos) {
        int n = text.length();
        int i = pos;
        while (i < n) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                i++;
            } else if (c == '#' && (i == 0 || isSpace(text.charAt(i - 1)))) {
                while (i < n && text.charAt(i) != '\n') {
                    i++;
                }
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }
}
