package dev.orrery.designer.job;

import dev.orrery.core.model.Step;
import dev.orrery.designer.doc.DesignDocument;
import java.util.List;
import java.util.function.Consumer;

/** Changes fields of one step of the shown graph (or, by path, of a sub-pipeline's graph) (when, loop, arguments, …), reversibly by copies. */
public final class StepEditJob extends Job {
    private final DesignDocument doc;
    private final String stepName;
    private final String description;
    private final Consumer<Step> edit;
    private int index = -1;
    private Step before;
    private Step after;

    public StepEditJob(DesignDocument doc, String stepName, String description, Consumer<Step> edit) {
        this.doc = doc;
        this.stepName = stepName;
        this.description = description;
        this.edit = edit;
    }

    @Override
    public boolean isExecutable() {
        return doc.step(stepName).isPresent();
    }

    @Override
    public void execute() {
        List<Step> steps = doc.graphOf(stepName).steps;
        Step live = doc.step(stepName).orElseThrow();
        index = steps.indexOf(live);
        before = live.copy();
        edit.accept(live);
        after = live.copy();
    }

    @Override
    public void undo() {
        doc.graphOf(stepName).steps.set(index, before.copy());
    }

    @Override
    public void redo() {
        doc.graphOf(stepName).steps.set(index, after.copy());
    }

    @Override
    public String description() {
        return description;
    }
}
