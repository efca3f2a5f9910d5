package dev.orrery.core.tree;

import dev.orrery.core.diag.Diagnostic;
import dev.orrery.core.model.Pipeline;
import java.util.List;

/**
 * What reading one pipeline document gave, in either format: the pipeline (never null, possibly
 * empty) and what was found wrong while reading it.
 */
public record ReadResult(Pipeline pipeline, List<Diagnostic> diagnostics) {
}
