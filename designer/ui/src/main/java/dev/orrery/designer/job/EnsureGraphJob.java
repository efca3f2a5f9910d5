package dev.orrery.designer.job;

import dev.orrery.core.model.Graph;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Position;
import dev.orrery.core.model.Step;
import dev.orrery.core.model.Template;
import dev.orrery.designer.doc.DesignDocument;
import dev.orrery.designer.doc.Names;

/**
 * Makes sure the entrypoint is a DAG the canvas can add steps to. When the entrypoint is a single
 * container (or missing), a DAG template becomes the entrypoint and runs the old one as its first step.
 */
public final class EnsureGraphJob extends Job {
    private final DesignDocument doc;
    private String oldEntrypoint;
    private Template added;

    public EnsureGraphJob(DesignDocument doc) {
        this.doc = doc;
    }

    @Override
    public boolean isExecutable() {
        return doc.graph() == null;
    }

    @Override
    public void execute() {
        Pipeline p = doc.pipeline();
        oldEntrypoint = p.entrypoint;
        if (added == null) {
            added = new Template(Names.unique("main", p.templates.stream().map(t -> t.name).toList()));
            added.graph = new Graph();
            if (oldEntrypoint != null && p.template(oldEntrypoint).isPresent()) {
                added.graph.steps.add(new Step(Names.sanitize(oldEntrypoint), oldEntrypoint));
                p.layout.putIfAbsent(Names.sanitize(oldEntrypoint), new Position(80, 120));
            }
        }
        p.templates.add(0, added);
        p.entrypoint = added.name;
    }

    @Override
    public void undo() {
        Pipeline p = doc.pipeline();
        p.templates.remove(added);
        p.entrypoint = oldEntrypoint;
    }

    @Override
    public String description() {
        return "Make the entrypoint a DAG";
    }
}
