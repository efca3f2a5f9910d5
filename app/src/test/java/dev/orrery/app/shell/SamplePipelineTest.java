package dev.orrery.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.core.diag.Diagnostic;
import dev.orrery.core.io.PipelineFiles;
import dev.orrery.core.validate.Validator;
import dev.orrery.runtime.NodeState;
import dev.orrery.runtime.Phase;
import dev.orrery.runtime.RunRef;
import dev.orrery.runtime.RunState;
import dev.orrery.runtime.SubmitOptions;
import dev.orrery.runtime.local.LocalRuntime;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    /**
     * The sample runs on this computer as shipped, with python3 alone: dataset, model and metrics pass
     * through bound inputs, evaluation clears the deploy condition, and deploy gets train's model.
     */
    @Test
    void theSampleRunsOnThisComputerAndPassesItsFiles(@TempDir Path runs) throws Exception {
        var p = SamplePipeline.load();
        var graph = p.mainGraph().orElseThrow();
        assertThat(graph.step("evaluate").orElseThrow().artifactArguments).extracting(a -> a.name + " <- " + a.from)
                .containsExactlyInAnyOrder("model <- {{tasks.train.outputs.artifacts.model}}",
                        "dataset <- {{tasks.prepare-data.outputs.artifacts.dataset}}");
        assertThat(graph.step("deploy").orElseThrow().artifactArguments).extracting(a -> a.from)
                .containsExactly("{{tasks.train.outputs.artifacts.model}}");
        Pattern imports = Pattern.compile("(?m)^\\s*(?:import|from)\\s+(\\w+)");
        p.templates.stream().filter(t -> t.container != null && t.container.source != null)
                .flatMap(t -> imports.matcher(t.container.source).results().map(m -> m.group(1)))
                .forEach(module -> assertThat(module).isIn("csv", "json", "math", "random", "hashlib"));

        try (LocalRuntime local = new LocalRuntime(runs)) {
            RunRef ref = local.submit(p, new SubmitOptions(Map.of(), 0, null, Map.of()));
            RunState done = local.completion(ref).get(180, TimeUnit.SECONDS);
            StringBuilder why = new StringBuilder(done.phase() + ": " + done.message());
            done.nodes().forEach(n -> why.append("\n  ").append(n.displayName()).append(' ').append(n.phase())
                    .append(' ').append(n.message()));
            assertThat(done.phase()).as(why.toString()).isEqualTo(Phase.SUCCEEDED);
            NodeState deploy = done.nodesOfStep("deploy").get(0);
            assertThat(deploy.phase()).as("accuracy > 0.9, so deploy runs rather than being skipped")
                    .isEqualTo(Phase.SUCCEEDED);
            Path nodes = local.runDirectory(ref).resolve("nodes");
            byte[] trained = Files.readAllBytes(nodes.resolve(done.nodesOfStep("train").get(0).id()).resolve("fs/tmp/model.json"));
            assertThat(Files.readAllBytes(nodes.resolve(deploy.id()).resolve("fs/data/model.json"))).isEqualTo(trained);
            assertThat(deploy.outputs().parameters().get("endpoint")).startsWith("http://churn-model.");

            // its metrics, read through the runtime SPI (docs/metrics.md)
            var metrics = local.metrics(ref);
            assertThat(metrics.problems()).isEmpty();
            assertThat(metrics.metrics()).extracting(m -> m.key()).containsExactly("train/loss", "evaluate/accuracy",
                    "evaluate/correct", "evaluate/rows");
            assertThat(metrics.find("train/loss").orElseThrow().values()).as("one loss per epoch (epochs=20)")
                    .hasSize(20);
            assertThat(metrics.find("evaluate/accuracy").orElseThrow().value()).isGreaterThan(0.9);
        }
    }
}
