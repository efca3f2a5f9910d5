package dev.orrery.designer.job;

import dev.orrery.core.model.Position;
import dev.orrery.designer.doc.DesignDocument;
import java.util.LinkedHashMap;
import java.util.Map;

/** Moves steps on the canvas: one job for a whole drag or an auto layout. Positions only, no model change. */
public final class MoveStepsJob extends Job {
    private final DesignDocument doc;
    private final Map<String, Position> from;
    private final Map<String, Position> to;
    private final String description;

    /** @param from positions before (null values: the step had no stored position) */
    public MoveStepsJob(DesignDocument doc, Map<String, Position> from, Map<String, Position> to, String description) {
        this.doc = doc;
        this.from = new LinkedHashMap<>(from);
        this.to = new LinkedHashMap<>(to);
        this.description = description;
    }

    @Override
    public boolean isExecutable() {
        return !to.isEmpty() && !to.equals(from);
    }

    @Override
    public void execute() {
        doc.pipeline().layout.putAll(to);
    }

    @Override
    public void undo() {
        Map<String, Position> layout = doc.pipeline().layout;
        from.forEach((name, pos) -> {
            if (pos == null) {
                layout.remove(name);
            } else {
                layout.put(name, pos);
            }
        });
    }

    @Override
    public String description() {
        return description;
    }
}
