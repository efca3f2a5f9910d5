package dev.orrery.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.core.diag.Diagnostic;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.validate.Validator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmarks' generated pipelines are ones a user could draw: a canvas full of errors measures painting errors. */
class PipelineGeneratorTest {

    @Test
    void aGeneratedPipelineHasNoErrors() {
        Pipeline p = PipelineGenerator.generate(300, 42);

        List<Diagnostic> errors = new Validator().validate(p).stream().filter(Diagnostic::isError).toList();

        assertThat(p.entryTemplate().orElseThrow().graph.steps).hasSize(300);
        assertThat(errors).isEmpty();
    }

    @Test
    void everyStepAfterTheFirstLayerTakesItsFirstDependencysOutput() {
        Pipeline p = PipelineGenerator.generate(100, 7);

        p.entryTemplate().orElseThrow().graph.steps.stream().filter(s -> !s.dependsOn.isEmpty()).forEach(s ->
                assertThat(s.artifactArguments).singleElement().satisfies(a -> assertThat(a.from)
                        .isEqualTo("{{tasks." + s.dependsOn.get(0) + ".outputs.artifacts.output}}")));
    }

    @Test
    void theSameSeedGivesTheSamePipeline() {
        assertThat(PipelineGenerator.generate(200, 42).templates).usingRecursiveComparison()
                .isEqualTo(PipelineGenerator.generate(200, 42).templates);
    }
}
