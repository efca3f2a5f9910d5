package dev.orrery.designer.job;

import dev.orrery.core.model.EventTrigger;
import dev.orrery.designer.doc.DesignDocument;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Changes one event trigger of the pipeline (its source settings, its mappings, its name), reversibly by copies. */
public final class TriggerEditJob extends CopyEditJob<EventTrigger> {
    private final DesignDocument doc;
    private final String triggerName;

    public TriggerEditJob(DesignDocument doc, String triggerName, String description, Consumer<EventTrigger> edit) {
        super(description, edit, EventTrigger::copy);
        this.doc = doc;
        this.triggerName = triggerName;
    }

    @Override
    Optional<EventTrigger> element() {
        return TriggerEdits.find(doc.pipeline(), triggerName);
    }

    @Override
    List<EventTrigger> list() {
        return doc.pipeline().triggers;
    }
}
