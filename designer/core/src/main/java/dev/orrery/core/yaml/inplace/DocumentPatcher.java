package dev.orrery.core.yaml.inplace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Turns the source text of one document into text that reads as the merged tree, changing only the
 * text of what changed. Walks the source nodes beside the source tree and the merged tree: equal
 * subtrees are left alone; a changed scalar is rewritten in its own style; mapping entries and
 * sequence items are removed or inserted as whole lines (with the comment lines directly above a
 * removed one); a node that cannot be edited in place (a change of kind, a flow collection that
 * changes shape, anything an alias elsewhere repeats) is rewritten whole, as small as is safe.
 */
final class DocumentPatcher {
    private final TextLines lines;
    private final String text;
    private final SourceTree tree;
    private final Map<JsonNode, int[]> origins;
    private final StyledEmitter emitter;
    private final ScalarPatcher scalars;
    final TextEdits edits = new TextEdits();
    /** The merged value each visited source node was patched to read as (for the read-back check). */
    final Map<SourceNode, JsonNode> mergedByNode = new IdentityHashMap<>();

    DocumentPatcher(TextLines lines, SourceTree tree, Map<JsonNode, int[]> origins, DocumentStyle style) {
        this.lines = lines;
        this.text = lines.text();
        this.tree = tree;
        this.origins = origins;
        this.emitter = new StyledEmitter(style);
        this.scalars = new ScalarPatcher(lines, emitter, edits);
    }

    /** Edits {@code node} (which reads as {@code source}) so that it reads as {@code merged}. */
    void patch(SourceNode node, JsonNode source, JsonNode merged) {
        mergedByNode.put(node, merged);
        if (source == merged) {
            return; // the merge hands back the source's own node wherever nothing changed
        }
        boolean containers = source.isContainerNode() && merged.isContainerNode();
        if ((!containers || node.kind == SourceNode.Kind.ALIAS || tree.isShared(node))
                && Semantic.equal(source, merged)) {
            return;
        }
        int mark = edits.size();
        try {
            patchChanged(node, source, merged);
        } catch (Rewrite r) {
            if (r.node != node) {
                throw r;
            }
            edits.truncate(mark);
            replace(node, merged);
        }
    }

    private void patchChanged(SourceNode node, JsonNode source, JsonNode merged) {
        if (node.kind == SourceNode.Kind.ALIAS || tree.isShared(node)) {
            // An alias is expanded where it stands; an anchored node others repeat is rewritten
            // together with them (each gets its own copy), so no alias silently changes meaning.
            throw rewrite(node);
        }
        switch (node.kind) {
            case SCALAR -> {
                if (merged.isContainerNode() && !merged.isEmpty()) {
                    throw rewrite(node);
                }
                if (node.isEmptyPlain() && node.inFlow()) {
                    throw rewrite(node.parent);
                }
                scalars.change(node, source, merged);
            }
            case MAPPING -> {
                if (!(merged instanceof ObjectNode m) || m.isEmpty() || !(source instanceof ObjectNode s)) {
                    throw rewrite(node);
                }
                mapping(node, s, m);
            }
            case SEQUENCE -> {
                if (!(merged instanceof ArrayNode m) || m.isEmpty() || !(source instanceof ArrayNode s)) {
                    throw rewrite(node);
                }
                sequence(node, s, m);
            }
            default -> throw rewrite(node);
        }
    }

    /** Asks the smallest safe node around {@code node} to be rewritten whole. */
    private Rewrite rewrite(SourceNode node) {
        return new Rewrite(tree.safeToRewrite(node));
    }

    // ---- mappings ----

