package dev.orrery.designer.props;

import dev.orrery.core.text.Counts;
import dev.orrery.designer.doc.DesignDocument;
import dev.orrery.designer.doc.Selection;
import dev.orrery.designer.doc.StepPaths;
import javafx.collections.SetChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;

/**
 * The right-hand panel: the selected step's properties, the selected edge's bindings, the
 * pipeline's when nothing is selected.
 * It follows the selection and the document revision; it never talks to other panels.
 */
public final class PropertySheet extends ScrollPane {
    private final DesignDocument doc;
    private Form form;
    /** What the sheet shows: a step's name, "" for the pipeline, null for several steps. */
    private String shownFor = "";

    public PropertySheet(DesignDocument doc) {
        this.doc = doc;
        getStyleClass().add("orrery-properties");
        setId("properties");
        setFitToWidth(true);
        doc.selection().steps().addListener((SetChangeListener<String>) c -> update());
        doc.revisionProperty().addListener((o, a, b) -> update());
        doc.selection().edgeProperty().addListener((o, a, b) -> update());
        update();
    }

    private void update() {
        String single = doc.selection().single();
        int count = doc.selection().steps().size();
        Selection.Edge edge = count == 0 ? shownEdge() : null;
        String showing = count > 1 ? null : single != null && doc.step(single).isPresent() ? single
                : edge != null ? edge.toString() : "";
        if (!java.util.Objects.equals(showing, shownFor)) {
            // another step's sheet starts at its top, so its fields are where the user expects them
            shownFor = showing;
            setVvalue(getVmin());
        }
        if (count > 1) {
            form = null;
            Label l = new Label(Counts.of(count, "step") + " selected");
            l.getStyleClass().add("form-note");
            setContent(l);
            return;
        }
        if (edge != null) {
            if (form instanceof EdgeForm ef && ef.fits(edge)) {
                form.refresh();
            } else {
                show(new EdgeForm(doc, edge));
            }
        } else if (single != null && doc.step(single).isPresent()) {
            if (form instanceof StepForm sf && sf.fits(single)) {
                form.refresh();
            } else {
                show(new StepForm(doc, single));
            }
        } else if (form instanceof PipelineForm) {
            form.refresh();
        } else {
            show(new PipelineForm(doc));
        }
    }

    /** The selected edge while it still joins two steps, else null. */
    private Selection.Edge shownEdge() {
        Selection.Edge e = doc.selection().edge();
        boolean joins = e != null && doc.step(e.from()).isPresent()
                && doc.step(e.to()).map(t -> t.dependsOn.contains(StepPaths.leaf(e.from()))).orElse(false);
        return joins ? e : null;
    }

    private void show(Form f) {
        form = f;
        setContent(f);
    }
}
