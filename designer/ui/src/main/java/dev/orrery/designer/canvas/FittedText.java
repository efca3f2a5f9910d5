package dev.orrery.designer.canvas;

import javafx.scene.text.Text;

/**
 * Shortens a {@link Text} to a width with an ellipsis, as a {@code Label} would: a node view uses
 * plain text nodes because a label (a control with a skin) costs several times more to style when a
 * view is made, and views are made while the user pans and zooms.
 */
final class FittedText {
    private static final String ELLIPSIS = "…";

    private FittedText() {
    }

    /** Where the text is cut when it does not fit. */
    enum Cut {
        /** {@code long-step-na…}: the start says most (step names). */
        END,
        /** {@code pytorch/pyto…cudnn9-runtime}: both ends say something (image references). */
        CENTER
    }

    /**
     * Sets {@code full} on the node, shortened to {@code maxWidth} with an ellipsis if it is wider in
     * the node's current font. Call after CSS has set the font (in layout).
     */
    static void fit(Text node, String full, double maxWidth, Cut cut) {
        // once per text and font: setting the text again would ask for another layout pass, and this
        // runs in layout, so the view would be laid out (and its cached bitmap redrawn) every frame
        java.util.List<Object> key = java.util.List.of(String.valueOf(full), node.getFont(), maxWidth, cut);
        if (key.equals(node.getProperties().get(FittedText.class))) {
            return;
        }
        node.getProperties().put(FittedText.class, key);
        node.setText(full);
        if (full == null || full.isEmpty() || width(node) <= maxWidth) {
            return;
        }
        // the longest cut that fits: binary search on the characters kept
        int lo = 0;
        int hi = full.length();
        String best = ELLIPSIS;
        while (lo < hi) {
            int keep = (lo + hi + 1) / 2;
            String candidate = cut(full, keep, cut);
            node.setText(candidate);
            if (width(node) <= maxWidth) {
                best = candidate;
                lo = keep;
            } else {
                hi = keep - 1;
            }
        }
        node.setText(best);
    }

    private static String cut(String full, int keep, Cut cut) {
        if (cut == Cut.END) {
            return full.substring(0, keep) + ELLIPSIS;
        }
        int head = (keep + 1) / 2;
        int tail = keep - head;
        return full.substring(0, head) + ELLIPSIS + full.substring(full.length() - tail);
    }

    private static double width(Text node) {
        return node.getLayoutBounds().getWidth();
    }
}
