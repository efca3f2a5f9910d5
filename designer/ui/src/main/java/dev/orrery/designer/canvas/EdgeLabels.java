package dev.orrery.designer.canvas;

import dev.orrery.core.refs.Binding;
import dev.orrery.designer.doc.StepPaths;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;

/**
 * The names on the edges that carry data: one name ({@code dataset}) as a small label in the
 * middle of the edge, several as their count with the list on hover. Labels live in world
 * coordinates on the canvas's marker layer, so pans and zooms move them without work here.
 *
 * <p>Kept cheap for large graphs: what flows is read once per revision ({@link EdgeFlows}); labels
 * are shown only from {@link #LABEL_SCALE} (below it their text is too small to read) and only for
 * edges in view, at most {@link #MAX_SHOWN}; a label whose edge leaves the view is kept hidden for
 * the next one, and in a large graph a frame makes at most a few new ones (a new control costs a CSS
 * pass), and none change while the view pans or zooms.
 */
final class EdgeLabels {
    /** From this scale up the labels' text (11 px at 100 %) can be read. */
    static final double LABEL_SCALE = 0.5;
    /** Most labels shown at once; past it the view is too crowded for names to help. */
    static final int MAX_SHOWN = 200;
    /** In graphs up to this many steps every missing label is made at once. */
    private static final int SMALL_GRAPH = 200;
    /** In larger graphs, labels made per frame once the view rests (each costs a CSS pass). */
    private static final int NEW_PER_FRAME = 2;
    /** How far above the middle a label goes when a problem marker takes the middle. */
    private static final double ABOVE_MARKER = 20;

    private final Group group = new Group();
    private final Map<Dependency, Label> shown = new HashMap<>();
    private final ArrayDeque<Label> spare = new ArrayDeque<>();
    private Object shownKey;

    EdgeLabels() {
        group.setManaged(false);
        group.getStyleClass().add("edge-labels");
    }

    Group node() {
        return group;
    }

    /**
     * Shows the labels of the data edges in view.
     *
     * @return true when labels are still to be made (the caller asks for another frame)
     */
    boolean update(GraphIndex index, GraphGeometry geo, EdgeFlows flows, EdgeProblems problems, Rectangle2D view,
            double scale, boolean moving, boolean zooming) {
        boolean small = index.steps.size() <= SMALL_GRAPH;
        if (!small && moving) {
            // In a large graph the labels wait for the view to rest: finding the edges in view reads
            // every edge (3 ms at 10,000 steps), and while zooming each label's bitmap would be drawn
            // again at every scale. Panning moves the labels shown with the world; zooming hides them.
            group.setVisible(!zooming);
            return false;
        }
        group.setVisible(true);
        int allowance = small ? Integer.MAX_VALUE : NEW_PER_FRAME;
        boolean legible = scale >= LABEL_SCALE && !flows.isEmpty();
        Object key = List.of(geo, flows, problems, legible ? view : "hidden");
        if (key.equals(shownKey)) {
            return false;
        }
        Map<Dependency, double[]> wanted = legible ? inView(index, geo, flows, view) : Map.of();
        for (Iterator<Map.Entry<Dependency, Label>> it = shown.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Dependency, Label> e = it.next();
            if (!wanted.containsKey(e.getKey())) {
                e.getValue().setVisible(false);
                spare.add(e.getValue());
                it.remove();
            }
        }
        int made = 0;
        boolean more = false;
        for (Map.Entry<Dependency, double[]> w : wanted.entrySet()) {
            Dependency d = w.getKey();
            Label l = shown.get(d);
            if (l == null) {
                l = spare.poll();
                if (l == null) {
                    if (made >= allowance) {
                        more = true;
                        continue;
                    }
                    l = newLabel();
                    made++;
                }
                shown.put(d, l);
            }
            show(l, d, flows.on(d.from(), d.to()), w.getValue(), problems.has(d.from(), d.to()));
        }
        // while labels are missing the next frame must not be skipped as unchanged
        shownKey = more ? null : key;
        return more;
    }

