package dev.orrery.designer.canvas;

import dev.orrery.designer.doc.Selection;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.shape.CubicCurve;

/**
 * The edge the user clicked: selection state (not in the model, not an edit), kept in step with the
 * document's {@link Selection} so the property sheet can show the edge, and drawn as a highlighted
 * curve over the picture on the canvas's world-coordinate layer. Selecting steps, a change that
 * removes the edge, Escape or a click elsewhere clears it.
 */
final class SelectedEdge {
    private final ReadOnlyObjectWrapper<Dependency> selected = new ReadOnlyObjectWrapper<>(this, "selectedEdge");
    private final CubicCurve curve = new CubicCurve();

    SelectedEdge(Selection selection) {
        // both ways: the canvas sets its edge, and the selection may be cleared from elsewhere
        selected.addListener((o, a, d) -> selection.selectEdge(d == null ? null : new Selection.Edge(d.from(), d.to())));
        selection.edgeProperty().addListener((o, a, e) -> selected.set(e == null ? null : new Dependency(e.from(), e.to())));
        curve.getStyleClass().add("selected-edge");
        curve.setId("selected-edge");
        curve.setMouseTransparent(true);
        curve.setManaged(false);
        curve.setVisible(false);
    }

    CubicCurve node() {
        return curve;
    }

    Dependency get() {
        return selected.get();
    }

    void set(Dependency d) {
        selected.set(d);
    }

    ReadOnlyObjectProperty<Dependency> property() {
        return selected.getReadOnlyProperty();
    }

    /** Places the highlight on the edge as drawn now; clears the selection when the edge is gone. */
    void update(GraphIndex index, GraphGeometry geometry) {
        Dependency d = selected.get();
        if (d != null) {
            var target = index.byName.get(d.to());
            if (target == null || !index.byName.containsKey(d.from()) || !target.dependsOn.contains(d.from())) {
                selected.set(null);
                d = null;
            }
        }
        int k = d == null ? -1 : geometry.edge(d.from(), d.to());
        if (k < 0) {
            curve.setVisible(false);
            return;
        }
        // the same ends as the picture's edge (PortLayout, through the geometry)
        double ax = geometry.edges[4 * k];
        double ay = geometry.edges[4 * k + 1];
        double bx = geometry.edges[4 * k + 2];
        double by = geometry.edges[4 * k + 3];
        double bend = Math.max(30, Math.abs(bx - ax) / 2);
        curve.setStartX(ax);
        curve.setStartY(ay);
        curve.setControlX1(ax + bend);
        curve.setControlY1(ay);
        curve.setControlX2(bx - bend);
        curve.setControlY2(by);
        curve.setEndX(bx);
        curve.setEndY(by);
        curve.setVisible(true);
    }
}
