package dev.orrery.designer.compare;

import dev.orrery.core.model.Pipeline;
import dev.orrery.designer.doc.DesignDocument;
import dev.orrery.designer.layout.LayoutService;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;

/**
 * The designer's comparison mode: {@link #open} compares the open pipeline with another version of it
 * and publishes a {@link ComparisonView} that a host shows in place of the canvas (and its
 * {@link ComparisonView#changes()} in place of the property sheet); {@link #leave} ends it. While it is
 * open nothing edits the document: the canvas is read-only and the editing parts are disabled. Any
 * change of the document (another file opened) ends it, so a comparison never shows a stale version.
 * The diff, the copies and a missing layout of the other version are made on the designer's thread.
 */
public final class CompareMode {
    private final DesignDocument doc;
    private final LayoutService layout;
    private final Executor work;
    private final BooleanProperty canvasEditable;
    private final List<Node> editors;
    private final ReadOnlyObjectWrapper<ComparisonView> view = new ReadOnlyObjectWrapper<>(this, "view");
    private final List<Boolean> disabledBefore = new ArrayList<>();
    private boolean editableBefore;

    /**
     * @param canvasEditable the editing canvas's editable flag, off while comparing
     * @param editors the parts that edit the document (palette, property sheet, YAML view), disabled while comparing
     */
    public CompareMode(DesignDocument doc, LayoutService layout, Executor work, BooleanProperty canvasEditable,
            List<Node> editors) {
        this.doc = doc;
        this.layout = layout;
        this.work = work;
        this.canvasEditable = canvasEditable;
        this.editors = List.copyOf(editors);
        doc.revisionProperty().addListener((o, a, b) -> leave());
    }

    /**
     * Compares the open pipeline with {@code other}, then shows the comparison (FX thread; the work runs on
     * the designer's thread). The kit takes {@code other} over: the caller must not change it after. Fails
     * when the document changed while the comparison was prepared.
     *
     * @param label how the other version is named: a revision ({@code a1b2c3d, 2 days ago}) or a file name
     */
    public CompletableFuture<ComparisonView> open(Pipeline other, String label) {
        Objects.requireNonNull(other, "other");
        Objects.requireNonNull(label, "label");
        int revision = doc.revision();
        Pipeline open = doc.snapshot();
        return CompletableFuture.supplyAsync(() -> {
            layout.fillMissing(other);
            return Comparison.of(other, open, label);
        }, work).thenApplyAsync(c -> {
            if (doc.revision() != revision) {
                throw new IllegalStateException("The pipeline changed while the comparison was prepared; compare again.");
            }
            return show(c);
        }, Platform::runLater);
    }

    /** Shows a prepared comparison (FX thread), replacing one shown before. */
    public ComparisonView show(Comparison c) {
        leave();
        ComparisonView v = new ComparisonView(c);
        v.setOnLeave(this::leave);
        editableBefore = canvasEditable.get();
        canvasEditable.set(false);
        disabledBefore.clear();
        editors.forEach(n -> {
            disabledBefore.add(n.isDisable());
            n.setDisable(true);
        });
        view.set(v);
        v.canvas().fit();
        // the keys (V, Escape) go to the comparison: the focus was on a part now disabled, or in a dialog
        Platform.runLater(() -> v.canvas().requestFocus());
        return v;
    }

    /** Ends the comparison, if one is shown: the editing parts come back as they were. */
    public void leave() {
        if (view.get() == null) {
            return;
        }
        view.set(null);
        canvasEditable.set(editableBefore);
        for (int i = 0; i < editors.size(); i++) {
            editors.get(i).setDisable(disabledBefore.get(i));
        }
    }

    /** The comparison shown, or null while editing. */
    public ReadOnlyObjectProperty<ComparisonView> viewProperty() {
        return view.getReadOnlyProperty();
    }

    public boolean isActive() {
        return view.get() != null;
    }
}
