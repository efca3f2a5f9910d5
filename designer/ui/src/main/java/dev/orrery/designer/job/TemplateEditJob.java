package dev.orrery.designer.job;

import dev.orrery.core.model.Template;
import dev.orrery.designer.doc.DesignDocument;
import java.util.List;
import java.util.function.Consumer;

/**
 * Changes fields of one template (image, resources, retries, …). The template is copied before and
 * after the change; undo and redo put the copies back, so any edit function is reversible.
 */
public final class TemplateEditJob extends Job {
    private final DesignDocument doc;
    private final String templateName;
    private final String description;
    private final Consumer<Template> edit;
    private int index = -1;
    private Template before;
    private Template after;

    public TemplateEditJob(DesignDocument doc, String templateName, String description, Consumer<Template> edit) {
        this.doc = doc;
        this.templateName = templateName;
        this.description = description;
        this.edit = edit;
    }

    @Override
    public boolean isExecutable() {
        return doc.pipeline().template(templateName).isPresent();
    }

    @Override
    public void execute() {
        List<Template> templates = doc.pipeline().templates;
        Template live = doc.pipeline().template(templateName).orElseThrow();
        index = templates.indexOf(live);
        before = live.copy();
        edit.accept(live);
        after = live.copy();
    }

    @Override
    public void undo() {
        doc.pipeline().templates.set(index, before.copy());
    }

    @Override
    public void redo() {
        doc.pipeline().templates.set(index, after.copy());
    }

    @Override
    public String description() {
        return description;
    }
}
