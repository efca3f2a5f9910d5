package dev.orrery.designer.job;

import dev.orrery.core.model.Template;
import dev.orrery.designer.doc.DesignDocument;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Changes fields of one template (image, resources, retries, …), reversibly by copies. */
public final class TemplateEditJob extends CopyEditJob<Template> {
    private final DesignDocument doc;
    private final String templateName;

    public TemplateEditJob(DesignDocument doc, String templateName, String description, Consumer<Template> edit) {
        super(description, edit, Template::copy);
        this.doc = doc;
        this.templateName = templateName;
    }

    @Override
    Optional<Template> element() {
        return doc.pipeline().template(templateName);
    }

    @Override
    List<Template> list() {
        return doc.pipeline().templates;
    }
}
