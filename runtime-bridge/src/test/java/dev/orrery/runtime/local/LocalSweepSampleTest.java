package dev.orrery.runtime.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.core.io.LoadResult;
import dev.orrery.core.io.PipelineFiles;
import dev.orrery.core.model.Pipeline;
import dev.orrery.runtime.Metric;
import dev.orrery.runtime.NodeState;
import dev.orrery.runtime.NodeType;
import dev.orrery.runtime.Phase;
import dev.orrery.runtime.RunMetrics;
import dev.orrery.runtime.RunState;
import dev.orrery.runtime.SubmitOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sweep sample: its file is exactly what the native writer makes of {@link LocalSweepSample}
 * (regenerate with {@code -Dorrery.updateSamples=true}), and its six runs go end to end with python3,
 * each child's metrics read apart through the runtime SPI.
 */
class LocalSweepSampleTest {
    static final Path ASSET = Path.of("..", "assets", "samples", LocalSweepSample.FILE);

    @TempDir
    Path tmp;

    @Test
    void theAssetIsTheWritersOutputForTheSample() throws Exception {
        String yaml = PipelineFiles.toNativeYaml(LocalSweepSample.pipeline());
        if (Boolean.getBoolean("orrery.updateSamples")) {
            Files.writeString(ASSET, yaml, StandardCharsets.UTF_8);
        }
        assertThat(ASSET).as("the sample file; regenerate with -Dorrery.updateSamples=true").exists();
        assertThat(Files.readString(ASSET, StandardCharsets.UTF_8)).isEqualTo(yaml);
    }

    @Test
    void theSixRunsGoEndToEndAndReportTheirOwnMetrics() throws Exception {
        LoadResult loaded = PipelineFiles.read(ASSET);
        assertThat(loaded.hasErrors()).as(loaded.allDiagnostics().toString()).isFalse();
        Pipeline p = loaded.documents().get(0).pipeline();
        assertThat(p.mainGraph().orElseThrow().step("train-grid").orElseThrow().loop.sweep).isNotNull();

        try (LocalRuntime runtime = new LocalRuntime(tmp.resolve("runs"))) {
            RunState s = Fixtures.runToEnd(runtime, p, SubmitOptions.DEFAULTS);

            assertThat(s.phase()).as(Fixtures.ids(s).toString()).isEqualTo(Phase.SUCCEEDED);
            List<NodeState> children = s.nodesOfStep("train-grid").stream()
                    .filter(n -> n.type() != NodeType.TASK_GROUP).toList();
            assertThat(children).hasSize(6);
            RunMetrics metrics = runtime.metrics(s.ref());
            assertThat(metrics.problems()).isEmpty();
            int[] epochs = {40, 80, 40, 80, 40, 80};
            for (int i = 0; i < children.size(); i++) {
                NodeState child = children.get(i);
                List<Metric> own = metrics.ofNode(child.id());
                assertThat(own).extracting(Metric::name).containsExactly("accuracy", "loss");
                assertThat(own.get(0).value()).as(child.displayName())
                        .isEqualTo(Double.parseDouble(child.outputs().parameters().get("accuracy")));
                assertThat(own.get(1).values()).as(child.displayName() + ": one loss per epoch").hasSize(epochs[i]);
            }
            assertThat(metrics.metrics()).extracting(Metric::key).contains(
                    "train-grid(0:{\"learning-rate\":0.05,\"epochs\":40})/accuracy",
                    "train-grid(5:{\"learning-rate\":2.0,\"epochs\":80})/loss");
        }
    }
}
