package dev.orrery.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.core.diag.Diagnostic;
import dev.orrery.core.io.PipelineFiles;
import dev.orrery.core.validate.Validator;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SamplePipelineTest {

    @Test
    void theShippedAssetIsExactlyTheSampleBuiltInCode() throws Exception {
        try (InputStream in = SamplePipeline.class.getResourceAsStream(SamplePipeline.RESOURCE)) {
            assertThat(in).as("the sample is on the classpath (from assets/samples)").isNotNull();
            String shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(shipped).as("run SamplePipeline.main to regenerate assets/samples/ml-training.orrery.yaml")
                    .isEqualTo(PipelineFiles.toNativeYaml(SamplePipeline.build()));
        }
    }

    @Test
    void theSampleIsValidAndHasTheFourSteps() {
        var p = SamplePipeline.load();
        assertThat(new Validator().validate(p)).filteredOn(d -> d.severity() != dev.orrery.core.diag.Severity.INFO)
                .extracting(Diagnostic::format).isEmpty();
        assertThat(p.mainGraph().orElseThrow().steps).extracting(s -> s.name)
                .containsExactly("prepare-data", "train", "evaluate", "deploy");
        assertThat(p.template("train").orElseThrow().container.resources.gpuCount()).isEqualTo(1);
    }
}
