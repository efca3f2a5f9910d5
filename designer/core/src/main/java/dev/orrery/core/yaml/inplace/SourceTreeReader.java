package dev.orrery.core.yaml.inplace;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Builds the {@link SourceNode} tree of one document from SnakeYAML's events, which carry start and
 * end marks. It listens to the same pass in which {@code YamlReader} reads the text (and checks its
 * limits), so the text is parsed once; only positions and styles are taken from here, the reader's
 * tree says what the values mean.
 *
 * <p>SnakeYAML's marks count code points, not chars; {@link #toChar} converts, so text with
 * characters outside the BMP (emoji) is located correctly.
 */
final class SourceTreeReader implements Consumer<Event> {
    private final String text;
    private final TextLines lines;
    private final int index;
    private final int[] charOfCodePoint; // null when every char is one code point
    private final Map<String, SourceNode> anchors = new HashMap<>();
    private final SourceTree.Builder tree = new SourceTree.Builder();
    private final ArrayDeque<Open> open = new ArrayDeque<>();
    private int document;
    private int skipDepth;
    private SourceNode root;

    /** A collection whose children are still arriving. */
    private static final class Open {
        final SourceNode node;
        SourceNode pendingKey;
        int previousEnd;

        Open(SourceNode node) {
            this.node = node;
            this.previousEnd = node.valueStart;
        }
    }

    /** Listens for document {@code index} (0-based, empty documents counted, as YamlReader counts). */
    SourceTreeReader(String text, TextLines lines, int index) {
        this.text = text;
        this.lines = lines;
        this.index = index;
        this.charOfCodePoint = codePointMap(text);
    }

    /** The tree, once the reader's pass is over. */
    SourceTree tree() {
        if (root == null) {
            throw new IllegalArgumentException("the text has no document " + index);
        }
        return tree.build(root);
    }

    @Override
    public void accept(Event e) {
        if (root != null) {
            return;
        }
        boolean start = e instanceof CollectionStartEvent;
        boolean end = e.is(Event.ID.MappingEnd) || e.is(Event.ID.SequenceEnd);
        if (document < index) {
            skipDepth += start ? 1 : end ? -1 : 0;
            if (skipDepth == 0 && !start) {
                document++;
            }
            return;
        }
        if (end) {
            Open done = open.pop();
            SourceNode node = done.node;
            if (node.kind == SourceNode.Kind.MAPPING && done.pendingKey != null) {
                throw new IllegalStateException("a mapping ended after a key without value");
            }
            node.end = node.flow ? toChar(e.getEndMark().getIndex())
                    : node.values.isEmpty() ? node.valueStart : last(node).end;
            attach(node);
            return;
        }
        SourceNode node = node(e, open.isEmpty() ? null : open.peek().node);
        if (start) {
            open.push(new Open(node));
        } else {
            attach(node);
        }
    }

    private void attach(SourceNode node) {
        Open parent = open.peek();
        if (parent == null) {
            root = node;
            return;
        }
        SourceNode collection = parent.node;
        if (collection.kind == SourceNode.Kind.MAPPING) {
            if (parent.pendingKey == null) {
                parent.pendingKey = node;
                return;
            }
            SourceNode key = parent.pendingKey;
            parent.pendingKey = null;
            node.key = key;
            node.colon = colonAfter(key.end);
            if (node.isEmptyPlain() && node.colon >= 0) {
                node.valueStart = node.colon + 1; // the parser may place an empty value on the next token
                node.end = node.colon + 1;
            }
            collection.keys.add(key);
            collection.values.add(node);
            return;
        }
        if (!collection.flow) {
            int dash = lines.skipSpaceAndComments(parent.previousEnd);
            node.dash = dash < node.start && text.charAt(dash) == '-' ? dash : -1;
            if (node.isEmptyPlain() && node.dash >= 0) {
                node.valueStart = node.dash + 1;
                node.end = node.dash + 1;
            }
        }
        parent.previousEnd = node.end;
        collection.values.add(node);
    }

    private SourceNode node(Event e, SourceNode parent) {
        int start = toChar(e.getStartMark().getIndex());
        SourceNode node;
        if (e instanceof ScalarEvent s) {
            node = new SourceNode(SourceNode.Kind.SCALAR, false, style(s.getScalarStyle()), s.getAnchor(),
                    s.getTag(), s.getValue(), start);
            node.valueStart = skipProperties(start, s.getAnchor(), s.getTag());
            node.end = toChar(e.getEndMark().getIndex());
            if (node.isBlockScalar()) {
                endBlockScalar(node);
            }
        } else if (e instanceof AliasEvent a) {
            node = new SourceNode(SourceNode.Kind.ALIAS, false, SourceNode.PLAIN, a.getAnchor(), null, null, start);
            node.end = toChar(e.getEndMark().getIndex());
            tree.alias(node, anchors.get(a.getAnchor()));
        } else if (e instanceof CollectionStartEvent c) {
            node = new SourceNode(e instanceof MappingStartEvent ? SourceNode.Kind.MAPPING : SourceNode.Kind.SEQUENCE,
                    c.isFlow(), SourceNode.PLAIN, c.getAnchor(), c.getTag(), null, start);
            node.valueStart = skipProperties(start, c.getAnchor(), c.getTag());
        } else {
            throw new IllegalStateException("unexpected YAML event " + e.getEventId());
        }
        node.parent = parent;
        if (node.anchor != null && node.kind != SourceNode.Kind.ALIAS) {
            anchors.put(node.anchor, node); // collections: before their children (the reader refuses recursion)
        }
        return node;
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
