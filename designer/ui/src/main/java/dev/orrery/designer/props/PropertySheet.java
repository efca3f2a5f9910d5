package dev.orrery.designer.props;

import dev.orrery.designer.doc.DesignDocument;
import javafx.collections.SetChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;

/**
 * The right-hand panel: the selected step's properties, the pipeline's when nothing is selected.
 * It follows the selection and the document revision; it never talks to other panels.
 */
public final class PropertySheet extends ScrollPane {
    private final DesignDocument doc;
    private Form form;

    public PropertySheet(DesignDocument doc) {
        this.doc = doc;
        getStyleClass().add("orrery-properties");
        setId("properties");
        setFitToWidth(true);
        doc.selection().steps().addListener((SetChangeListener<String>) c -> update());
        doc.revisionProperty().addListener((o, a, b) -> update());
        update();
    }

    private void update() {
        String single = doc.selection().single();
        int count = doc.selection().steps().size();
        if (count > 1) {
            form = null;
            Label l = new Label(count + " steps selected");
            l.getStyleClass().add("form-note");
            setContent(l);
            return;
        }
        if (single != null && doc.step(single).isPresent()) {
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

    private void show(Form f) {
        form = f;
        setContent(f);
    }
}
