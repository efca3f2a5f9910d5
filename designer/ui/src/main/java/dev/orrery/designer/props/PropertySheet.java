package dev.orrery.designer.props;

import dev.orrery.core.text.Counts;
import dev.orrery.designer.doc.DesignDocument;
import dev.orrery.designer.doc.Selection;
import dev.orrery.designer.doc.StepPaths;
import dev.orrery.designer.job.TriggerEdits;
import java.util.function.Consumer;
import javafx.collections.SetChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;

/**
 * The right-hand panel: the selected step's properties, the selected edge's bindings, the selected
 * trigger's settings and mappings, the pipeline's when nothing is selected.
 * It follows the selection and the document revision; it never talks to other panels.
 */
public final class PropertySheet extends ScrollPane {
    private final DesignDocument doc;
    private Form form;
    /** What the sheet shows: a step's name, "" for the pipeline, null for several steps. */
    private String shownFor = "";
    /** The sheet's narrowest width: a label column and a value column of about 30 characters. */
    public static final double MIN_WIDTH = 400;
    private Consumer<String> onSendTestEvent = name -> { };

    public PropertySheet(DesignDocument doc) {
        this.doc = doc;
        getStyleClass().add("orrery-properties");
        setId("properties");
        setFitToWidth(true);
        doc.selection().steps().addListener((SetChangeListener<String>) c -> update());
        doc.revisionProperty().addListener((o, a, b) -> update());
        doc.selection().edgeProperty().addListener((o, a, b) -> update());
        doc.selection().triggerProperty().addListener((o, a, b) -> update());
        // wide enough that values read whole ("Europe/Berlin", a cron line, a payload path)
        setMinWidth(MIN_WIDTH);
        update();
    }

    private void update() {
        String single = doc.selection().single();
        int count = doc.selection().steps().size();
        Selection.Edge edge = count == 0 ? shownEdge() : null;
        String trigger = count == 0 && edge == null ? shownTrigger() : null;
        String showing = count > 1 ? null : single != null && doc.step(single).isPresent() ? single
                : edge != null ? edge.toString() : trigger != null ? "trigger:" + trigger : "";
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
        if (trigger != null) {
            if (form instanceof TriggerForm tf && tf.fits(trigger)) {
                form.refresh();
            } else {
                show(new TriggerForm(doc, trigger, name -> onSendTestEvent.accept(name)));
            }
        } else if (edge != null) {
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

    /** The selected trigger while the pipeline still has it, else null. */
    private String shownTrigger() {
        String t = doc.selection().trigger();
        return t != null && TriggerEdits.find(doc.pipeline(), t).isPresent() ? t : null;
    }

    /** What the trigger sheet's "Send test event…" does with the trigger's name. */
    public void setOnSendTestEvent(Consumer<String> action) {
        this.onSendTestEvent = action == null ? name -> { } : action;
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
