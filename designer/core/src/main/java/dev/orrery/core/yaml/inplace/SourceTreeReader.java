package dev.orrery.core.yaml.inplace;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;

/**
 * Builds the {@link SourceNode} tree of one document from SnakeYAML's parser events, which carry
 * start and end marks. Only positions and styles are taken from here: the source has already been
 * read (and its limits checked) by {@code YamlReader}, whose tree says what the values mean.
 *
 * <p>SnakeYAML's marks count code points, not chars; {@link #toChar} converts, so text with
 * characters outside the BMP (emoji) is located correctly.
 */
final class SourceTreeReader {
    private static final int MIN_CODE_POINT_LIMIT = 128 * 1024 * 1024;

    private final String text;
    private final TextLines lines;
    private final int[] charOfCodePoint; // null when every char is one code point
    private final ParserImpl parser;
    private final Map<String, SourceNode> anchors = new HashMap<>();
    private final SourceTree.Builder tree = new SourceTree.Builder();

    private SourceTreeReader(String text, TextLines lines) {
        this.text = text;
        this.lines = lines;
        this.charOfCodePoint = codePointMap(text);
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Math.max(MIN_CODE_POINT_LIMIT, text.length() + 1));
        options.setProcessComments(false);
        this.parser = new ParserImpl(new StreamReader(new StringReader(text)), options);
    }

    /** The tree of document {@code index} (0-based, empty documents counted, as YamlReader counts). */
    static SourceTree read(String text, TextLines lines, int index) {
        return new SourceTreeReader(text, lines).document(index);
    }

    private SourceTree document(int index) {
        int document = -1;
        while (true) {
            Event e = parser.getEvent();
            if (e.is(Event.ID.StreamEnd)) {
                throw new IllegalArgumentException("the text has no document " + index);
            }
            if (e instanceof DocumentStartEvent) {
                document++;
                if (document == index) {
                    SourceNode root = node(parser.getEvent(), null);
                    return tree.build(root);
                }
                skipDocument();
            }
        }
    }

    private void skipDocument() {
        Event e;
        do {
            e = parser.getEvent();
        } while (!e.is(Event.ID.DocumentEnd));
    }

    private SourceNode node(Event e, SourceNode parent) {
        int start = toChar(e.getStartMark().getIndex());
        SourceNode node;
        if (e instanceof ScalarEvent s) {
            node = new SourceNode(SourceNode.Kind.SCALAR, false, style(s.getScalarStyle()), s.getAnchor(),
                    s.getTag(), s.getValue(), start);
            node.parent = parent;
            node.valueStart = skipProperties(start, s.getAnchor(), s.getTag());
            node.end = toChar(e.getEndMark().getIndex());
            if (node.isBlockScalar()) {
                endBlockScalar(node);
            }
        } else if (e instanceof AliasEvent a) {
            node = new SourceNode(SourceNode.Kind.ALIAS, false, SourceNode.PLAIN, a.getAnchor(), null, null, start);
            node.parent = parent;
            node.end = toChar(e.getEndMark().getIndex());
            tree.alias(node, anchors.get(a.getAnchor()));
            return node;
        } else if (e instanceof CollectionStartEvent c) {
            boolean mapping = e instanceof MappingStartEvent;
            node = new SourceNode(mapping ? SourceNode.Kind.MAPPING : SourceNode.Kind.SEQUENCE, c.isFlow(),
                    SourceNode.PLAIN, c.getAnchor(), c.getTag(), null, start);
            node.parent = parent;
            node.valueStart = skipProperties(start, c.getAnchor(), c.getTag());
            if (c.getAnchor() != null) {
                anchors.put(c.getAnchor(), node); // before the children: YamlReader refuses recursion
            }
            if (mapping) {
                mappingEntries(node);
            } else {
                sequenceItems(node);
            }
            return node;
        } else {
            throw new IllegalStateException("unexpected YAML event " + e.getEventId());
        }
        if (node.anchor != null) {
            anchors.put(node.anchor, node);
        }
        return node;
    }

    private void mappingEntries(SourceNode mapping) {
        Event e;
        while (!(e = parser.getEvent()).is(Event.ID.MappingEnd)) {
            SourceNode key = node(e, mapping);
            SourceNode value = node(parser.getEvent(), mapping);
            value.key = key;
            value.colon = colonAfter(key.end);
            if (value.isEmptyPlain() && value.colon >= 0) {
                value.valueStart = value.colon + 1; // the parser may place an empty value on the next token
                value.end = value.colon + 1;
            }
            mapping.keys.add(key);
            mapping.values.add(value);
        }
        mapping.end = mapping.flow ? toChar(e.getEndMark().getIndex())
                : mapping.values.isEmpty() ? mapping.valueStart : last(mapping).end;
    }

    private void sequenceItems(SourceNode sequence) {
        Event e;
        int previousEnd = sequence.valueStart;
        while (!(e = parser.getEvent()).is(Event.ID.SequenceEnd)) {
            SourceNode item = node(e, sequence);
            if (!sequence.flow) {
                int dash = lines.skipSpaceAndComments(previousEnd);
                item.dash = dash < item.start && text.charAt(dash) == '-' ? dash : -1;
                if (item.isEmptyPlain() && item.dash >= 0) {
                    item.valueStart = item.dash + 1;
                    item.end = item.dash + 1;
                }
            }
            previousEnd = item.end;
            sequence.values.add(item);
        }
        sequence.end = sequence.flow ? toChar(e.getEndMark().getIndex())
                : sequence.values.isEmpty() ? sequence.valueStart : last(sequence).end;
    }

    private static SourceNode last(SourceNode collection) {
        return collection.values.get(collection.values.size() - 1);
    }

    /**
     * A block scalar's parser end lies past its trailing line breaks. Its text ends at its last
     * content line, or with keep chomping ({@code |+}) at its last line break, since there the
     * trailing empty lines are part of the value.
     */
    private void endBlockScalar(SourceNode node) {
        node.consumedEnd = node.end;
        int headerEnd = lines.lineEnd(lines.lineOf(node.valueStart));
        int contentEnd = node.consumedEnd;
        while (contentEnd > headerEnd && isBlank(text.charAt(contentEnd - 1))) {
            contentEnd--;
        }
        if (contentEnd > headerEnd) {
            contentEnd = lines.lineEnd(lines.lineOf(contentEnd - 1));
        }
        node.end = Math.max(headerEnd, contentEnd);
        node.lastBreak = Math.max(node.end, lastBreakBefore(node.consumedEnd));
        if (BlockScalarHeader.parse(text, node.valueStart).chomping() == '+') {
            node.end = node.lastBreak;
        }
    }

    /** Position of the last line break the block consumed (the break itself stays outside). */
    private int lastBreakBefore(int consumedEnd) {
        int p = text.lastIndexOf('\n', consumedEnd - 1);
        if (p < 0) {
            return consumedEnd;
        }
        return p > 0 && text.charAt(p - 1) == '\r' ? p - 1 : p;
    }

    private int colonAfter(int pos) {
        int i = pos;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i < text.length() && text.charAt(i) == ':' ? i : -1;
    }

    /** Skips {@code &anchor} and {@code !tag} and the white space after them. */
    private int skipProperties(int start, String anchor, String tag) {
        if (anchor == null && tag == null) {
            return start;
        }
        int i = start;
        while (i < text.length() && (text.charAt(i) == '&' || text.charAt(i) == '!')) {
            while (i < text.length() && !isBlank(text.charAt(i))) {
                i++;
            }
            i = lines.skipSpaceAndComments(i);
        }
        return i;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private static char style(DumperOptions.ScalarStyle style) {
        return switch (style) {
            case SINGLE_QUOTED -> SourceNode.SINGLE;
            case DOUBLE_QUOTED -> SourceNode.DOUBLE;
            case LITERAL -> SourceNode.LITERAL;
            case FOLDED -> SourceNode.FOLDED;
            default -> SourceNode.PLAIN;
        };
    }

    private int toChar(int codePointIndex) {
        return charOfCodePoint == null ? codePointIndex : charOfCodePoint[Math.min(codePointIndex, charOfCodePoint.length - 1)];
    }

    private static int[] codePointMap(String text) {
        int n = text.length();
        boolean surrogates = false;
        for (int i = 0; i < n && !surrogates; i++) {
            surrogates = Character.isSurrogate(text.charAt(i));
        }
        if (!surrogates) {
            return null;
        }
        int[] map = new int[text.codePointCount(0, n) + 1];
        int cp = 0;
        for (int i = 0; i < n; i += Character.charCount(text.codePointAt(i))) {
            map[cp++] = i;
        }
        map[cp] = n;
        return map;
    }
}
