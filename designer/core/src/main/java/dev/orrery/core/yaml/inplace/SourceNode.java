package dev.orrery.core.yaml.inplace;

import java.util.ArrayList;
import java.util.List;

/**
 * One node of a YAML document as it is written in the source text: its kind, style and where it
 * stands (char offsets into the whole text). Values are not interpreted here; the reader's tree
 * ({@code YamlReader}) says what they mean, this says where they are.
 */
final class SourceNode {
    enum Kind { SCALAR, MAPPING, SEQUENCE, ALIAS }

    static final char PLAIN = ' ';
    static final char SINGLE = '\'';
    static final char DOUBLE = '"';
    static final char LITERAL = '|';
    static final char FOLDED = '>';

    final Kind kind;
    final boolean flow;
    /** Scalars: {@link #PLAIN}, {@link #SINGLE}, {@link #DOUBLE}, {@link #LITERAL} or {@link #FOLDED}. */
    final char style;
    /** The anchor it defines ({@code &a}), or for an alias the anchor it names. */
    final String anchor;
    final String tag;
    /** Scalars: the text as the parser read it (used for keys). */
    final String text;
    /** First char of the node, including its anchor and tag. */
    final int start;
    /** First char of the node's own content, after anchor and tag. */
    int valueStart;
    /** Exclusive end of the node's text: for block collections the end of the last child; for block
     *  scalars the end of the last content line (with keep chomping: before the last line break). */
    int end;
    /** Block scalars: where the parser stopped (after trailing line breaks). */
    int consumedEnd;
    /** Block scalars: the last line break the block consumed (its trailing empty lines end there). */
    int lastBreak;

    SourceNode parent;
    /** For a mapping value: its key. */
    SourceNode key;
    /** For a mapping value: position of the ':' after its key, or -1 when none was found. */
    int colon = -1;
    /** For an item of a block sequence: position of its '-', or -1. */
    int dash = -1;

    /** Mappings: keys and values side by side. Sequences: items in {@link #values}. */
    final List<SourceNode> keys;
    final List<SourceNode> values;

    SourceNode(Kind kind, boolean flow, char style, String anchor, String tag, String text, int start) {
        this.kind = kind;
        this.flow = flow;
        this.style = style;
        this.anchor = anchor;
        this.tag = tag;
        this.text = text;
        this.start = start;
        this.valueStart = start;
        this.keys = kind == Kind.MAPPING ? new ArrayList<>() : null;
        this.values = kind == Kind.MAPPING || kind == Kind.SEQUENCE ? new ArrayList<>() : List.of();
    }

    boolean isBlockScalar() {
        return kind == Kind.SCALAR && (style == LITERAL || style == FOLDED);
    }

    boolean isBlockCollection() {
        return !flow && (kind == Kind.MAPPING || kind == Kind.SEQUENCE);
    }

    /** An empty plain scalar (an implicit null such as {@code key:} with nothing after it). */
    boolean isEmptyPlain() {
        return kind == Kind.SCALAR && style == PLAIN && text.isEmpty();
    }

    /** True if this node or one of its ancestors is inside a flow collection. */
    boolean inFlow() {
        for (SourceNode n = parent; n != null; n = n.parent) {
            if (n.flow) {
                return true;
            }
        }
        return false;
    }

    boolean isAncestorOrSelfOf(SourceNode other) {
        for (SourceNode n = other; n != null; n = n.parent) {
            if (n == this) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return kind + (flow ? "(flow)" : "") + "[" + start + "," + end + ")";
    }
}
