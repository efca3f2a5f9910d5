package dev.orrery.designer.canvas;

import dev.orrery.designer.doc.DesignDocument;
import java.util.List;
import java.util.Set;
import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.Canvas;

/**
 * The canvas's painted layers: edges and zoomed-out nodes, and the minimap. When the whole graph
 * fits in a bitmap of moderate size it is painted once per zoom level or change and only moved while
 * panning; otherwise the layer is view-sized and repainted each frame with what is in view.
 */
final class CanvasLayers {
    /** Largest bitmap (in pixels) the whole graph is cached in; beyond it the view is painted. */
    private static final double MAX_CACHED_PIXELS = 6e6;
    /** Steps from which the minimap is shown (smaller graphs fit the view anyway). */
    private static final int MINIMAP_STEPS = 12;

    private final GraphCanvas canvas;
    private final DesignDocument doc;
    private final Canvas graphLayer = new Canvas();
    private final Minimap minimap = new Minimap();
    /** How much of the view is painted beyond each edge, so short pans only move the bitmap. */
    private static final double MARGIN = 0.25;
    private final javafx.scene.transform.Scale stretchTransform = new javafx.scene.transform.Scale(1, 1, 0, 0);
    private final javafx.animation.PauseTransition settle =
            new javafx.animation.PauseTransition(javafx.util.Duration.millis(150));
    private Rectangle2D layerRegion;
    private double layerScale = 1;
    private Object layerState;
    private Object backdropKey;
    private boolean forceSharp;
    private boolean layerCoversGraph;
    private Object minimapKey;
    private long graphPaintCount;

    CanvasLayers(GraphCanvas canvas, DesignDocument doc) {
        this.canvas = canvas;
        this.doc = doc;
        graphLayer.setManaged(false);
        graphLayer.getTransforms().add(stretchTransform);
        settle.setOnFinished(e -> {
            forceSharp = true;
            canvas.requestLayout();
        });
        minimap.setManaged(false);
        minimap.setOnNavigate(w -> canvas.centerOnWorld(w.getX(), w.getY()));
    }

    /** The dot grid: a bitmap one grid step larger than the view on each side, moved by the pan offset. */
    void paintBackdrop(Canvas backdrop, double w, double h, CanvasPainter.Colors colors, boolean dark) {
        Viewport viewport = canvas.viewport();
        double step = CanvasPainter.gridStep(viewport.scale());
        Object state = List.of(w, h, step, dark);
        if (!state.equals(backdropKey)) {
            backdrop.setWidth(w + 2 * step);
            backdrop.setHeight(h + 2 * step);
            CanvasPainter.backdrop(backdrop.getGraphicsContext2D(), w + 2 * step, h + 2 * step, step,
                    viewport.scale(), colors);
            backdropKey = state;
        }
        double ox = ((viewport.txProperty().get() % step) + step) % step;
        double oy = ((viewport.tyProperty().get() % step) + step) % step;
        backdrop.relocate(ox - step, oy - step);
    }

    Canvas graphLayer() {
        return graphLayer;
    }

    Minimap minimap() {
        return minimap;
    }

    long graphPaintCount() {
        return graphPaintCount;
    }

