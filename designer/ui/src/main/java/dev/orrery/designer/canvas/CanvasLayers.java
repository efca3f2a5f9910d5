package dev.orrery.designer.canvas;

import dev.orrery.designer.doc.DesignDocument;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.ImageView;
import javafx.util.Duration;

/**
 * The canvas's painted layers: one picture holding background, dot grid, edges and zoomed-out
 * nodes, and the minimap.
 *
 * <p>The picture covers the view plus a margin and is placed on whole pixels, so a pan inside the
 * margin only moves it (JavaFX's software renderer copies a bitmap at a whole-pixel offset several
 * times faster than at a fractional one or stretched). Whenever it must be painted anew (a zoom
 * step, a pan past the margin, an edit) and it holds more than a few hundred edges and boxes, the
 * FX thread paints a quick picture with aliased edges, a few ms even for thousands of edges; while
 * zooming, one view-sized picture per frame. Once no new
 * picture was needed and the scale was still for 150 ms, a worker thread paints the sharp,
 * antialiased picture, which replaces the quick one if nothing changed meanwhile: antialiasing takes
 * 40 ms for the edges at 100 % and hundreds of ms for a whole large graph.
 */
final class CanvasLayers {
    /** How much of the view is painted beyond each edge, so short pans only move the picture. */
    private static final double MARGIN = 0.25;
    /**
     * Up to this many edges and boxes in a picture, it is antialiased on the FX thread at once
     * (a few ms): a graph of ordinary size never shows the quick picture except while zooming.
     */
    private static final int SHARP_AT_ONCE = 300;
    /** Steps from which the minimap is shown (smaller graphs fit the view anyway). */
    private static final int MINIMAP_STEPS = 12;
    /**
     * Layout passes a picture waits after it was last shown before it is painted again: the renderer
     * may still be reading it while the next frame is laid out.
     */
    private static final int REST_PASSES = 3;
    /** Pictures kept for reuse (each is a few MB; making them anew each frame churns the heap). */
    private static final int SPARES = 4;
    private static final ExecutorService SHARPENER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "orrery-canvas-sharpen");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });

    private final GraphCanvas canvas;
    private final DesignDocument doc;
    private final ImageView pictureView = new ImageView();
    private final java.util.ArrayDeque<GraphPicture> spares = new java.util.ArrayDeque<>();
    private final Minimap minimap = new Minimap();
    private final PauseTransition settle = new PauseTransition(Duration.millis(150));
    /** Runs from each new quick picture: the sharp one is painted once no new one came for 150 ms. */
    private final PauseTransition quiet = new PauseTransition(Duration.millis(150));
    private long pass;
    private GraphPicture shown;
    private boolean sharpening;
    private boolean zooming;
    private double lastScale = Double.NaN;
    private long lastTx;
    private long lastTy;
    private boolean panning;
    /** Runs from each change of pan: the pan rests once no change came for 150 ms. */
    private final PauseTransition panSettle = new PauseTransition(Duration.millis(150));
    private double paintedScale = Double.NaN;
    private Object minimapKey;
    private long graphPaintCount;
    private long sharpPaintCount;

    CanvasLayers(GraphCanvas canvas, DesignDocument doc) {
        this.canvas = canvas;
        this.doc = doc;
        pictureView.setManaged(false);
        pictureView.setSmooth(false);
        settle.setOnFinished(e -> {
            zooming = false;
            canvas.requestLayout();
        });
        quiet.setOnFinished(e -> canvas.requestLayout());
        panSettle.setOnFinished(e -> {
            panning = false;
            canvas.requestLayout();
        });
        minimap.setManaged(false);
        minimap.setOnNavigate(w -> canvas.centerOnWorld(w.getX(), w.getY()));
    }

    ImageView picture() {
        return pictureView;
    }

    Minimap minimap() {
        return minimap;
    }

    long graphPaintCount() {
        return graphPaintCount;
    }

    long sharpPaintCount() {
        return sharpPaintCount;
    }

    /**
     * Called first in each layout pass: a change of scale starts (or prolongs) a zoom, a change of
     * pan a pan.
     */
    void noteView(double s, long tx, long ty) {
        if (s != lastScale && !Double.isNaN(lastScale)) {
            zooming = true;
            settle.playFromStart();
        }
        if ((tx != lastTx || ty != lastTy) && !Double.isNaN(lastScale)) {
            panning = true;
            panSettle.playFromStart();
        }
        lastScale = s;
        lastTx = tx;
        lastTy = ty;
    }

    /** Whether the scale changed in the last 150 ms (a zoom in progress). */
    boolean zooming() {
        return zooming;
    }

    /** Whether the view is in motion: its scale or pan changed in the last 150 ms. */
    boolean moving() {
        return zooming || panning;
    }

    /** Whether the picture shown now is the antialiased kind (not a quick one). */
    boolean sharp() {
        return shown != null && shown.sharp();
    }

    /** The pan in whole pixels: everything on the canvas is placed with it, so bitmaps land on pixels. */
    static long snap(double translation) {
        return Math.round(translation);
    }

    /**
     * Shows the graph: moves the picture when it still shows this state at this scale over the whole
     * view, else paints one.
     *
     * @param state what, besides scale and pan, changes the picture (revision, selection, problems, theme)
     */
    void paintGraph(GraphIndex idx, double w, double h, CanvasPainter.Colors colors, Object state,
            Set<String> withErrors, EdgeProblems edgeProblems, boolean dragging, Set<String> waiting) {
        if (w < 1 || h < 1) {
            return;
        }
        pass++;
        Viewport viewport = canvas.viewport();
        double s = viewport.scale();
        long tx = snap(viewport.txProperty().get());
        long ty = snap(viewport.tyProperty().get());
        boolean scaleChanged = s != paintedScale && !Double.isNaN(paintedScale);
        paintedScale = s;
        if (!dragging && shown != null && shown.shows(state, s, tx, ty, w, h)) {
            if (!shown.sharp() && (tx != placedX || ty != placedY)) {
                // still panning: the worker would take the CPU the renderer needs for the next frames
                quiet.playFromStart();
            }
            place(tx, ty);
            if (!shown.sharp() && !zooming && quiet.getStatus() != javafx.animation.Animation.Status.RUNNING) {
                sharpenLater(idx, w, h, colors, state, withErrors, edgeProblems, waiting);
            }
            return;
        }
        // a picture painted for one frame of a zoom needs no margin; one that may be panned does
        double margin = scaleChanged || dragging ? 0 : MARGIN;
        GraphPicture picture = acquire(w, h, margin);
        int screenX = (int) -Math.round(w * margin);
        int screenY = (int) -Math.round(h * margin);
        GraphSnapshot snap = snapshot(idx, picture, s, tx, ty, screenX, screenY, withErrors, edgeProblems, waiting, state);
        // a small graph (or a small part of one) is antialiased at once, as before, unless zooming
        boolean sharpNow = !zooming
                && (snap.edges().length + snap.orderEdges().length) / 4 + snap.boxes().size() <= SHARP_AT_ONCE;
        picture.paint(snap, s, tx, ty, screenX, screenY, colors, sharpNow, dragging ? new Object() : state);
        graphPaintCount++;
        show(picture);
        place(tx, ty);
        if (!sharpNow) {
            // not while pans or edits keep coming: the worker would compete with them for the CPU
            quiet.playFromStart();
        }
    }

    /** A picture for a view of w × h with a margin (a fraction of it) on each side. */
    private GraphPicture acquire(double w, double h, double margin) {
        return acquire((int) Math.ceil(w * (1 + 2 * margin)), (int) Math.ceil(h * (1 + 2 * margin)));
    }

    /** A picture of the size that is safe to paint into: a rested spare, else a new one. */
    private GraphPicture acquire(int width, int height) {
        for (var it = spares.iterator(); it.hasNext(); ) {
            GraphPicture p = it.next();
            if (p.width() == width && p.height() == height && p.retiredAt() + REST_PASSES <= pass) {
                it.remove();
                return p;
            }
        }
        return new GraphPicture(width, height);
    }

    private void retire(GraphPicture picture) {
        picture.retire(pass);
        spares.addLast(picture);
        while (spares.size() > SPARES) {
            spares.removeFirst();
        }
    }

    /**
     * @param waiting the steps painted at detail scale (those without node views), or null for all
     * @param state what the picture shows besides scale and pan (see {@link #paintGraph}): a snapshot
     *     of the whole graph is kept for it while most of the graph is in view, since each frame of a
     *     zoom around the overview would otherwise copy every step and edge again (10 ms at 10,000 steps)
     */
    private GraphSnapshot snapshot(GraphIndex idx, GraphPicture picture, double s, long tx, long ty, int screenX,
            int screenY, Set<String> withErrors, EdgeProblems edgeProblems, Set<String> waiting, Object state) {
        double pad = NodeView.WIDTH;
        Rectangle2D cull = new Rectangle2D((screenX - tx) / s - pad, (screenY - ty) / s - pad,
                picture.width() / s + 2 * pad, picture.height() / s + 2 * pad);
        boolean zoomedOut = s < CanvasPainter.DETAIL_SCALE;
        if (zoomedOut && showsMostOfTheGraph(cull)) {
            // one snapshot of the whole graph serves every frame of a zoom around the overview until
            // the graph changes (the painter leaves out what falls outside the picture)
            Object key = List.of(state, canvas.geometry()); // a new geometry for every revision, expansion, preview
            if (!key.equals(wholeGraphKey)) {
                wholeGraph = GraphSnapshot.of(idx, canvas.geometry(), canvas::position, doc.selection().steps(),
                        withErrors, edgeProblems, canvas.overlaysProperty().get(), EVERYWHERE, null, canvas.flows(),
                        canvas.edgeOverlaysProperty().get());
                wholeGraphKey = key;
            }
            return wholeGraph;
        }
        return GraphSnapshot.of(idx, canvas.geometry(), canvas::position, doc.selection().steps(), withErrors,
                edgeProblems, canvas.overlaysProperty().get(), cull, zoomedOut ? null : waiting, canvas.flows(),
                canvas.edgeOverlaysProperty().get());
    }

    /**
     * Whether a world rectangle takes in at least a quarter of the graph's area: then painting the
     * rest too (the painter leaves it out) costs less than copying what is in view again.
     */
    private boolean showsMostOfTheGraph(Rectangle2D cull) {
        Rectangle2D all = canvas.stepBounds();
        if (all == null) {
            return true;
        }
        double w = Math.min(all.getMaxX(), cull.getMaxX()) - Math.max(all.getMinX(), cull.getMinX());
        double h = Math.min(all.getMaxY(), cull.getMaxY()) - Math.max(all.getMinY(), cull.getMinY());
        return w > 0 && h > 0 && w * h >= 0.25 * Math.max(1, all.getWidth() * all.getHeight());
    }

    private static final Rectangle2D EVERYWHERE = new Rectangle2D(-Double.MAX_VALUE / 4, -Double.MAX_VALUE / 4,
            Double.MAX_VALUE / 2, Double.MAX_VALUE / 2);
    /** The last snapshot holding every step and edge (zoomed out), and what it showed. */
    private GraphSnapshot wholeGraph;
    private Object wholeGraphKey;

    /** Paints the sharp picture of what is shown on the worker thread, and shows it if still current. */
    private void sharpenLater(GraphIndex idx, double w, double h, CanvasPainter.Colors colors, Object state,
            Set<String> withErrors, EdgeProblems edgeProblems, Set<String> waiting) {
        if (sharpening) {
            return; // the finished job asks for another layout, which starts the next one
        }
        sharpening = true;
        Viewport viewport = canvas.viewport();
        double s = viewport.scale();
        long tx = snap(viewport.txProperty().get());
        long ty = snap(viewport.tyProperty().get());
        GraphPicture picture = acquire(w, h, MARGIN);
        int screenX = (int) -Math.round(w * MARGIN);
        int screenY = (int) -Math.round(h * MARGIN);
        // the steps still waiting for a node view keep their boxes, as in the picture it replaces
        GraphSnapshot snap = snapshot(idx, picture, s, tx, ty, screenX, screenY, withErrors, edgeProblems, waiting, state);
        SHARPENER.execute(() -> {
            picture.paint(snap, s, tx, ty, screenX, screenY, colors, true, state);
            Platform.runLater(() -> {
                sharpening = false;
                if (picture.key().equals(shown.key()) && picture.scale() == canvas.viewport().scale()) {
                    sharpPaintCount++;
                    show(picture);
                } else {
                    retire(picture);
                }
                canvas.requestLayout();
            });
        });
    }

    private void show(GraphPicture picture) {
        if (shown != null && shown != picture) {
            retire(shown);
        }
        shown = picture;
        pictureView.setImage(picture.publish());
    }

    private void place(long tx, long ty) {
        placedX = tx;
        placedY = ty;
        pictureView.relocate(shown.x(tx), shown.y(ty));
    }

    /** The pan the picture was last placed at. */
    private long placedX;
    private long placedY;

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
