package dev.orrery.designer.canvas;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javafx.scene.CacheHint;
import javafx.scene.layout.Pane;

/**
 * The node views of the steps in view, recycled through a pool. When many are missing at once (a
 * zoom bringing 250 steps into detail), a frame makes only a few; the canvas paints the others as
 * boxes until later frames make theirs.
 */
final class NodeViews {
    /** Up to this many missing node views are all made at once (a small graph, a pan's new column). */
    private static final int ALL_NEW_VIEWS_UP_TO = 24;
    /**
     * Beyond that, node views made (or refilled from the pool) per frame. A view costs 1–5 ms on this
     * machine, most of it in the CSS pass after it joins the scene.
     */
    private static final int NEW_VIEWS_PER_FRAME = 3;

    private final Pane layer;
    private final Supplier<NodeView> factory;
    private final Map<String, NodeView> views = new HashMap<>();
    private final ArrayDeque<NodeView> pool = new ArrayDeque<>();

    NodeViews(Pane layer, Supplier<NodeView> factory) {
        this.layer = layer;
        this.factory = factory;
    }

    /** Something that shows a step in its view: placement, content, state. */
    interface Filler {
        void fill(String step, NodeView view);
    }

    /**
     * Makes the wanted steps' views (within the frame's allowance) and recycles the others.
     *
     * @param wanted the steps in view, in the order they should get views
     * @param zooming while zooming each view's cached bitmap is stretched; once it pauses, re-rendered
     * @return the wanted steps still waiting for a view
     */
    Set<String> update(Set<String> wanted, boolean zooming, Filler filler) {
        for (Iterator<Map.Entry<String, NodeView>> it = views.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, NodeView> e = it.next();
            if (!wanted.contains(e.getKey())) {
                layer.getChildren().remove(e.getValue());
                pool.push(e.getValue());
                it.remove();
            }
        }
        // Each node view is drawn from a cached bitmap, copied rather than re-rendered each frame.
        CacheHint hint = zooming ? CacheHint.SPEED : CacheHint.QUALITY;
        int missing = 0;
        for (String name : wanted) {
            missing += views.containsKey(name) ? 0 : 1;
        }
        int allowed = missing <= ALL_NEW_VIEWS_UP_TO ? missing : NEW_VIEWS_PER_FRAME;
        int made = 0;
        Set<String> waiting = new HashSet<>();
        for (String name : wanted) {
            NodeView v = views.get(name);
            if (v == null) {
                if (made >= allowed) {
                    waiting.add(name);
                    continue;
                }
                v = pool.isEmpty() ? newView() : pool.pop();
                layer.getChildren().add(v);
                views.put(name, v);
                made++;
            }
            filler.fill(name, v);
            v.setCacheHint(hint);
        }
        return waiting;
    }

    private NodeView newView() {
        NodeView v = factory.get();
        v.setCache(true);
        return v;
    }

    NodeView get(String step) {
        return views.get(step);
    }

    int size() {
        return views.size();
    }
}
