package dev.orrery.designer.doc;

import dev.orrery.core.diag.Diagnostic;
import dev.orrery.core.model.Pipeline;
import java.util.List;

/**
 * Checks a pipeline and says what is wrong; the foundation's validator by default ({@link #VALIDATOR}),
 * replaceable by a host that embeds the kit. Called off the FX thread on a copy of the pipeline.
 */
@FunctionalInterface
public interface PipelineChecker {
    /** The foundation's validator ({@link dev.orrery.core.validate.Validator}); stateless, thread-safe. */
    PipelineChecker VALIDATOR = new dev.orrery.core.validate.Validator()::validate;

    List<Diagnostic> check(Pipeline pipeline);
}
