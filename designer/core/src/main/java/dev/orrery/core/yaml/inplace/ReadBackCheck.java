package dev.orrery.core.yaml.inplace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.orrery.core.yaml.SourceDocument;
import dev.orrery.core.yaml.YamlReader;
import dev.orrery.core.yaml.YamlSyntaxException;

import java.util.List;
import java.util.Map;

/**
 * The safety net: does the patched text read as intended? Reading a large file again costs as much
 * as reading it first, so when every edit lies inside one block entry (a {@code key: value} or a
 * {@code - item} and its lines) whose text can be read on its own with the same meaning, only that
 * entry is read back; otherwise, or when that reading disagrees, the whole text is.
 *
 * <p>An entry reads alone as it does in place when: it starts its line; every other line of it is
 * blank or indented at least as far; the text after it is unchanged and starts (after blank lines,
 * unless the entry holds a block scalar, which could take them in) at that indentation or less; and
 * it refers to no anchor outside (else it does not read alone and the whole text is read).
 */
final class ReadBackCheck {
    private final String source;
    private final TextLines lines;
    private final SourceTree tree;

    ReadBackCheck(String source, TextLines lines, SourceTree tree) {
        this.source = source;
        this.lines = lines;
        this.tree = tree;
    }

    /** Null if {@code patched} reads as the original documents with {@code index} now {@code expected}. */
    String check(String patched, DocumentPatcher patcher, List<SourceDocument> original, int index, JsonNode expected) {
        if (readsBackLocally(patched, patcher.edits, patcher.mergedByNode)) {
            return null;
        }
        return readsBackAs(patched, original, index, expected);
    }

    private boolean readsBackLocally(String patched, TextEdits edits, Map<SourceNode, JsonNode> mergedByNode) {
        int lo = edits.lowest();
        int hi = edits.highest();
        if (lo < 0 || tree.hasAliases()) { // an entry could hold an anchor that an alias outside needs
            return false;
        }
        SourceNode entry = null;
        SourceNode node = tree.root;
        while (node.isBlockCollection()) {
            SourceNode inner = null;
            for (SourceNode child : node.values) {
                if (covers(child, lo, hi, edits)) {
                    inner = child;
                    break;
                }
            }
            if (inner == null) {
                break;
            }
            entry = inner;
            node = inner;
        }
        JsonNode merged = entry == null ? null : mergedByNode.get(entry);
        if (merged == null) {
            return false;
        }
        int entryStart = entry.key != null ? entry.key.start : entry.dash;
        int column = lines.column(entryStart);
        int regionStart = lines.startOfLine(entryStart);
        int regionEnd = lines.lineEnd(lines.lineOf(entry.end));
        int patchedEnd = regionEnd + patched.length() - source.length();
        if (patchedEnd < regionStart || !patched.regionMatches(0, source, 0, regionStart)
                || !patched.regionMatches(patchedEnd, source, regionEnd, source.length() - regionEnd)) {
            return false; // the text outside the entry must be the source's, byte for byte
        }
        String region = patched.substring(regionStart, patchedEnd);
        if (!followedByLessIndented(regionEnd, column, region.indexOf('|') >= 0 || region.indexOf('>') >= 0)) {
            return false;
        }
        String alone = dedent(region, column);
        if (alone == null) {
            return false;
        }
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        JsonNode expected = entry.key != null ? nodes.objectNode().set(entry.key.text, merged)
                : nodes.arrayNode().add(merged);
        try {
            return Semantic.equal(YamlReader.defaults().readSingle(alone), expected);
        } catch (YamlSyntaxException e) {
            return false; // e.g. an alias to an anchor outside: read the whole text
        }
    }

    /** True if every edit lies strictly inside {@code child}'s entry, which starts its line. */
    private boolean covers(SourceNode child, int lo, int hi, TextEdits edits) {
        int entryStart = child.key != null ? child.key.start : child.dash;
        if (entryStart < 0 || child.isEmptyPlain() || !lines.onlySpacesBefore(entryStart)) {
            return false;
        }
        int regionEnd = lines.lineEnd(lines.lineOf(child.end));
        return lo > entryStart && hi <= regionEnd && !edits.insertsAt(regionEnd);
    }

    private boolean followedByLessIndented(int regionEnd, int column, boolean strict) {
        int line = lines.lineOf(regionEnd) + 1;
        for (; line < lines.lineCount(); line++) {
            int start = lines.lineStart(line);
            int end = lines.lineEnd(line);
            int i = start;
            while (i < end && source.charAt(i) == ' ') {
                i++;
            }
            if (i == end) {
                if (strict && end < source.length()) {
                    return false; // a block scalar at the end of the entry could take blank lines in
                }
                continue;
            }
            return i - start <= column || (!strict && source.charAt(i) == '#');
        }
        return true;
    }

    /** The region's lines without their first {@code column} spaces; null if a line has fewer. */
    private static String dedent(String region, int column) {
        StringBuilder out = new StringBuilder(region.length());
        int start = 0;
        while (start <= region.length()) {
            int end = region.indexOf('\n', start);
            if (end < 0) {
                end = region.length();
            }
            String line = region.substring(start, end);
            int spaces = 0;
            while (spaces < line.length() && line.charAt(spaces) == ' ') {
                spaces++;
            }
            if (spaces < column && !line.isBlank()) {
                return null;
            }
            out.append(line, Math.min(column, spaces), line.length()).append('\n');
            start = end + 1;
        }
        return out.toString();
    }

    /** Null if {@code text} reads as the original documents with {@code index} now {@code expected}; else what differs. */
    static String readsBackAs(String text, List<SourceDocument> original, int index, JsonNode expected) {
        List<SourceDocument> again;
        try {
            again = YamlReader.defaults().readWithoutLines(text, null);
        } catch (YamlSyntaxException | RuntimeException e) {
            return "the edited text does not read back: " + e.getMessage();
        }
        boolean sawTarget = false;
        int j = 0;
        for (SourceDocument d : again) {
            if (d.index() == index) {
                sawTarget = true;
                if (!Semantic.equal(d.root(), expected)) {
                    return "the edited document does not read back as intended";
                }
                continue;
            }
            while (j < original.size() && original.get(j).index() == index) {
                j++;
            }
            if (j >= original.size() || original.get(j).index() != d.index()
                    || !Semantic.equal(original.get(j).root(), d.root())) {
                return "another document of the file changed";
            }
            j++;
        }
        while (j < original.size() && original.get(j).index() == index) {
            j++;
        }
        if (!sawTarget || j != original.size()) {
            return "the file's documents changed";
        }
        return null;
    }
}
