package dev.orrery.designer.compare;

import dev.orrery.core.diff.UnionGraph.Mark;
import dev.orrery.designer.canvas.Dependency;
import dev.orrery.designer.canvas.EdgeOverlay;
import dev.orrery.designer.canvas.NodeOverlay;
import dev.orrery.core.text.Counts;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * How a comparison's marks look on the canvas: added green, removed red (and dashed), changed amber with
 * a badge counting the step's changes. One mapping for node views, boxes, edges and the legend; the CSS
 * pseudo-classes are {@code diff-added}, {@code diff-removed} and {@code diff-changed}.
 */
public final class CompareMarks {
    public static final String ADDED = "#2da44e";
    public static final String REMOVED = "#e5534b";
    public static final String CHANGED = "#d4a72c";

    private CompareMarks() {
    }

    /** The colour of a mark, or null for an unchanged step or edge. */
    public static String colour(Mark m) {
        return switch (m) {
            case ADDED -> ADDED;
            case REMOVED -> REMOVED;
            case CHANGED -> CHANGED;
            case UNCHANGED -> null;
        };
    }

    /** The CSS pseudo-class of a mark ({@code diff-added}, …). */
    public static String pseudoClass(Mark m) {
        return "diff-" + m.name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The node overlays of a picture's marks.
     *
     * @param changeCount how many changes a step (by its name in the picture) has, for the badge
     */
    static Map<String, NodeOverlay> nodes(Map<String, Mark> marks, ToIntFunction<String> changeCount) {
        Map<String, NodeOverlay> out = new LinkedHashMap<>();
        marks.forEach((name, m) -> {
            if (m != Mark.UNCHANGED) {
                out.put(name, node(m, changeCount.applyAsInt(name)));
            }
        });
        return out;
    }

    static NodeOverlay node(Mark m, int changes) {
        return switch (m) {
            case ADDED -> new NodeOverlay(pseudoClass(m), ADDED, "mdi2p-plus-circle", "Added in this version");
            case REMOVED -> new NodeOverlay(pseudoClass(m), REMOVED, "mdi2m-minus-circle", "Removed in this version");
            default -> new NodeOverlay(pseudoClass(m), CHANGED, badge(changes),
                    Counts.of(changes, "change") + ": select the step to see them");
        };
    }

    /** The badge of a changed step: its number of changes, 9+ beyond nine. */
    static String badge(int changes) {
        if (changes <= 0) {
            return "mdi2p-pencil-circle";
        }
        return changes > 9 ? "mdi2n-numeric-9-plus-circle" : "mdi2n-numeric-" + changes + "-circle";
    }

    static Map<Dependency, EdgeOverlay> edges(Map<Dependency, Mark> marks) {
        Map<Dependency, EdgeOverlay> out = new LinkedHashMap<>();
        marks.forEach((d, m) -> {
            if (m == Mark.ADDED || m == Mark.REMOVED) {
                out.put(d, new EdgeOverlay(colour(m), m == Mark.REMOVED));
            }
        });
        return out;
    }
}
