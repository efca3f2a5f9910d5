package dev.orrery.designer.job;

import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Step;
import dev.orrery.core.model.Template;
import dev.orrery.core.refs.IoKind;
import dev.orrery.core.refs.Renames;
import dev.orrery.designer.doc.DesignDocument;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Renames an input or output (parameter or artifact) of a template, with every binding and
 * reference that names it ({@link Renames#input}, {@link Renames#output}): the template's own uses
 * of an input, the callers' arguments, the {@code {{tasks.S.outputs.…}}} of every step running it.
 * One undo step puts all of it back.
 */
public final class RenameIoJob extends Job {
    private final DesignDocument doc;
    private final String template;
    private final boolean output;
    private final IoKind kind;
    private final String oldName;
    private final String newName;
    private TemplateSnapshots snapshots;

    private RenameIoJob(DesignDocument doc, String template, boolean output, IoKind kind, String oldName, String newName) {
        this.doc = doc;
        this.template = template;
        this.output = output;
        this.kind = kind;
        this.oldName = oldName;
        this.newName = newName;
    }

    public static RenameIoJob input(DesignDocument doc, String template, IoKind kind, String oldName, String newName) {
        return new RenameIoJob(doc, template, false, kind, oldName, newName);
    }

    public static RenameIoJob output(DesignDocument doc, String template, IoKind kind, String oldName, String newName) {
        return new RenameIoJob(doc, template, true, kind, oldName, newName);
    }

    @Override
    public boolean isExecutable() {
        Optional<Template> t = doc.pipeline().template(template);
        return !oldName.equals(newName) && !newName.isBlank() && t.isPresent()
                && declares(t.get(), oldName) && !declares(t.get(), newName);
    }

    private boolean declares(Template t, String name) {
        if (kind == IoKind.PARAMETER) {
            return (output ? t.outputParameters : t.inputParameters).stream().anyMatch(x -> name.equals(x.name));
        }
        return (output ? t.outputArtifacts : t.inputArtifacts).stream().anyMatch(x -> name.equals(x.name));
    }

    @Override
    public void execute() {
        Pipeline p = doc.pipeline();
        snapshots = new TemplateSnapshots(p, touched(p));
        if (output) {
            Renames.output(p, template, kind, oldName, newName);
        } else {
            Renames.input(p, template, kind, oldName, newName);
        }
        snapshots.edited(p);
    }

    /** The template itself and every graph template with a step that runs it: all a rename can change. */
    private Set<String> touched(Pipeline p) {
        Set<String> names = new LinkedHashSet<>();
        names.add(template);
        for (Template g : p.templates) {
            if (g.graph != null) {
                for (Step s : g.graph.steps) {
                    if (s.templateRef == null && template.equals(s.template)) {
                        names.add(g.name);
                    }
                }
            }
        }
        return names;
    }

    @Override
    public void undo() {
        snapshots.restoreBefore(doc.pipeline());
    }

    @Override
    public void redo() {
        snapshots.restoreAfter(doc.pipeline());
    }

    @Override
    public String description() {
        return "Rename " + (output ? "output " : "input ") + oldName + " of " + template + " to " + newName;
    }
}
