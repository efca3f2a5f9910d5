package dev.orrery.designer.job;

import dev.orrery.core.model.Step;
import dev.orrery.designer.doc.DesignDocument;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Changes fields of one step of the shown graph (or, by path, of a sub-pipeline's graph) (when, loop, arguments, …), reversibly by copies. */
public final class StepEditJob extends CopyEditJob<Step> {
    private final DesignDocument doc;
    private final String stepName;

    public StepEditJob(DesignDocument doc, String stepName, String description, Consumer<Step> edit) {
        super(description, edit, Step::copy);
        this.doc = doc;
        this.stepName = stepName;
    }

    /** A step derived from a template (entry, exit handler) has no step fields to edit. */
    @Override
    public boolean isExecutable() {
        return !doc.isDerived(stepName) && super.isExecutable();
    }

    @Override
    Optional<Step> element() {
        return doc.step(stepName);
    }

    @Override
    List<Step> list() {
        return doc.graphOf(stepName).steps;
    }
}
