package dev.orrery.designer.job;

import dev.orrery.core.model.Pipeline;
import dev.orrery.designer.doc.DesignDocument;

/** Puts a new pipeline in place of the current one (applied YAML, pipeline settings, auto layout of all). */
public final class ReplacePipelineJob extends Job {
    private final DesignDocument doc;
    private final Pipeline replacement;
    private final String description;
    private Pipeline previous;

    public ReplacePipelineJob(DesignDocument doc, Pipeline replacement, String description) {
        this.doc = doc;
        this.replacement = replacement;
        this.description = description;
    }

    @Override
    public void execute() {
        previous = doc.pipeline();
        doc.swapPipeline(replacement);
    }

    @Override
    public void undo() {
        doc.swapPipeline(previous);
    }

    @Override
    public String description() {
        return description;
    }
}
