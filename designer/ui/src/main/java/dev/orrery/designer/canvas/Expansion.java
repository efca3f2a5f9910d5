package dev.orrery.designer.canvas;

import dev.orrery.core.model.Position;
import dev.orrery.designer.doc.StepPaths;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Which groups the canvas shows expanded (paths of steps, see {@link StepPaths}): view state,
 * not part of the pipeline, so expanding never marks the document modified or enters the undo
 * history. Collapsing a group forgets the groups expanded inside it.
 */
final class Expansion {
    private final Set<String> paths = new LinkedHashSet<>();
    private final Runnable changed;
    private int version;

    Expansion(Runnable changed) {
        this.changed = changed;
    }

    void toggle(String path) {
        if (!paths.remove(path)) {
            paths.add(path);
        } else {
            paths.removeIf(p -> p.startsWith(path + StepPaths.SEPARATOR));
        }
        version++;
        changed.run();
    }

    /** Toggles a group that can expand or collapse; other steps and recursive references are left alone. */
    boolean toggleIfGroup(GraphIndex index, String step) {
        GroupLayout.GroupState state = index.groups.groups.get(step);
        if (state == GroupLayout.GroupState.COLLAPSED || state == GroupLayout.GroupState.EXPANDED) {
            toggle(step);
            return true;
        }
        return false;
    }

    /** Toggles each of the steps that is a group (against the index as it was); true when there was one. */
    boolean toggleGroups(GraphIndex index, java.util.Collection<String> steps) {
        boolean any = false;
        for (String s : steps) {
            any |= toggleIfGroup(index, s);
        }
        return any;
    }

    Set<String> paths() {
        return Set.copyOf(paths);
    }

    int version() {
        return version;
    }

    /**
     * Where a step is drawn with the groups expanded: an inner step relative to its group, a step of
     * the shown graph at its stored position shifted to make room for the expanded groups.
     */
    static Position place(String step, GroupLayout groups, Function<String, Position> stored) {
        String parent = StepPaths.parent(step);
        if (parent != null) {
            Position offset = groups.offsets.get(step);
            Position group = place(parent, groups, stored);
            return offset == null || group == null ? null : new Position(group.x() + offset.x(), group.y() + offset.y());
        }
        Position at = stored.apply(step);
        if (at == null) {
            return null;
        }
        Map<String, Position> topGroups = new LinkedHashMap<>();
        for (String g : groups.frames.keySet()) {
            if (!StepPaths.isInner(g)) {
                topGroups.put(g, stored.apply(g));
            }
        }
        double[] d = groups.shift(step, at, topGroups);
        return d[0] == 0 && d[1] == 0 ? at : new Position(at.x() + d[0], at.y() + d[1]);
    }
}
