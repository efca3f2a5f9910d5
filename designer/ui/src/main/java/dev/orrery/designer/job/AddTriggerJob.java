package dev.orrery.designer.job;

import dev.orrery.core.model.EventTrigger;
import dev.orrery.designer.doc.DesignDocument;

/** Adds an event trigger to the pipeline (after the others); undo removes it again. */
public final class AddTriggerJob extends Job {
    private final DesignDocument doc;
    private final EventTrigger trigger;

    public AddTriggerJob(DesignDocument doc, EventTrigger trigger) {
        this.doc = doc;
        this.trigger = trigger;
    }

    @Override
    public boolean isExecutable() {
        return trigger.name != null && TriggerEdits.find(doc.pipeline(), trigger.name).isEmpty();
    }

    @Override
    public void execute() {
        doc.pipeline().triggers.add(trigger.copy());
    }

    @Override
    public void undo() {
        doc.pipeline().triggers.removeIf(t -> trigger.name.equals(t.name));
        if (trigger.name.equals(doc.selection().trigger())) {
            doc.selection().selectTrigger(null);
        }
    }

    @Override
    public String description() {
        return "Add trigger " + trigger.name;
    }

    public EventTrigger trigger() {
        return trigger;
    }
}
