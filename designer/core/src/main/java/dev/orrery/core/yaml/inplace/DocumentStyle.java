package dev.orrery.core.yaml.inplace;

/**
 * How a document is laid out, read from the document itself, so that new content looks like its
 * neighbours.
 *
 * @param step           columns a nested mapping is indented under its key (2, 4, …)
 * @param sequenceIndent columns a block sequence's dashes are indented under its key (0: unindented)
 * @param itemOffset     columns from an item's dash to its content ({@code "- "}: 2)
 */
record DocumentStyle(int step, int sequenceIndent, int itemOffset) {
    static final DocumentStyle DEFAULT = new DocumentStyle(2, 2, 2);

    static DocumentStyle detect(SourceNode root, TextLines lines) {
        int[] found = {-1, -1, -1};
        visit(root, lines, found, 0);
        int step = found[0] > 0 ? found[0] : 2;
        int sequenceIndent = found[1] >= 0 ? found[1] : step;
        int itemOffset = found[2] > 0 ? found[2] : 2;
        return new DocumentStyle(step, sequenceIndent, itemOffset);
    }

    /** Depth-first until all three are found; the first occurrence of each decides. */
    private static void visit(SourceNode node, TextLines lines, int[] found, int depth) {
        if (node.flow || depth > 200 || (found[0] >= 0 && found[1] >= 0 && found[2] >= 0)) {
            return;
        }
        if (node.kind == SourceNode.Kind.MAPPING) {
            for (int i = 0; i < node.values.size(); i++) {
                SourceNode key = node.keys.get(i);
                SourceNode value = node.values.get(i);
                int keyColumn = lines.column(key.start);
                if (found[0] < 0 && value.kind == SourceNode.Kind.MAPPING && !value.flow
                        && lines.lineOf(value.valueStart) > lines.lineOf(key.start)) {
                    found[0] = lines.column(value.valueStart) - keyColumn;
                }
                if (found[1] < 0 && value.kind == SourceNode.Kind.SEQUENCE && !value.flow
                        && !value.values.isEmpty() && value.values.get(0).dash >= 0) {
                    found[1] = Math.max(0, lines.column(value.values.get(0).dash) - keyColumn);
                }
                visit(value, lines, found, depth + 1);
            }
        } else if (node.kind == SourceNode.Kind.SEQUENCE) {
            for (SourceNode item : node.values) {
                if (found[2] < 0 && item.dash >= 0 && item.kind == SourceNode.Kind.MAPPING && !item.flow
                        && lines.lineOf(item.valueStart) == lines.lineOf(item.dash)) {
                    found[2] = item.valueStart - item.dash;
                }
                visit(item, lines, found, depth + 1);
            }
        }
    }
}
