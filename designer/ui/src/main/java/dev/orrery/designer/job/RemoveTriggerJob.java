package dev.orrery.designer.job;

import dev.orrery.core.model.EventTrigger;
import dev.orrery.designer.doc.DesignDocument;

/** Removes an event trigger from the pipeline; undo puts it back in its place. */
public final class RemoveTriggerJob extends Job {
    private final DesignDocument doc;
    private final String name;
    private int index = -1;
    private EventTrigger removed;

    public RemoveTriggerJob(DesignDocument doc, String name) {
        this.doc = doc;
        this.name = name;
    }

    @Override
    public boolean isExecutable() {
        return TriggerEdits.find(doc.pipeline(), name).isPresent();
    }

    @Override
    public void execute() {
        removed = TriggerEdits.find(doc.pipeline(), name).orElseThrow();
        index = doc.pipeline().triggers.indexOf(removed);
        doc.pipeline().triggers.remove(index);
        if (name.equals(doc.selection().trigger())) {
            doc.selection().selectTrigger(null);
        }
    }

    @Override
    public void undo() {
        doc.pipeline().triggers.add(Math.min(index, doc.pipeline().triggers.size()), removed.copy());
    }

    @Override
    public void redo() {
        execute();
    }

    @Override
    public String description() {
        return "Remove trigger " + name;
    }
}
