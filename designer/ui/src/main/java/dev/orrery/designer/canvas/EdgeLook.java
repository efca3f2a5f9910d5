package dev.orrery.designer.canvas;

import javafx.scene.paint.Color;

/**
 * How an edge is drawn, by what it carries: an edge that passes data (a dataset, a model) is a
 * solid line in the edge colour; one that only orders two steps is thinner, lighter and dashed.
 * The canvas picture and the SVG export both draw from here.
 */
enum EdgeLook {
    DATA(1.6, 1.0, null),
    ORDER(1.1, 0.55, new float[] {6, 4});

    /** Line width in world units at 100 %. */
    final double width;
    /** How much of the edge colour shows over the background (1 = all). */
    final double strength;
    /** Dash and gap lengths in world units, or null for a solid line. */
    private final float[] dash;

    EdgeLook(double width, double strength, float[] dash) {
        this.width = width;
        this.strength = strength;
        this.dash = dash;
    }

    /** The line colour: the edge colour, blended toward the background for ordering edges (opaque: cheaper). */
    Color color(CanvasPainter.Colors c) {
        return strength >= 1 ? c.edge() : c.background().interpolate(c.edge(), strength);
    }

    boolean dashed() {
        return dash != null;
    }

    /**
     * The dash pattern scaled to the zoom, or null for a solid line. Zoomed out (boxes, thousands of
     * edges) dashes would be too fine to see and dashing every curve costs the sharpening worker
     * dearly, so there the lighter, thinner line alone tells ordering edges apart.
     */
    float[] dash(double scale) {
        if (dash == null || scale < CanvasPainter.DETAIL_SCALE) {
            return null;
        }
        return new float[] {(float) (dash[0] * scale), (float) (dash[1] * scale)};
    }
}
