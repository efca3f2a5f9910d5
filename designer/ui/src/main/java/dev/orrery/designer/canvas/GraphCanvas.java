package dev.orrery.designer.canvas;

import dev.orrery.core.diag.Diagnostic;
import dev.orrery.core.model.Position;
import dev.orrery.core.model.Step;
import dev.orrery.core.model.StepKind;
import dev.orrery.designer.doc.DesignDocument;
import dev.orrery.designer.doc.Problems;
import dev.orrery.designer.job.DependencyJob;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.SetChangeListener;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

/**
 * The graph editor: steps as nodes, dependencies as edges. Only the steps in view get node views
 * ({@link NodeViews} keeps and reuses them); edges, grid and zoomed-out steps are painted with Java2D
 * into a picture shown in an image view ({@link CanvasLayers}). Mouse gestures live in
 * {@link CanvasMouse}: they preview locally and commit one job on release.
 */
public final class GraphCanvas extends Region {
    public static final double GRID = 20;

    private final DesignDocument doc;
    private final Problems problems;
    private final CanvasEdits edits;
    private final Viewport viewport = new Viewport();
    private final CanvasLayers layers;
    /** Moves the view so that a world point is in the middle (minimap clicks). */
    void centerOnWorld(double x, double y) {
        autoFit = false;
        viewport.centerOn(x, y, getWidth(), getHeight());
    }

    /** Any user pan, zoom or press ends auto-fit (the mouse gestures call this). */
    void stopAutoFit() {
        autoFit = false;
    }

    /** Keep the graph fitted as the canvas is resized until the user pans or zooms. */
    private boolean autoFit;
    private int selectionVersion;
    private int problemsVersion;
    /** Node views, each placed on whole screen pixels and scaled by itself (see updateViews). */
    private final Pane nodeLayer = new Pane();
    /** Edge problem markers, in world coordinates under the pan and zoom transforms. */
    private final Pane markerLayer = new Pane();
    private final Pane overlay = new Pane();
    private final Translate translate = new Translate();
    private final Scale scale = new Scale();
    private final NodeViews views = new NodeViews(nodeLayer, this::newView);
    private final Map<String, Position> preview = new HashMap<>();
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");
    private final BooleanProperty editable = new SimpleBooleanProperty(this, "editable", true);
    private final javafx.beans.property.ObjectProperty<Map<String, NodeOverlay>> overlays =
            new javafx.beans.property.SimpleObjectProperty<>(this, "overlays", Map.of());
    private final javafx.beans.property.ObjectProperty<Map<Dependency, EdgeOverlay>> edgeOverlays =
            new javafx.beans.property.SimpleObjectProperty<>(this, "edgeOverlays", Map.of());
    private GraphIndex index;
    private final Expansion expansion = new Expansion(this::requestLayout);
    private final EdgeMarkers edgeMarkers = new EdgeMarkers();
    private final EdgeLabels edgeLabels = new EdgeLabels();
    private int indexRevision = -1;
    private int indexExpansion = -1;
    private final CanvasMouse mouse;
    private final SelectedEdge selectedEdge;
    private final EmptyCanvasHint hint = new EmptyCanvasHint();
    private Runnable autoLayout;
    private long paintCount;
    private final CanvasTriggers triggers;

    public GraphCanvas(DesignDocument doc, Problems problems) {
        this.doc = doc;
        this.problems = problems;
        this.edits = new CanvasEdits(doc);
        this.selectedEdge = new SelectedEdge(doc.selection());
        getStyleClass().add("orrery-canvas");
        setId("canvas");
        setFocusTraversable(true);
        nodeLayer.setManaged(false);
        // the node layer spans its views: without this its empty parts would take the markers' hovers
        nodeLayer.setPickOnBounds(false);
        markerLayer.setManaged(false);
        markerLayer.setPickOnBounds(false);
        markerLayer.getChildren().addAll(selectedEdge.node(), edgeLabels.node(), edgeMarkers.node());
        markerLayer.getTransforms().addAll(translate, scale);
        overlay.setManaged(false);
        overlay.setMouseTransparent(true);
        mouse = new CanvasMouse(this, doc, preview);
        overlay.getChildren().addAll(mouse.feedbackShapes());
        new CanvasKeys(this, doc, preview);
        layers = new CanvasLayers(this, doc);
        triggers = new CanvasTriggers(this, doc, translate, scale);
        getChildren().addAll(layers.picture(), markerLayer, triggers.node(), nodeLayer, overlay, hint,
                layers.minimap());
        CanvasMenu.installKeyboardTrigger(this);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);