    /** The data edges meeting the view, each with its middle, in edge order, at most {@link #MAX_SHOWN}. */
    private static Map<Dependency, double[]> inView(GraphIndex index, GraphGeometry geo, EdgeFlows flows,
            Rectangle2D view) {
        Map<Dependency, double[]> out = new LinkedHashMap<>();
        double[] e = geo.edges;
        for (int i = 0; i < geo.edgeCount() && out.size() < MAX_SHOWN; i++) {
            // a cubic with level ends of equal bend passes through the middle of its end points
            double mx = (e[4 * i] + e[4 * i + 2]) / 2;
            double my = (e[4 * i + 1] + e[4 * i + 3]) / 2;
            if (!view.contains(mx, my)) {
                continue;
            }
            String from = index.steps.get(geo.edgeFrom[i]).name;
            String to = index.steps.get(geo.edgeTo[i]).name;
            if (!flows.on(from, to).isEmpty()) {
                out.put(new Dependency(from, to), new double[] {mx, my});
            }
        }
        return out;
    }

    private Label newLabel() {
        Label l = new Label();
        l.getStyleClass().add("edge-label");
        l.setCache(true); // pans copy its bitmap instead of drawing its text again
        // the scene's one shared tooltip, not one per label: each Tooltip is a popup window with its
        // own scene, and making one was most of the cost of a new label (5-10 ms a frame while panning)
        l.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
            if (l.getUserData() instanceof Shown s) {
                PortTip.of(l.getScene()).enter(l, s.tip());
            }
        });
        l.addEventHandler(MouseEvent.MOUSE_EXITED, e -> PortTip.of(l.getScene()).exit(l));
        l.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> PortTip.of(l.getScene()).exit(l));
        group.getChildren().add(l);
        l.applyCss(); // sized now, so it is placed right in this frame
        return l;
    }

    /**
     * What a label shows, kept in its user data: a pan asks for every label in view again, and setting
     * an id, even to an equal new string, makes JavaFX restyle the label (a CSS pass per label per
     * frame); so a label is touched only when what it shows changed.
     */
    private record Shown(Dependency edge, List<Binding> flows, double x, double y, boolean marked) {
        /** What the label's tooltip says: the edge and what flows on it. */
        String tip() {
            return edge + "\n" + EdgeFlows.describe(flows);
        }
    }

    private static void show(Label l, Dependency d, List<Binding> flows, double[] middle, boolean marked) {
        Shown now = new Shown(d, flows, middle[0], middle[1], marked);
        if (now.equals(l.getUserData()) && l.isVisible()) {
            return;
        }
        String text = EdgeFlows.label(flows);
        l.setUserData(now);
        l.setId("edge-label-" + d.from() + "--" + d.to());
        if (!text.equals(l.getText())) {
            l.setText(text);
        }
        l.pseudoClassStateChanged(COUNT, flows.stream().map(Binding::label).distinct().count() > 1);
        l.setVisible(true);
        l.autosize();
        l.relocate(middle[0] - l.getWidth() / 2, middle[1] - l.getHeight() / 2 - (marked ? ABOVE_MARKER : 0));
    }

    private static final javafx.css.PseudoClass COUNT = javafx.css.PseudoClass.getPseudoClass("count");

    /** The edge whose label covers a world point, or null: a click on a label selects its edge. */
    Dependency at(double wx, double wy) {
        for (Map.Entry<Dependency, Label> e : shown.entrySet()) {
            Bounds b = e.getValue().getBoundsInParent();
            // edges inside an expanded group are not edited from the canvas (as in EdgeHits)
            if (b.contains(wx, wy) && !StepPaths.isInner(e.getKey().from()) && !StepPaths.isInner(e.getKey().to())) {
                return e.getKey();
            }
        }
        return null;
    }

    /** The text on an edge's label, or null when none is shown (tests). */
    String textOf(String from, String to) {
        Label l = shown.get(new Dependency(from, to));
        return l == null ? null : l.getText();
    }

    /** How many labels are shown now. */
    int shownCount() {
        return shown.size();
    }
}
