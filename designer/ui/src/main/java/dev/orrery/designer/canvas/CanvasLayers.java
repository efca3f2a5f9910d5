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
    private Object graphLayerKey;
    private Object minimapKey;
    private long graphPaintCount;

    CanvasLayers(GraphCanvas canvas, DesignDocument doc) {
        this.canvas = canvas;
        this.doc = doc;
        graphLayer.setManaged(false);
        minimap.setManaged(false);
        minimap.setOnNavigate(w -> canvas.viewport().centerOn(w.getX(), w.getY(), canvas.getWidth(), canvas.getHeight()));
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

    /** @param state what, besides scale and bounds, changes the picture (revision, selection, problems, theme) */
    void paintGraph(GraphIndex idx, double w, double h, CanvasPainter.Colors colors, Object state,
            Set<String> withErrors, boolean dragging) {
        Viewport viewport = canvas.viewport();
        double s = viewport.scale();
        Rectangle2D world = dragging ? null : canvas.worldBounds();
        double pad = NodeView.WIDTH;
        double lw = world == null ? 0 : Math.ceil((world.getWidth() + 2 * pad) * s);
        double lh = world == null ? 0 : Math.ceil((world.getHeight() + 2 * pad) * s);
        boolean cached = world != null && lw * lh <= MAX_CACHED_PIXELS && lw <= 4096 && lh <= 4096;
        if (cached) {
            double originX = world.getMinX() - pad;
            double originY = world.getMinY() - pad;
            Object key = List.of(s, world, state);
            if (!key.equals(graphLayerKey)) {
                graphLayer.setWidth(lw);
                graphLayer.setHeight(lh);
                Viewport local = new Viewport();
                local.scaleProperty().set(s);
                local.txProperty().set(-originX * s);
                local.tyProperty().set(-originY * s);
                CanvasPainter.graph(graphLayer.getGraphicsContext2D(), lw, lh, local, idx, canvas::position,
                        doc.selection().steps(), withErrors, colors);
                overlayBoxes(local, idx);
                graphLayerKey = key;
                graphPaintCount++;
            }
            graphLayer.relocate(viewport.txProperty().get() + originX * s, viewport.tyProperty().get() + originY * s);
        } else {
            graphLayerKey = null;
            if (graphLayer.getWidth() != w || graphLayer.getHeight() != h) {
                graphLayer.setWidth(w);
                graphLayer.setHeight(h);
            }
            graphLayer.relocate(0, 0);
            CanvasPainter.graph(graphLayer.getGraphicsContext2D(), w, h, viewport, idx, canvas::position,
                    doc.selection().steps(), withErrors, colors);
            overlayBoxes(viewport, idx);
            graphPaintCount++;
        }
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
