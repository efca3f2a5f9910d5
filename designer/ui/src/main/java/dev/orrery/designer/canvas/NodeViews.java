package dev.orrery.designer.canvas;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javafx.scene.CacheHint;
import javafx.scene.layout.Pane;

/**
 * The node views of the steps in view. In a large graph views are made only while the view rests,
 * one per frame (a zoom can bring 250 steps into detail at once, and a new view costs several ms
 * of CSS and layout); until then the canvas paints those steps into its picture as their views look
 * ({@link PaintedNodes}), so panning and zooming never wait for views. A view whose step leaves the
 * view is hidden, not removed: it keeps its step (and so its id and styles), and shows it again at
 * no cost when the step comes back (panning or zooming back). Views of steps that left longest ago
 * are given to new steps once many are kept. While a large graph zooms, no view is shown: every
 * step in view is painted.
 */
final class NodeViews {
    /** In graphs up to this size every missing view is made at once (at most a few hundred). */
    static final int SMALL_GRAPH = 200;
    /**
     * In larger graphs, views made per frame while the view rests. A new view costs 5–8 ms on this
     * machine (software rendering, 2 cores), most of it in the CSS and layout passes after it joins
     * the scene.
     */
    private static final int NEW_VIEWS_PER_FRAME = 1;

    /** Views kept hidden for steps out of view; above this many, the longest hidden are reused. */
    private static final int HIDDEN_KEPT = 300;

    private final Pane layer;
    private final Supplier<NodeView> factory;
    private final Map<String, NodeView> views = new HashMap<>();
    /** Hidden views by step, longest hidden first. */
    private final LinkedHashMap<String, NodeView> hidden = new LinkedHashMap<>();
    /** Views of steps no longer in the graph, hidden, for any step. */
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
     * @param zooming a zoom in progress: a small graph's views stretch their cached bitmaps (re-rendered
     *                once it pauses); a large graph's views are hidden and the picture shows its steps
     * @param moving  a pan or zoom in progress: a large graph makes no new views
     * @return the wanted steps still waiting for a view
     */
    Set<String> update(Set<String> wanted, Set<String> steps, boolean zooming, boolean moving, Filler filler) {
        // While a large graph zooms, every view's cached bitmap would be stretched each frame (17–33 ms
        // with 70–136 views in view): the picture shows the steps as boxes until the zoom pauses, and
        // the views kept hidden come back at once then.
        boolean boxesOnly = zooming && steps.size() > SMALL_GRAPH;
        for (Iterator<Map.Entry<String, NodeView>> it = views.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, NodeView> e = it.next();
            if (boxesOnly || !wanted.contains(e.getKey())) {
                e.getValue().setVisible(false);
                hidden.put(e.getKey(), e.getValue());
                it.remove();
            }
        }
        for (Iterator<Map.Entry<String, NodeView>> it = hidden.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, NodeView> e = it.next();
            if (!steps.contains(e.getKey())) {
                e.getValue().forget();
                pool.push(e.getValue());
                it.remove();
            }
        }
        if (boxesOnly) {
            return new HashSet<>(wanted);
        }
        // Each node view is drawn from a cached bitmap, copied rather than re-rendered each frame.
        CacheHint hint = zooming ? CacheHint.SPEED : CacheHint.QUALITY;
        int missing = 0;
        for (String name : wanted) {
            missing += views.containsKey(name) || hidden.containsKey(name) ? 0 : 1;
        }
        int allowed = steps.size() <= SMALL_GRAPH ? missing : moving ? 0 : Math.min(missing, NEW_VIEWS_PER_FRAME);
        int made = 0;
        Set<String> waiting = new HashSet<>();
        for (String name : wanted) {
            NodeView v = views.get(name);
            if (v == null && hidden.containsKey(name)) {
                v = hidden.remove(name);
                v.setVisible(true);
                views.put(name, v);
            } else if (v == null) {
                if (made >= allowed) {
                    waiting.add(name);
                    continue;
                }
                v = spareView();
                v.setVisible(true);
                views.put(name, v);
                made++;
            }
            filler.fill(name, v);
            v.setCacheHint(hint);
        }
        return waiting;
    }

    /** A view for another step: from the pool, else the longest hidden once many are kept, else new. */
    private NodeView spareView() {
        if (!pool.isEmpty()) {
            return pool.pop();
        }
        if (hidden.size() >= HIDDEN_KEPT) {
            var eldest = hidden.entrySet().iterator();
            NodeView v = eldest.next().getValue();
            eldest.remove();
            return v;
        }
        NodeView v = factory.get();
        v.setCache(true);
        layer.getChildren().add(v);
        return v;
    }

    NodeView get(String step) {
        return views.get(step);
    }

    int size() {
        return views.size();
    }
}