    private void mapping(SourceNode node, ObjectNode source, ObjectNode merged) {
        int n = node.keys.size();
        Map<String, Integer> lastIndex = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            SourceNode key = node.keys.get(i);
            if (key.kind != SourceNode.Kind.SCALAR) {
                throw rewrite(node);
            }
            if (!isMergeKey(key)) {
                lastIndex.put(key.text, i);
            }
        }
        // Keys that come from a merge (<<) cannot be changed or removed where they stand.
        for (Iterator<String> it = source.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!lastIndex.containsKey(k) && (!merged.has(k) || !Semantic.equal(source.get(k), merged.get(k)))) {
                throw rewrite(node);
            }
        }
        if (node.flow) {
            flowMapping(node, source, merged, lastIndex);
            return;
        }
        boolean[] removed = new boolean[n];
        int kept = 0;
        for (int i = 0; i < n; i++) {
            SourceNode key = node.keys.get(i);
            removed[i] = !isMergeKey(key) && !merged.has(key.text);
            kept += removed[i] ? 0 : 1;
        }
        if (kept == 0) {
            throw rewrite(node);
        }
        removeEntries(node, removed);
        for (Map.Entry<String, JsonNode> e : merged.properties()) {
            Integer i = lastIndex.get(e.getKey());
            if (i != null && source.has(e.getKey())) {
                patch(node.values.get(i), source.get(e.getKey()), e.getValue());
            }
        }
        addEntries(node, source, merged, lastIndex, removed);
    }

    private void flowMapping(SourceNode node, ObjectNode source, ObjectNode merged, Map<String, Integer> lastIndex) {
        if (lastIndex.size() != node.keys.size() || merged.size() != node.keys.size()) {
            throw rewrite(node);
        }
        int i = 0;
        for (Iterator<String> it = merged.fieldNames(); it.hasNext(); i++) {
            if (!node.keys.get(i).text.equals(it.next())) {
                throw rewrite(node);
            }
        }
        for (i = 0; i < node.keys.size(); i++) {
            String k = node.keys.get(i).text;
            patch(node.values.get(i), source.get(k), merged.get(k));
        }
    }

    private static boolean isMergeKey(SourceNode key) {
        return key.style == SourceNode.PLAIN && "<<".equals(key.text);
    }

    /** A removed node must not take an anchor that an alias elsewhere still needs. */
    private void checkRemovable(SourceNode removed) {
        SourceNode safe = tree.safeToRewrite(removed);
        if (safe != removed) {
            throw new Rewrite(safe);
        }
    }

    private void removeEntries(SourceNode node, boolean[] removed) {
        int n = removed.length;
        for (int i = 0; i < n; i++) {
            if (!removed[i]) {
                continue;
            }
            checkRemovable(node.values.get(i));
            SourceNode key = node.keys.get(i);
            if (!lines.onlySpacesBefore(key.start)) {
                // The first key of a sequence item shares the dash's line: the next kept key moves up.
                int j = i + 1;
                while (j < n && removed[j]) {
                    j++;
                }
                if (j == n) {
                    throw rewrite(node);
                }
                edits.replace(key.start, node.keys.get(j).start, "");
                i = j - 1;
                continue;
            }
            int floor = i == 0 ? -1 : lines.lineOf(node.values.get(i - 1).end);
            removeLines(lines.lineOf(key.start), floor, node.values.get(i).end);
        }
    }

    /** Removes the lines from {@code firstLine} through the one holding {@code end}, and the comments above. */
    private void removeLines(int firstLine, int floorLine, int end) {
        int from = lines.commentsAbove(firstLine, floorLine);
        int to = lines.nextLineStart(end);
        if (to == text.length() && !lines.endsWithLineBreak() && from > 0) {
            from = from - (from >= 2 && text.charAt(from - 2) == '\r' ? 2 : 1); // keep "no final newline"
        }
        edits.replace(from, to, "");
    }

    private void addEntries(SourceNode node, ObjectNode source, ObjectNode merged, Map<String, Integer> lastIndex,
                            boolean[] removed) {
        int column = lines.column(node.keys.get(0).start);
        char keyQuote = siblingKeyQuote(node);
        int previousKept = -1;
        int firstKept = -1;
        for (int i = 0; i < removed.length && firstKept < 0; i++) {
            firstKept = removed[i] || isMergeKey(node.keys.get(i)) ? -1 : i;
        }
        boolean canGoFirst = firstKept >= 0 && lines.onlySpacesBefore(node.keys.get(firstKept).start);
        int lastKept = -1;
        for (int i = removed.length - 1; i >= 0 && lastKept < 0; i--) {
            lastKept = removed[i] ? -1 : i;
        }
        for (Map.Entry<String, JsonNode> e : merged.properties()) {
            Integer i = lastIndex.get(e.getKey());
            if (source.has(e.getKey())) {
                previousKept = i != null ? i : previousKept; // explicit, or merged in (<<) and unchanged
                continue;
            }
            if (i != null) {
                throw rewrite(node); // written in the source, yet not in its tree: leave it to a rewrite
            }
            StringBuilder out = new StringBuilder();
            emitter.entry(out, e.getKey(), e.getValue(), column, keyQuote);
            if (previousKept >= 0) {
                insertLinesAfter(node.values.get(previousKept).end, out);
            } else if (canGoFirst) {
                edits.insert(lines.startOfLine(node.keys.get(firstKept).start), out.toString());
            } else {
                insertLinesAfter(node.values.get(lastKept).end, out);
            }
        }
    }

    /** The quote style shared by every key of the mapping ({@code ' '} when they are not all quoted alike). */
    private static char siblingKeyQuote(SourceNode node) {
        char quote = 0;
        for (SourceNode key : node.keys) {
            char style = key.style;
            if (style != SourceNode.SINGLE && style != SourceNode.DOUBLE || (quote != 0 && quote != style)) {
                return SourceNode.PLAIN;
            }
            quote = style;
        }
        return quote == 0 ? SourceNode.PLAIN : quote;
    }

    /** Inserts whole lines (each ending with a line break) after the line holding {@code end}. */
    private void insertLinesAfter(int end, StringBuilder block) {
        int at = lines.nextLineStart(end);
        if (at == text.length() && !lines.endsWithLineBreak()) {
            block.setLength(block.length() - 1); // keep "no final newline": the break goes first
            edits.insert(at, "\n" + block);
        } else {
            edits.insert(at, block.toString());
        }
    }

    // ---- sequences ----

    private void sequence(SourceNode node, ArrayNode source, ArrayNode merged) {
        int[] origin = origins.get(merged);
        if (origin == null || origin.length != merged.size()) {
            origin = ItemMatcher.match(merged, source);
        }
        if (node.flow) {
            if (merged.size() != source.size()) {
                throw rewrite(node);
            }
            for (int i = 0; i < origin.length; i++) {
                if (origin[i] != i) {
                    throw rewrite(node);
                }
            }
            for (int i = 0; i < origin.length; i++) {
                patch(node.values.get(i), source.get(i), merged.get(i));
            }
            return;
        }
        boolean[] kept = new boolean[source.size()];
        int previous = -1;
        for (int o : origin) {
            if (o >= 0) {
                if (o <= previous) {
                    throw rewrite(node); // items moved: rewrite the list rather than guess
                }
                previous = o;
                kept[o] = true;
            }
        }
        if (previous < 0) {
            throw rewrite(node);
        }
        for (int j = 0; j < kept.length; j++) {
            if (!kept[j]) {
                SourceNode item = node.values.get(j);
                checkRemovable(item);
                if (item.dash < 0 || !lines.onlySpacesBefore(item.dash)) {
                    throw rewrite(node);
                }
                int floor = j == 0 ? -1 : lines.lineOf(node.values.get(j - 1).end);
                removeLines(lines.lineOf(item.dash), floor, item.end);
            }
        }
        for (int i = 0; i < origin.length; i++) {
            if (origin[i] >= 0) {
                patch(node.values.get(origin[i]), source.get(origin[i]), merged.get(i));
            }
        }
        addItems(node, merged, origin);
    }

    private void addItems(SourceNode node, ArrayNode merged, int[] origin) {
        int previousKept = -1;
        int firstKept = -1;
        for (int o : origin) {
            if (o >= 0) {
                firstKept = o;
                break;
            }
        }
        SourceNode model = node.values.get(firstKept);
        if (model.dash < 0) {
            throw rewrite(node);
        }
        int dashColumn = lines.column(model.dash);
        int offset = lines.lineOf(model.valueStart) == lines.lineOf(model.dash) && !model.isEmptyPlain()
                ? model.valueStart - model.dash : emitter.style().itemOffset();
        for (int i = 0; i < origin.length; i++) {
            if (origin[i] >= 0) {
                previousKept = origin[i];
                continue;
            }
            StringBuilder out = new StringBuilder();
            emitter.item(out, merged.get(i), dashColumn, offset);
            if (previousKept >= 0) {
                insertLinesAfter(node.values.get(previousKept).end, out);
            } else if (lines.onlySpacesBefore(model.dash)) {
                edits.insert(lines.startOfLine(model.dash), out.toString());
            } else {
                throw rewrite(node);
            }
        }
    }

    // ---- rewriting a whole node ----

    /** Replaces the text of {@code node} with {@code value}, written in the surroundings' style. */
    private void replace(SourceNode node, JsonNode value) {
        if (node.flow || node.inFlow()) {
            StringBuilder out = new StringBuilder();
            StyledEmitter.flow(out, value);
            edits.replace(node.start, node.end, out.toString());
            return;
        }
        boolean block = value.isContainerNode() && !value.isEmpty();
        if (!block && node.kind == SourceNode.Kind.SCALAR && !node.isEmptyPlain()) {
            scalars.replaceBlockContext(node, value);
            return;
        }
        StringBuilder out = new StringBuilder();
        if (node.key != null) {
            if (node.colon < 0) {
                throw new PatchException("no ':' after the key at " + node.key.start);
            }
            int keyColumn = lines.column(node.key.start);
            emitter.afterKey(out, value, keyColumn);
            out.deleteCharAt(0).setLength(out.length() - 1); // the ':' stays, the line break too
            edits.replace(node.colon + 1, node.end, out.toString());
        } else if (node.dash >= 0) {
            int offset = lines.lineOf(node.valueStart) == lines.lineOf(node.dash) && !node.isEmptyPlain()
                    ? node.valueStart - node.dash : emitter.style().itemOffset();
            emitter.afterDash(out, value, lines.column(node.dash), offset);
            out.deleteCharAt(0).setLength(out.length() - 1);
            edits.replace(node.dash + 1, node.end, out.toString());
        } else if (node.parent == null) {
            replaceRoot(node, value);
        } else {
            throw new PatchException("cannot place a rewritten node at " + node.start);
        }
    }

    private void replaceRoot(SourceNode node, JsonNode value) {
        StringBuilder out = new StringBuilder();
        int start = node.start;
        if (lines.onlySpacesBefore(start)) {
            start = lines.startOfLine(start);
        } else {
            out.append('\n');
        }
        emitter.block(out, value, 0);
        out.setLength(out.length() - 1);
        edits.replace(start, node.end, out.toString());
    }

    /** Thrown up the walk to the node that must be rewritten whole. */
    static final class Rewrite extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient SourceNode node;

        Rewrite(SourceNode node) {
            super(null, null, false, false);
            this.node = node;
        }
    }
}
