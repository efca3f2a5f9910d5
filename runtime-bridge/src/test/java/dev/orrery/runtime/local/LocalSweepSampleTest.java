package dev.orrery.runtime.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.core.io.LoadResult;
import dev.orrery.core.io.PipelineFiles;
import dev.orrery.core.model.Pipeline;
import dev.orrery.runtime.Metric;
import dev.orrery.runtime.NodeState;
import dev.orrery.runtime.Phase;
import dev.orrery.runtime.RunMetrics;
import dev.orrery.runtime.RunState;
import dev.orrery.runtime.SubmitOptions;
import dev.orrery.runtime.compare.ComparedRuns;
import dev.orrery.runtime.compare.ComparisonCsv;
import dev.orrery.runtime.compare.RunComparison;
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
            // in item order: with three at once, the engine may start them in another order
            List<NodeState> children = ComparedRuns.children(s, "train-grid");
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

            // compared: one row per child, its item's values and its metrics as columns
            var items = ComparedRuns.itemsOf(p.mainGraph().orElseThrow().step("train-grid").orElseThrow());
            RunComparison table = RunComparison.of(ComparedRuns.sweepChildren(s, "train-grid", items, metrics,
                    java.time.Instant.now()));
            assertThat(table.parameters()).containsExactly("learning-rate", "epochs");
            assertThat(table.metrics()).containsExactly("train-grid/accuracy", "train-grid/loss");
            List<String> csv = ComparisonCsv.of(table).lines().toList();
            assertThat(csv).hasSize(7);
            assertThat(csv.get(0)).isEqualTo("run,source,pipeline,phase,duration_s,params.learning-rate,params.epochs,"
                    + "metrics.train-grid/accuracy,metrics.train-grid/loss");
            String[] rates = {"0.05", "0.05", "0.5", "0.5", "2.0", "2.0"};
            for (int i = 0; i < children.size(); i++) {
                String[] cells = cells(csv.get(i + 1));
                assertThat(cells[5]).isEqualTo(rates[i]);
                assertThat(cells[6]).isEqualTo(String.valueOf(epochs[i]));
                assertThat(Double.parseDouble(cells[7])).as("what the step wrote to accuracy.txt")
                        .isEqualTo(Double.parseDouble(children.get(i).outputs().parameters().get("accuracy")));
                List<Double> losses = metrics.ofNode(children.get(i).id()).get(1).values();
                assertThat(Double.parseDouble(cells[8])).as("a series gives its last value")
                        .isEqualTo(losses.get(losses.size() - 1));
            }
        }
    }

    /** One CSV line's cells (RFC 4180 quoting; the labels hold commas). */
    private static String[] cells(String line) {
        List<String> out = new java.util.ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        out.add(cell.toString());
        return out.toArray(String[]::new);
    }
}
