package dev.orrery.core.io;

import dev.orrery.core.diag.Diagnostic;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.yaml.LineIndex;
import java.util.List;

/**
 * One pipeline read from a file: its position among the file's documents, the format it was
 * in, the model, what import found wrong, and the source lines of its fields.
 */
public record LoadedDocument(int index, PipelineFormat format, Pipeline pipeline, List<Diagnostic> diagnostics,
        LineIndex lines) {

    /** A short label for choosing among documents: {@code 2: WorkflowTemplate my-template}. */
    public String label() {
        String kind = format == PipelineFormat.NATIVE ? "Pipeline" : pipeline.argoKind.kind();
        return (index + 1) + ": " + kind + " " + pipeline.displayName();
    }
}
