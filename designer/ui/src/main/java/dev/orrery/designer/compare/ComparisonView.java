package dev.orrery.designer.compare;

import dev.orrery.core.diff.UnionGraph.Mark;
import dev.orrery.designer.KeyHelp;
import dev.orrery.designer.canvas.GraphCanvas;
import dev.orrery.designer.doc.DesignDocument;
import dev.orrery.designer.doc.Problems;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.SetChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A comparison on the canvas: a banner that says what is compared and how to leave, and a read-only
 * canvas of its own drawing one {@link Version} (the union of both, marked, at first). {@code V} shows the
 * next version in place (both, the other, the open one), Escape leaves. The canvas draws a document of
 * its own: the open document is never touched. Selecting a step shows its changes in {@link #changes()}.
 */
public final class ComparisonView extends BorderPane {
    /** The key that shows the next version; documented in docs/designer.md and the canvas's key help. */
    public static final KeyCode TOGGLE = KeyCode.V;

    /** The comparison's keys, for a host's list of shortcuts. */
    public static final List<KeyHelp.Shortcut> HELP = List.of(
            new KeyHelp.Shortcut("V", "show both versions, then the other version, then the open one (in place)"),
            new KeyHelp.Shortcut("Escape", "leave the comparison"),
            new KeyHelp.Shortcut("Click a step", "list what changed in it, old beside new"));

    private final Comparison comparison;
    private final DesignDocument shown;
    private final GraphCanvas canvas;
    private final ChangeList changes;
    private final Label showing = new Label();
    private final ReadOnlyObjectWrapper<Version> version = new ReadOnlyObjectWrapper<>(this, "version", Version.BOTH);
    private Runnable onLeave = () -> { };
    /** The union name of the selected step, kept across toggles. */
    private String selected;
    private boolean switching;

    ComparisonView(Comparison comparison) {
        this.comparison = comparison;
        shown = new DesignDocument(comparison.picture(Version.BOTH).pipeline());
        // a viewer checks nothing: its pictures are not the pipelines to run
        canvas = new GraphCanvas(shown, new Problems(shown, p -> List.of(), Runnable::run));
        canvas.setId("compare-canvas");
        canvas.editableProperty().set(false);
        changes = new ChangeList(comparison);
        setId("comparison");
        getStyleClass().add("comparison");
        setTop(banner());
        setCenter(canvas);
        show(Version.BOTH);
        shown.selection().steps().addListener((SetChangeListener<String>) c -> {
            if (!switching) {
                Set<String> s = shown.selection().steps();
                selected = s.size() == 1 ? comparison.unionName(version.get(), s.iterator().next()) : null;
                changes.showStep(selected);
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        changes.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
    }

    /** What is compared and how to leave, the legend and the version shown; wraps to a second line when narrow. */
    private FlowPane banner() {
        Label what = new Label("Comparing with " + comparison.label() + " — Esc to leave, V to toggle",
                new FontIcon("mdi2c-compare-horizontal"));
        what.setId("compare-banner-text");
        what.getStyleClass().add("compare-banner-text");
        showing.setId("compare-showing");
        showing.getStyleClass().add("compare-showing");
        HBox legend = new HBox(6, legend("added", Mark.ADDED), legend("removed", Mark.REMOVED),
                legend("changed", Mark.CHANGED));
        legend.setAlignment(Pos.CENTER_LEFT);
        FlowPane bar = new FlowPane(16, 4, what, legend, showing);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setId("compare-banner");
        bar.getStyleClass().add("compare-banner");
        // wrap at the banner's own width, not at the flow pane's default preferred width
        bar.prefWrapLengthProperty().bind(widthProperty().subtract(24));
        return bar;
    }

    private static Label legend(String text, Mark m) {
        Label l = new Label(text);
        l.getStyleClass().addAll("compare-legend", CompareMarks.pseudoClass(m));
        l.setStyle("-fx-border-color: " + CompareMarks.colour(m) + ";");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private void key(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        if (e.getCode() == TOGGLE) {
            toggle();
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            e.consume();
            onLeave.run();
        }
    }

    /** Shows the next version in place (view and selection stay). */
    public void toggle() {
        show(version.get().next());
    }

    /** Shows a version in place: the canvas keeps its zoom and pan, the selected step stays selected. */
    public void show(Version v) {
        Comparison.Picture p = comparison.picture(v);
        switching = true;
        try {
            canvas.overlaysProperty().set(java.util.Map.of());
            canvas.edgeOverlaysProperty().set(java.util.Map.of());
            shown.load(p.pipeline(), null);
            canvas.overlaysProperty().set(CompareMarks.nodes(p.marks(),
                    name -> comparison.changesOf(comparison.unionName(v, name)).size()));
            canvas.edgeOverlaysProperty().set(CompareMarks.edges(p.edgeMarks()));
            version.set(v);
            String keep = selected == null ? null : comparison.shownName(v, selected);
            if (keep != null) {
                shown.selection().select(keep);
            }
        } finally {
            switching = false;
        }
        showing.setText(switch (v) {
            case BOTH -> "Showing both versions";
            case OTHER -> "Showing " + comparison.label();
            case OPEN -> "Showing this version";
        });
    }

    /** Leaves the comparison (Escape); the host's action. */
    void setOnLeave(Runnable action) {
        this.onLeave = action;
    }

    public Comparison comparison() {
        return comparison;
    }

    public GraphCanvas canvas() {
        return canvas;
    }

    /** The panel listing the selected step's changes; a host shows it where the property sheet is. */
    public ChangeList changes() {
        return changes;
    }

    public ReadOnlyObjectProperty<Version> versionProperty() {
        return version.getReadOnlyProperty();
    }

    /** The mark drawn on a step of the version shown (by its name there), UNCHANGED when it has none. */
    public Mark markOf(String step) {
        return comparison.picture(version.get()).marks().getOrDefault(step, Mark.UNCHANGED);
    }

    /** Selects a step of the version shown by its name there (as a click does). */
    public void select(String step) {
        shown.selection().select(step);
    }

    /** The steps the canvas draws now, by their names in the version shown. */
    public List<String> shownSteps() {
        return canvas.positions().keySet().stream().toList();
    }
}