    /**
     * Paints edges (and zoomed-out boxes) into a bitmap that covers the whole graph when that is
     * small enough, else the view plus a margin. Panning inside it only moves the bitmap; zooming
     * stretches the last bitmap (up to 2x either way) and paints it sharp once zooming pauses.
     *
     * @param state what, besides scale and bounds, changes the picture (revision, selection, problems, theme)
     */
    void paintGraph(GraphIndex idx, double w, double h, CanvasPainter.Colors colors, Object state,
            Set<String> withErrors, EdgeProblems edgeProblems, boolean dragging) {
        Viewport viewport = canvas.viewport();
        double s = viewport.scale();
        double tx = viewport.txProperty().get();
        double ty = viewport.tyProperty().get();
        Rectangle2D view = viewport.visibleWorld(w, h);
        boolean same = !dragging && !forceSharp && state.equals(layerState) && layerRegion != null;
        boolean covered = same && (layerCoversGraph || layerRegion.contains(view));
        if (covered && s == layerScale) {
            place(tx, ty, s);
            return;
        }
        double stretch = s / layerScale;
        if (covered && stretch >= 0.5 && stretch <= 2) {
            place(tx, ty, s);
            settle.playFromStart();
            return;
        }
        forceSharp = false;
        Rectangle2D world = dragging ? null : canvas.worldBounds();
        double pad = NodeView.WIDTH;
        Rectangle2D region;
        if (world != null && (world.getWidth() + 2 * pad) * s * (world.getHeight() + 2 * pad) * s <= MAX_CACHED_PIXELS
                && (world.getWidth() + 2 * pad) * s <= 4096 && (world.getHeight() + 2 * pad) * s <= 4096) {
            region = new Rectangle2D(world.getMinX() - pad, world.getMinY() - pad, world.getWidth() + 2 * pad,
                    world.getHeight() + 2 * pad);
            layerCoversGraph = true;
        } else if (dragging) {
            region = view;
        } else {
            double mx = view.getWidth() * MARGIN;
            double my = view.getHeight() * MARGIN;
            region = new Rectangle2D(view.getMinX() - mx, view.getMinY() - my, view.getWidth() + 2 * mx,
                    view.getHeight() + 2 * my);
        }
        if (region != null && (world == null || region.getWidth() != world.getWidth() + 2 * pad)) {
            layerCoversGraph = false;
        }
        double lw = Math.ceil(region.getWidth() * s);
        double lh = Math.ceil(region.getHeight() * s);
        if (graphLayer.getWidth() != lw || graphLayer.getHeight() != lh) {
            graphLayer.setWidth(lw);
            graphLayer.setHeight(lh);
        }
        Viewport local = new Viewport();
        local.scaleProperty().set(s);
        local.txProperty().set(-region.getMinX() * s);
        local.tyProperty().set(-region.getMinY() * s);
        CanvasPainter.graph(graphLayer.getGraphicsContext2D(), lw, lh, local, idx, canvas::position,
                doc.selection().steps(), withErrors, colors, edgeProblems);
        overlayBoxes(local, idx);
        graphPaintCount++;
        layerRegion = dragging ? null : region;
        layerScale = s;
        layerState = state;
        place(tx, ty, s);
    }

    /** Puts the bitmap where its region is on screen, stretched from the scale it was painted at. */
    private void place(double tx, double ty, double s) {
        Rectangle2D r = layerRegion;
        double minX = r == null ? -tx / s : r.getMinX();
        double minY = r == null ? -ty / s : r.getMinY();
        graphLayer.relocate(tx + minX * s, ty + minY * s);
        double f = s / layerScale;
        stretchTransform.setX(f);
        stretchTransform.setY(f);
    }

    /** Zoomed out, a host's overlays (run phases) colour the boxes' borders. */
    private void overlayBoxes(Viewport vp, GraphIndex idx) {
        var overlays = canvas.overlaysProperty().get();
        if (vp.scale() < CanvasPainter.DETAIL_SCALE && !overlays.isEmpty()) {
            CanvasPainter.overlayBoxes(graphLayer.getGraphicsContext2D(), vp, idx, canvas::position, overlays);
        }
    }

    void updateMinimap(GraphIndex idx, double w, double h, CanvasPainter.Colors colors, Object state,
            Set<String> withErrors, boolean dragging) {
        Rectangle2D world = canvas.worldBounds();
        boolean show = world != null && idx.steps.size() >= MINIMAP_STEPS && w > 3 * Minimap.WIDTH
                && h > 2 * Minimap.HEIGHT;
        minimap.setVisible(show);
        if (show) {
            minimap.relocate(w - Minimap.WIDTH - 12, h - Minimap.HEIGHT - 12);
            // while a drag is previewed the overview keeps its last picture (the move lands on release)
            if (!dragging || minimapKey == null) {
                minimapKey = List.of(world, state);
            }
            minimap.update(minimapKey, world, idx, canvas::position, doc.selection().steps(), withErrors, colors,
                    canvas.viewport().visibleWorld(w, h));
        }
    }
}
