package dev.orrery.core.yaml;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Source lines of the values of one YAML document, looked up by JSON Pointer (RFC 6901).
 *
 * <p>Kept as a skeleton that mirrors only the containers of the tree: each container stores its
 * children's keys (shared with the tree) and lines in flat arrays. Building full pointer strings for
 * every value would cost more memory than the tree itself on a 50 MB file. The index is independent of
 * the {@code JsonNode} tree, so later edits to the tree do not corrupt it (they just make it describe
 * the source as read).
 *
 * <p>Lines are 1-based. A mapping entry's line is the line of its key; a sequence item's line is where
 * the item starts. Immutable after reading and safe to share between threads.
 */
public final class LineIndex {

    private static final LineIndex EMPTY = new LineIndex(null);

    private final Node root;

    LineIndex(Node root) {
        this.root = root;
    }

    /** An index that knows no lines (every lookup answers 0). */
    public static LineIndex empty() {
        return EMPTY;
    }

    /**
     * The 1-based line of the value at {@code jsonPointer}, or of its nearest ancestor that was recorded
     * (e.g. values copied in by an alias report the alias' line); 0 if unknown or the pointer is
     * malformed. {@code ""} is the document root.
     */
    public int lineOf(String jsonPointer) {
        if (root == null || jsonPointer == null) {
            return 0;
        }
        if (jsonPointer.isEmpty()) {
            return root.line;
        }
        if (jsonPointer.charAt(0) != '/') {
            return 0;
        }
        Node node = root;
        int line = root.line;
        int start = 1;
        while (node != null) {
            int end = jsonPointer.indexOf('/', start);
            if (end < 0) {
                end = jsonPointer.length();
            }
            String segment = unescape(jsonPointer, start, end);
            if (segment == null) {
                return 0;
            }
            int i = node.indexOf(segment);
            if (i < 0) {
                return line;
            }
            line = node.lines[i];
            if (end == jsonPointer.length()) {
                return line;
            }
            node = node.children == null ? null : node.children[i];
            start = end + 1;
        }
        return line;
    }

    /** Decodes one reference token ({@code ~1} is '/', {@code ~0} is '~'); null if it is malformed. */
    private static String unescape(String pointer, int from, int to) {
        int tilde = pointer.indexOf('~', from);
        if (tilde < 0 || tilde >= to) {
            return pointer.substring(from, to);
        }
        StringBuilder sb = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = pointer.charAt(i);
            if (c != '~') {
                sb.append(c);
                continue;
            }
            char next = i + 1 < to ? pointer.charAt(i + 1) : 0;
            if (next == '0') {
                sb.append('~');
            } else if (next == '1') {
                sb.append('/');
            } else {
                return null;
            }
            i++;
        }
        return sb.toString();
    }

    /**
     * Skeleton of one container (or of a scalar root, which simply has no entries). Filled by the
     * reader while it builds the tree, then {@link #seal() sealed}.
     */
    static final class Node {
        /** Objects with more keys than this get a hash lookup, so lookups stay O(1) on huge maps. */
        private static final int LINEAR_SCAN_MAX = 16;

        final int line;
        private final boolean object;
        private String[] keys;
        private int[] lines;
        private Node[] children; // allocated only once a child container is added
        private int size;
        private volatile Map<String, Integer> byKey;

        private Node(int line, boolean object) {
            this.line = line;
            this.object = object;
            this.lines = new int[4];
            this.keys = object ? new String[4] : null;
        }

        static Node object(int line) {
            return new Node(line, true);
        }

        static Node array(int line) {
            return new Node(line, false);
        }

        static Node leaf(int line) {
            Node n = new Node(line, false);
            n.lines = new int[0];
            return n;
        }

        /** Adds the next child; {@code key} is null for sequence items, {@code child} null for scalars. */
        /** Points an existing key at a new value (a duplicate key); returns the line it had. */
        int replace(String key, int childLine, Node child) {
            for (int i = 0; i < size; i++) {
                if (key.equals(keys[i])) {
                    int previous = lines[i];
                    lines[i] = childLine;
                    if (child != null && children == null) {
                        children = new Node[lines.length];
                    }
                    if (children != null) {
                        children[i] = child;
                    }
                    return previous;
                }
            }
            add(key, childLine, child);
            return childLine;
        }

        void add(String key, int childLine, Node child) {
            if (size == lines.length) {
                int capacity = size * 2;
                lines = Arrays.copyOf(lines, capacity);
                if (object) {
                    keys = Arrays.copyOf(keys, capacity);
                }
                if (children != null) {
                    children = Arrays.copyOf(children, capacity);
                }
            }
            if (object) {
                keys[size] = key;
            }
            lines[size] = childLine;
            if (child != null) {
                if (children == null) {
                    children = new Node[lines.length];
                }
                children[size] = child;
            }
            size++;
        }

        /** Trims the growth slack; called once the container is complete. */
        Node seal() {
            if (size != lines.length) {
                lines = Arrays.copyOf(lines, size);
                if (object) {
                    keys = Arrays.copyOf(keys, size);
                }
                if (children != null) {
                    children = Arrays.copyOf(children, size);
                }
            }
            return this;
        }

        private int indexOf(String segment) {
            if (!object) {
                return arrayIndex(segment);
            }
            if (size <= LINEAR_SCAN_MAX) {
                for (int i = 0; i < size; i++) {
                    if (keys[i].equals(segment)) {
                        return i;
                    }
                }
                return -1;
            }
            Map<String, Integer> map = byKey;
            if (map == null) {
                map = new HashMap<>(size * 2);
                for (int i = size - 1; i >= 0; i--) { // first occurrence wins, like the linear scan
                    map.put(keys[i], i);
                }
                byKey = map;
            }
            Integer i = map.get(segment);
            return i == null ? -1 : i;
        }

        /** RFC 6901 array index: digits without a leading zero ("-" and "01" match nothing). */
        private int arrayIndex(String segment) {
            int n = segment.length();
            if (n == 0 || n > 9 || (n > 1 && segment.charAt(0) == '0')) {
                return -1;
            }
            int value = 0;
            for (int i = 0; i < n; i++) {
                char c = segment.charAt(i);
                if (c < '0' || c > '9') {
                    return -1;
                }
                value = value * 10 + (c - '0');
            }
            return value < size ? value : -1;
        }
    }
}
