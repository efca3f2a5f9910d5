package dev.orrery.runtime.local;

import static dev.orrery.runtime.local.Fixtures.node;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orrery.core.io.LoadResult;
import dev.orrery.core.io.PipelineFiles;
import dev.orrery.core.model.Pipeline;
import dev.orrery.runtime.ArtifactRef;
import dev.orrery.runtime.Metric;
import dev.orrery.runtime.Phase;
import dev.orrery.runtime.RunMetrics;
import dev.orrery.runtime.RunState;
import dev.orrery.runtime.SubmitOptions;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The assets sample: its file is exactly what the native writer makes of {@link LocalMlSample}
 * (regenerate with {@code -Dorrery.updateSamples=true}), and it runs end to end with python3.
 */
class LocalMlSampleTest {
    static final Path ASSET = Path.of("..", "assets", "samples", LocalMlSample.FILE);

    @TempDir
    Path tmp;

    @Test
    void theAssetIsTheWritersOutputForTheSample() throws Exception {
        String yaml = PipelineFiles.toNativeYaml(LocalMlSample.pipeline());
        if (Boolean.getBoolean("orrery.updateSamples")) {
            Files.createDirectories(ASSET.getParent());
            Files.writeString(ASSET, yaml, StandardCharsets.UTF_8);
        }
        assertThat(ASSET).as("the sample file; regenerate with -Dorrery.updateSamples=true").exists();
        assertThat(Files.readString(ASSET, StandardCharsets.UTF_8)).isEqualTo(yaml);
    }

    @Test
    void theSampleRunsEndToEndWithPython3() throws Exception {
        LoadResult loaded = PipelineFiles.read(ASSET);
        assertThat(loaded.hasErrors()).as(loaded.allDiagnostics().toString()).isFalse();
        Pipeline p = loaded.documents().get(0).pipeline();

        try (LocalRuntime runtime = new LocalRuntime(tmp.resolve("runs"))) {
            RunState s = Fixtures.runToEnd(runtime, p, SubmitOptions.DEFAULTS.withParameter("rows", "300"));

            assertThat(s.phase()).as(Fixtures.ids(s).toString()).isEqualTo(Phase.SUCCEEDED);
            assertThat(node(s, "deploy").phase()).isEqualTo(Phase.SUCCEEDED);
            assertThat(node(s, "train").outputs().parameters()).containsKey("train-loss");
            ArtifactRef evalMetrics = runtime.artifacts(s.ref()).stream().filter(a -> a.name().equals("metrics")
                    && a.nodeId().equals(node(s, "evaluate").id())).findFirst().orElseThrow();
            JsonNode json;
            try (InputStream in = runtime.openArtifact(evalMetrics)) {
                json = new ObjectMapper().readTree(in);
            }
            assertThat(json.path("test_rows").asInt()).isEqualTo(75);
            assertThat(runtime.artifacts(s.ref())).extracting(ArtifactRef::name)
                    .containsExactlyInAnyOrder("dataset", "model", "metrics", "metrics", "deployed-model");

            RunMetrics metrics = runtime.metrics(s.ref());
            assertThat(metrics.problems()).isEmpty();
            assertThat(metrics.metrics()).extracting(Metric::key).containsExactly("train/train-loss", "train/loss",
                    "evaluate/accuracy", "evaluate/precision", "evaluate/recall", "evaluate/test_rows");
            Metric loss = metrics.find("train/loss").orElseThrow();
            assertThat(loss.series()).isTrue();
            assertThat(loss.values()).as("one loss per epoch (epochs=300)").hasSize(300);
            assertThat(loss.values().get(299)).as("training lowers the loss").isLessThan(loss.values().get(0));
            assertThat(loss.value()).isCloseTo(metrics.find("train/train-loss").orElseThrow().value(),
                    org.assertj.core.data.Offset.offset(1e-4));
            assertThat(metrics.find("evaluate/accuracy").orElseThrow().value()).isGreaterThanOrEqualTo(0.8)
                    .isEqualTo(Double.parseDouble(node(s, "evaluate").outputs().parameters().get("accuracy")));
            assertThat(metrics.find("evaluate/test_rows").orElseThrow().value()).isEqualTo(75.0);
            assertThat(node(s, "deploy").outputs().result()).startsWith("deployed model with accuracy 0.");

            RunState strict = Fixtures.runToEnd(runtime, p, SubmitOptions.DEFAULTS.withParameter("min-accuracy", "1.01"));
            assertThat(node(strict, "deploy").phase()).as("not accurate enough: not deployed").isEqualTo(Phase.SKIPPED);
            assertThat(strict.phase()).isEqualTo(Phase.SUCCEEDED);
        }
    }
}
