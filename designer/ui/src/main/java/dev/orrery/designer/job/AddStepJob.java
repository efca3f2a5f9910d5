package dev.orrery.designer.job;

import dev.orrery.core.model.Graph;
import dev.orrery.core.model.Position;
import dev.orrery.core.model.Step;
import dev.orrery.core.model.Template;
import dev.orrery.designer.doc.DesignDocument;

/** Adds a step (and the template it runs, when new) to the shown graph at a position. */
public final class AddStepJob extends Job {
    private final DesignDocument doc;
    private final Step step;
    private final Template template;
    private final Position position;

    /** @param template the step's own new template, or null when it runs an existing one */
    public AddStepJob(DesignDocument doc, Step step, Template template, Position position) {
        this.doc = doc;
        this.step = step;
        this.template = template;
        this.position = position;
    }

    @Override
    public void execute() {
        Graph g = doc.graph();
        if (g == null) {
            throw new IllegalStateException("the pipeline has no graph to add step " + step.name + " to");
        }
        if (template != null) {
            doc.pipeline().templates.add(template);
        }
        g.steps.add(step);
        if (position != null) {
            doc.pipeline().layout.put(step.name, position);
        }
    }

    @Override
    public void undo() {
        doc.graph().steps.remove(step);
        if (template != null) {
            doc.pipeline().templates.remove(template);
        }
        doc.pipeline().layout.remove(step.name);
        doc.selection().steps().remove(step.name);
    }

    @Override
    public String description() {
        return "Add " + step.name;
    }

    public Step step() {
        return step;
    }
}
