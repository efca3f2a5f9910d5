package dev.orrery.designer.job;

import dev.orrery.core.model.Graph;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Position;
import dev.orrery.core.refs.Renames;
import dev.orrery.designer.doc.DesignDocument;
import java.util.List;

/**
 * Renames a step of the shown graph and everything that names it ({@link Renames#step}): other
 * steps' dependencies and dependency expressions, every {@code {{tasks.NAME.…}}} /
 * {@code {{steps.NAME.…}}} reference in the graph's template, layout and selection. One undo step
 * puts all of it back.
 */
public final class RenameStepJob extends Job {
    private final DesignDocument doc;
    private final String oldName;
    private final String newName;
    private TemplateSnapshots snapshots;

    public RenameStepJob(DesignDocument doc, String oldName, String newName) {
        this.doc = doc;
        this.oldName = oldName;
        this.newName = newName;
    }

    @Override
    public boolean isExecutable() {
        return !oldName.equals(newName) && doc.step(oldName).isPresent() && doc.step(newName).isEmpty()
                && !doc.isDerived(oldName);
    }

    @Override
    public void execute() {
        Pipeline p = doc.pipeline();
        Graph g = doc.graph();
        // only the template holding the graph can refer to its steps
        List<String> owner = p.templates.stream().filter(t -> t.graph == g).map(t -> t.name).toList();
        snapshots = new TemplateSnapshots(p, owner);
        Renames.step(p, g, oldName, newName);
        snapshots.edited(p);
        moveLayoutAndSelection(oldName, newName);
    }

    @Override
    public void undo() {
        snapshots.restoreBefore(doc.pipeline());
        moveLayoutAndSelection(newName, oldName);
    }

    @Override
    public void redo() {
        snapshots.restoreAfter(doc.pipeline());
        moveLayoutAndSelection(oldName, newName);
    }

    private void moveLayoutAndSelection(String from, String to) {
        Position pos = doc.pipeline().layout.remove(from);
        if (pos != null) {
            doc.pipeline().layout.put(to, pos);
        }
        if (doc.selection().steps().remove(from)) {
            doc.selection().steps().add(to);
        }
    }

    @Override
    public String description() {
        return "Rename " + oldName + " to " + newName;
    }
}
