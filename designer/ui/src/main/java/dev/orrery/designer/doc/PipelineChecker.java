package dev.orrery.designer.doc;

import dev.orrery.core.diag.Diagnostic;
import dev.orrery.core.model.Pipeline;
import java.util.List;

/**
 * Checks a pipeline and says what is wrong. The designer is given one (the foundation's
 * {@code Validator::validate} in the app); {@link BasicChecks} is the fallback the kit ships.
 * Called off the FX thread on a copy of the pipeline.
 */
@FunctionalInterface
public interface PipelineChecker {
    List<Diagnostic> check(Pipeline pipeline);
}