        doc.revisionProperty().addListener((o, a, b) -> requestLayout());
        doc.selection().steps().addListener((SetChangeListener<String>) c -> {
            if (!doc.selection().steps().isEmpty()) {
                selectedEdge.set(null);
            }
            selectionVersion++;
            requestLayout();
        });
        doc.selection().revealProperty().addListener((o, a, r) -> {
            if (r != null) {
                reveal(r.step());
            }
        });
        problems.all().addListener((javafx.collections.ListChangeListener<Diagnostic>) c -> {
            problemsVersion++;
            requestLayout();
        });
        viewport.scaleProperty().addListener((o, a, b) -> requestLayout());
        viewport.txProperty().addListener((o, a, b) -> requestLayout());
        viewport.tyProperty().addListener((o, a, b) -> requestLayout());
        dark.addListener((o, a, b) -> requestLayout());
        overlays.addListener((o, a, b) -> requestLayout());
        edgeOverlays.addListener((o, a, b) -> requestLayout());
    }

    // ---- painting ------------------------------------------------------------------------------

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        if (autoFit && w > 0 && (w != fittedWidth || h != fittedHeight)) {
            fitNow();
        }
        // whole pixels, like the picture: node views stay on its edges and bitmaps are copied, not resampled
        translate.setX(CanvasLayers.snap(viewport.txProperty().get()));
        translate.setY(CanvasLayers.snap(viewport.tyProperty().get()));
        scale.setX(viewport.scale());
        scale.setY(viewport.scale());
        GraphIndex idx = index();
        CanvasPainter.Colors colors = dark.get() ? CanvasPainter.Colors.DARK : CanvasPainter.Colors.LIGHT;
        Set<String> errors = errorSteps();
        // A small graph's picture draws overlays only zoomed out: at detail scale its node views show
        // them, and a run's phase changes need not repaint it. A large graph's picture paints every
        // step, in detail too (under the node views, which are made only while the view rests), so
        // that what a pan uncovers is never blank; its overlays are painted with them.
        boolean paintsEveryStep = idx.steps.size() > NodeViews.SMALL_GRAPH;
        Object bitmapOverlays = viewport.scale() < CanvasPainter.DETAIL_SCALE || paintsEveryStep ? overlays.get()
                : "in node views";
        Object state = List.of(doc.revision(), selectionVersion, problemsVersion, dark.get(),
                bitmapOverlays, expansion.version(), edgeOverlays.get());
        EdgeProblems edgeProblems = edgeMarkers.problems(idx, problems.all(), List.of(indexRevision, indexExpansion,
                problemsVersion));
        layers.noteView(viewport.scale(), CanvasLayers.snap(viewport.txProperty().get()),
                CanvasLayers.snap(viewport.tyProperty().get()));
        Set<String> waiting = updateViews(idx, w, h);
        // A small graph's steps still waiting for views are painted as their views look; new views
        // cover them, so the picture is painted again only once none are waiting, not each time a view
        // is made. While some wait, the painted steps show overlays (a run's phases), so those count.
        Object boxes = paintsEveryStep || waiting.isEmpty() ? Boolean.TRUE : overlays.get();
        layers.paintGraph(idx, w, h, colors, List.of(state, boxes), errors, edgeProblems, !preview.isEmpty(),
                paintsEveryStep ? null : waiting);
        edgeMarkers.update(edgeProblems, this::position);
        if (edgeLabels.update(idx, geometry(), flows(), edgeProblems, viewport.visibleWorld(w, h), viewport.scale(),
                layers.moving(), layers.zooming())) {
            requestLayout(); // more labels next frame
        }
        layers.updateMinimap(idx, w, h, colors, state, errors, !preview.isEmpty());
        selectedEdge.update(idx, geometry());
        triggers.update(idx, this::position, this::stepBounds, List.of(state, preview.isEmpty() ? 0L : paintCount),
                problems.all());
        hint.update(idx.steps.isEmpty() && editable.get(), w, h);
        paintCount++;
    }

    /** The name (or count of names) shown on the edge from one step to another, or null when none is shown. */
    public String edgeLabel(String from, String to) {
        return edgeLabels.textOf(from, to);
    }

    /** What flows on each edge of the shown graph, read once per graph index (revision, expansion). */
    EdgeFlows flows() {
        return flows.of(index());
    }

    private final EdgeFlows.Kept flows = new EdgeFlows.Kept();

    /** How the edge from one step to another is drawn (carrying data or only ordering). */
    EdgeLook edgeLook(String from, String to) {
        return flows().look(from, to);
    }

    /** The problem message shown on the edge from one step to another, or null when it has none. */
    public String edgeProblem(String from, String to) {
        return edgeMarkers.messageOf(from, to);
    }

    private Set<String> errorSteps() {
        Set<String> withErrors = new HashSet<>();
        for (Diagnostic d : problems.all()) {
            if (d.isError() && d.location().step() != null) {
                withErrors.add(d.location().step());
            }
        }
        return withErrors;
    }

    /**
     * Gives the steps in view node views (zoomed in): all at once in a small graph, else one per frame.
     *
     * @return the steps in view still waiting for a node view (the picture shows them as boxes)
     */
    private Set<String> updateViews(GraphIndex idx, double w, double h) {
        Set<String> wanted = new LinkedHashSet<>();
        if (viewport.scale() >= CanvasPainter.DETAIL_SCALE) {
            Rectangle2D view = viewport.visibleWorld(w, h);
            GraphGeometry geo = geometry();
            List<Integer> inView = new java.util.ArrayList<>();
            for (int i = 0; i < geo.x.length; i++) {
                if (!Double.isNaN(geo.x[i])
                        && view.intersects(geo.x[i] - 10, geo.y[i] - 10, NodeView.WIDTH + 20, NodeView.HEIGHT + 20)) {
                    inView.add(i);
                }
            }
            // In a large graph a frame makes few views: the middle first, where the user looks and
            // where steps stay in view longest while zooming in
            double cx = view.getMinX() + view.getWidth() / 2 - NodeView.WIDTH / 2;
            double cy = view.getMinY() + view.getHeight() / 2 - NodeView.HEIGHT / 2;
            inView.sort(java.util.Comparator.comparingDouble(i -> Math.hypot(geo.x[i] - cx, geo.y[i] - cy)));
            for (int i : inView) {
                wanted.add(idx.steps.get(i).name);
            }
        }
        double s = viewport.scale();
        Set<String> waiting = views.update(wanted, idx.byName.keySet(), layers.zooming(), layers.moving(), (name, v) -> {
            Position p = position(name);
            // On whole pixels, so the software renderer copies the view's cached bitmap rather than
            // resampling it; the ports stay within half a pixel of the painted edges.
            v.placeAt(Math.round(p.x() * s) + translate.getX(), Math.round(p.y() * s) + translate.getY(), s);
            v.show(idx.facts.get(name), doc.selection().isSelected(name), problems.of(name));
            v.showOverlay(overlays.get().get(name));
            v.showGroup(idx.groups.groups.get(name));
            v.showPorts(idx.ports(name));
        });
        if (!waiting.isEmpty()) {
            requestLayout(); // the next frame makes more
        }
        return waiting;
    }

    private NodeView newView() {
        NodeView v = new NodeView();
        mouse.attach(v);
        v.setOnGroupToggle(() -> toggleGroup(v.stepName()));
        v.setOnContextMenuRequested(e -> {
            NodeMenu.of(doc, v.stepName(), this::deleteSelection).show(v, e.getScreenX(), e.getScreenY());
            e.consume();
        });
        return v;
    }

    /**
     * Uses what was prepared for the pipeline the document has just loaded (FX thread, right after
     * {@code load}); does nothing when the document holds another pipeline or groups are expanded.
     */
    public void adopt(PreparedGraph prepared) {
        if (prepared.pipeline() == doc.pipeline() && expansion.paths().isEmpty()) {
            index = prepared.index();
            indexRevision = doc.revision();
            indexExpansion = expansion.version();
            flows.keep(prepared.index(), prepared.flows());
            geometryKey = List.of(indexRevision, indexExpansion);
            geometries[0] = prepared.geometry(0);
            geometries[1] = prepared.geometry(1);
            prepareFor(index);
        }
    }

    private static void prepareFor(GraphIndex index) {
        if (index.steps.size() > NodeViews.SMALL_GRAPH) {
            PaintedNodes.prepare(); // such a graph's steps are painted while the view moves
        }
    }

    GraphIndex index() {
        if (index == null || indexRevision != doc.revision() || indexExpansion != expansion.version()) {
            index = new GraphIndex(doc.pipeline(), doc.shownGraph(), expansion.paths());
            prepareFor(index);
            indexRevision = doc.revision();
            indexExpansion = expansion.version();
        }
        return index;
    }

    /** Positions of all steps and edges in arrays, kept while the graph, expansion and preview stay. */
    GraphGeometry geometry() {
        GraphIndex idx = index();
        // zoomed out, ports fold: edges meet the side midpoints
        boolean detail = viewport.scale() >= CanvasPainter.DETAIL_SCALE;
        Object key = List.of(indexRevision, indexExpansion);
        if (!preview.isEmpty() || previewShown || !key.equals(geometryKey)) {
            geometries[0] = null;
            geometries[1] = null;
            geometryKey = key;
            previewShown = !preview.isEmpty();
        }
        // one for each side of the detail scale, so that zooming across it does not rebuild them
        int which = detail ? 1 : 0;
        if (geometries[which] == null) {
            geometries[which] = new GraphGeometry(idx, this::position, detail);
        }
        return geometries[which];
    }

    private final GraphGeometry[] geometries = new GraphGeometry[2];
    private Object geometryKey;
    /** Whether the geometry kept shows a previewed move (then it is rebuilt once the preview ends). */
    private boolean previewShown;

    /** Where a step is drawn: its position while being dragged, else the stored one, else a stand-in. */
    public Position position(String step) {
        GraphIndex idx = index();
        if (idx.groups.isEmpty()) {
            return storedPosition(step);
        }
        return expansion.place(step, idx.groups, this::storedPosition);
    }

    /** A step of the shown graph where it would be with every group collapsed (what moves change). */
    Position storedPosition(String step) {
        Position p = preview.get(step);
        if (p == null) {
            p = doc.pipeline().layout.get(step);
        }
        return p != null ? p : index().fallback.get(step);
    }

    /** The positions of all steps of the shown graph as drawn now. */
    public Map<String, Position> positions() {
        Map<String, Position> out = new LinkedHashMap<>();
        for (Step s : index().steps) {
            out.put(s.name, position(s.name));
        }
        return out;
    }

    /** The step whose box contains a local point, or null. */
    public String stepAt(Point2D local) {
        return CanvasHits.stepAt(index().steps, this::position, viewport.toWorld(local.getX(), local.getY()));
    }

    // ---- commands ------------------------------------------------------------------------------

    /** Adds a step of the kind where the scene point falls (palette drop); returns its name. */
    public String dropKind(StepKind kind, double sceneX, double sceneY) {
        if (!editable.get()) {
            return null;
        }
        autoFit = false;
        Point2D local = sceneToLocal(sceneX, sceneY);
        Point2D w = viewport.toWorld(local.getX(), local.getY());
        return edits.addStep(kind, new Position(w.getX() - NodeView.WIDTH / 2, w.getY() - NodeView.HEIGHT / 2),
                positions());
    }

    /** Whether a scene point is over the canvas (for drops from the palette). */
    public boolean containsScenePoint(double sceneX, double sceneY) {
        Point2D local = sceneToLocal(sceneX, sceneY);
        return local != null && contains(local);
    }

    public CanvasEdits edits() {
        return edits;
    }

    /** Deletes the selected dependency if an edge is selected, else the selected steps; one undo step. */
    public void deleteSelection() {
        if (!editable.get()) {
            return;
        }
        Dependency edge = selectedEdge.get();
        if (triggers.deleteSelected()) {
            requestLayout();
        } else if (edge != null) {
            selectedEdge.set(null);
            doc.execute(DependencyJob.disconnect(doc, edge.from(), edge.to()));
            requestLayout();
        } else {
            edits.deleteSelection();
        }
    }

    /** Clears the selection: steps and the selected edge (Escape). */
    public void clearSelection() {
        selectedEdge.set(null);
        doc.selection().clear();
        requestLayout();
    }

    /** Selects an edge (and no step); null clears it. */
    public void selectEdge(Dependency edge) {
        doc.selection().clear();
        selectedEdge.set(edge);
        requestLayout();
    }

    /** The selected edge, or null: view state, not part of the document. */
    public ReadOnlyObjectProperty<Dependency> selectedEdgeProperty() {
        return selectedEdge.property();
    }

    /** Where the edge {@code from → to} is drawn: x1, y1, x2, y2 in world units (ports), or null. */
    public double[] edgeEnds(String from, String to) {
        return geometry().ends(from, to);
    }

    /** The edge within a few pixels of a local point, or null (on a click; see {@link EdgeHits}). */
    public Dependency edgeAt(Point2D local) {
        Point2D w = viewport.toWorld(local.getX(), local.getY());
        Dependency labelled = edgeLabels.at(w.getX(), w.getY());
        return labelled != null ? labelled : EdgeHits.at(index(), geometry(), w.getX(), w.getY(), viewport.scale());
    }

    /** Adds a step of the kind at a local point (or the nearest free place); the context menu's "Add Step Here". */
    public String addKindAt(StepKind kind, Point2D local) {
        Point2D scene = localToScene(local);
        return dropKind(kind, scene.getX(), scene.getY());
    }

    /** Pastes with the copied steps' top left at a local point (or the nearest free place). */
    public void pasteAt(Point2D local) {
        if (editable.get()) {
            Point2D w = viewport.toWorld(local.getX(), local.getY());
            edits.paste(positions(), new Position(w.getX(), w.getY()));
        }
    }

    /** What the context menu's and Ctrl+L's "Auto Layout" runs (the kit wires its layout service). */
    public void setOnAutoLayout(Runnable action) {
        this.autoLayout = action;
    }

    public boolean canAutoLayout() {
        return autoLayout != null && editable.get();
    }

    public void autoLayout() {
        if (canAutoLayout()) {
            autoLayout.run();
        }
    }

    /** Shows the canvas's context menu at a screen point for a local point (and the edge clicked, if any). */
    void showMenu(double screenX, double screenY, Point2D local, Dependency edge) {
        CanvasMenu.of(this, local, edge).show(this, screenX, screenY);
    }

    public void copySelection() {
        edits.copySelection(positions());
    }

    public void paste() {
        if (editable.get()) {
            edits.paste(positions());
        }
    }

    public void selectAll() {
        doc.selection().selectAll(index().byName.keySet());
    }

    /** Shows the whole graph (at most at 100 %), now and, until the user pans or zooms, after resizes. */
    public void fit() {
        autoFit = true;
        fitNow();
    }

    private double fittedWidth;
    private double fittedHeight;

    private void fitNow() {
        Rectangle2D b = worldBounds();
        if (getWidth() > 0) {
            if (b != null) {
                viewport.fit(b, getWidth(), getHeight(), 40, 1.0);
            }
            fittedWidth = getWidth();
            fittedHeight = getHeight();
        }
    }

    public void actualSize() {
        autoFit = false;
        viewport.zoomAt(1.0, getWidth() / 2, getHeight() / 2);
    }

    public void zoomBy(double factor) {
        autoFit = false;
        viewport.zoomAt(viewport.scale() * factor, getWidth() / 2, getHeight() / 2);
    }

    public void reveal(String step) {
        autoFit = false;
        Position p = position(step);
        if (p != null) {
            if (viewport.scale() < CanvasPainter.DETAIL_SCALE) {
                viewport.scaleProperty().set(1.0);
            }
            viewport.centerOn(p.x() + NodeView.WIDTH / 2, p.y() + NodeView.HEIGHT / 2, getWidth(), getHeight());
        }
    }

    /** The world rectangle holding every node (steps and triggers), or null for an empty graph. */
    public Rectangle2D worldBounds() {
        Rectangle2D steps = stepBounds();
        return TriggerLayer.union(steps, triggers.bounds(steps));
    }

    /** The world rectangle holding every step, or null when there are none. */
    Rectangle2D stepBounds() {
        return worldBounds.get(List.of(doc.revision(), expansion.version()), !preview.isEmpty(),
                () -> positions().values());
    }

    /** The pipeline's event triggers on the canvas: adding, deleting, their nodes. */
    public CanvasTriggers triggers() {
        return triggers;
    }

    private final WorldBounds worldBounds = new WorldBounds();

    /** Expands a collapsed group (a step running a sub-pipeline) in place, or collapses an expanded one. */
    public void toggleGroup(String step) {
        expansion.toggleIfGroup(index(), step);
    }

    /** Toggles every selected group (the keyboard shortcut); true when there was one. */
    public boolean toggleSelectedGroups() {
        return expansion.toggleGroups(index(), List.copyOf(doc.selection().steps()));
    }

    /** Whether a step is a group shown expanded now. */
    public boolean isExpanded(String step) {
        return index().groups.groups.get(step) == GroupLayout.GroupState.EXPANDED;
    }

    /** Whether a step is a group marked as a recursive reference (never expanded). */
    public boolean isRecursiveGroup(String step) {
        return index().groups.groups.get(step) == GroupLayout.GroupState.RECURSIVE;
    }

    public Viewport viewport() {
        return viewport;
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    /**
     * False makes the canvas a viewer: clicks select, drags pan, nothing edits the document (the
     * monitor shows a run's graph this way).
     */
    public BooleanProperty editableProperty() {
        return editable;
    }

    /** A status per step name painted over the nodes (border colour, icon, pseudo-class); empty by default. */
    public javafx.beans.property.ObjectProperty<Map<String, NodeOverlay>> overlaysProperty() {
        return overlays;
    }

    /** A mark per edge painted over the edges (colour, dashes); empty by default. */
    public javafx.beans.property.ObjectProperty<Map<Dependency, EdgeOverlay>> edgeOverlaysProperty() {
        return edgeOverlays;
    }

    /** The node view of a step if it is drawn at full detail now (the monitor's tests read its overlay). */
    public NodeView viewOf(String step) {
        return views.get(step);
    }

    /** The canvas's paint and layout counts; read through {@link CanvasStats}. */
    CanvasStats stats() {
        return new CanvasStats(views.size(), layers.graphPaintCount(), layers.sharpPaintCount(), layers.sharp(),
                paintCount);
    }
}
