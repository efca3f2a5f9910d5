package dev.orrery.runtime.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.runtime.ArtifactRef;
import dev.orrery.runtime.Metric;
import dev.orrery.runtime.NodeOutputs;
import dev.orrery.runtime.NodeState;
import dev.orrery.runtime.NodeType;
import dev.orrery.runtime.Phase;
import dev.orrery.runtime.RunMetrics;
import dev.orrery.runtime.RunRef;
import dev.orrery.runtime.RunState;
import dev.orrery.runtime.RuntimeFailure;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** Every shape a step can report metrics in, and every way a metrics file can be bad. */
public class MetricsCollectorTest {
    private static final RunRef RUN = new RunRef("test", "run-1");

    private final Map<String, byte[]> files = new HashMap<>();
    private final List<NodeState> nodes = new ArrayList<>();
    private final List<String> opened = new ArrayList<>();

    private RunMetrics collect() {
        return collect(MetricsCollector.MAX_BYTES);
    }

    private RunMetrics collect(int cap) {
        RunState run = new RunState(RUN, "run-1", "p", "test", Phase.SUCCEEDED, null, null, null, null, null, nodes, 1);
        return MetricsCollector.collect(run, a -> {
            opened.add(a.location());
            byte[] b = files.get(a.location());
            if (b == null) {
                throw new RuntimeFailure("artifact " + a.name() + " is gone from the repository");
            }
            return new ByteArrayInputStream(b);
        }, cap);
    }

    /** A leaf node; artifacts as name=content (stored under nodeId/name). */
    private void node(String id, String display, NodeType type, Map<String, String> params, String... artifacts) {
        List<ArtifactRef> refs = new ArrayList<>();
        for (int i = 0; i < artifacts.length; i += 2) {
            String location = id + "/" + artifacts[i];
            if (artifacts[i + 1] != null) {
                files.put(location, artifacts[i + 1].getBytes(StandardCharsets.UTF_8));
            }
            refs.add(new ArtifactRef(RUN, id, artifacts[i], -1, location));
        }
        nodes.add(new NodeState(id, "run-1." + display, display.replaceAll("\\(.*", ""), display, display, type,
                Phase.SUCCEEDED, "root", List.of(), null, null, null, 0, new NodeOutputs(params, null, refs), 1));
    }

    private static Map<String, String> params(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    private static List<String> described(RunMetrics m) {
        return m.metrics().stream().map(x -> x.key() + "=" + (x.series() ? x.values() : x.value()) + " "
                + x.source()).toList();
    }

    @Test
    void numericOutputParametersAreMetricsAndOtherParametersAreNot() {
        node("n1", "evaluate", NodeType.POD, params("accuracy", "0.91", "rows", " 75\n", "endpoint", "http://x",
                "ok", "true", "nan", "NaN", "sci", "1e-3"));

        RunMetrics m = collect();

        assertThat(described(m)).containsExactly("evaluate/accuracy=0.91 PARAMETER", "evaluate/rows=75.0 PARAMETER",
                "evaluate/sci=0.001 PARAMETER");
        assertThat(m.problems()).isEmpty();
    }

    @Test
    void readsKfpMlpipelineMetrics() {
        node("n1", "train", NodeType.POD, Map.of(), "mlpipeline-metrics", """
                {"metrics": [{"name": "accuracy-score", "numberValue": 0.875, "format": "PERCENTAGE"},
                             {"name": "roc-auc", "numberValue": "0.93"}]}""");

        assertThat(described(collect())).containsExactly("train/accuracy-score=0.875 KFP_METRICS",
                "train/roc-auc=0.93 KFP_METRICS");
    }

    @Test
    void readsAMetricsObjectWithSeries() {
        node("n1", "train", NodeType.POD, Map.of(), "metrics", """
                {"accuracy": 0.9, "loss": [0.7, 0.5, 0.25], "one-epoch": [3]}""");

        RunMetrics m = collect();

        assertThat(described(m)).containsExactly("train/accuracy=0.9 METRICS_OBJECT",
                "train/loss=[0.7, 0.5, 0.25] METRICS_OBJECT", "train/one-epoch=[3.0] METRICS_OBJECT");
        Metric loss = m.find("train/loss").orElseThrow();
        assertThat(loss.series()).isTrue();
        assertThat(loss.value()).as("a series' value is its last epoch").isEqualTo(0.25);
    }

    @Test
    void equalNamesInOtherStepsStayApartAndWithinAStepBothAreKept() {
        node("n1", "train", NodeType.POD, params("accuracy", "0.8"), "metrics", "{\"accuracy\": 0.81}",
                "mlpipeline-metrics", "{\"metrics\": [{\"name\": \"accuracy\", \"numberValue\": 0.82},"
                        + " {\"name\": \"accuracy\", \"numberValue\": 0.83}]}");
        node("n2", "evaluate", NodeType.POD, params("accuracy", "0.7"));

        assertThat(described(collect())).as("parameters first, then the artifacts in the step's order")
                .containsExactly("train/accuracy=0.8 PARAMETER", "train/accuracy#2=0.81 METRICS_OBJECT",
                        "train/accuracy#3=0.82 KFP_METRICS", "train/accuracy#4=0.83 KFP_METRICS",
                        "evaluate/accuracy=0.7 PARAMETER");
    }

    @Test
    void fanOutChildrenAreNamedByTheirItemAndGroupsAreSkipped() {
        node("g", "sweep", NodeType.TASK_GROUP, params("accuracy", "1"));
        node("c0", "sweep(0:0.1)", NodeType.POD, params("accuracy", "0.6"));
        node("c1", "sweep(1:0.01)", NodeType.POD, params("accuracy", "0.9"));

        RunMetrics m = collect();

        assertThat(described(m)).containsExactly("sweep(0:0.1)/accuracy=0.6 PARAMETER",
                "sweep(1:0.01)/accuracy=0.9 PARAMETER");
        assertThat(m.ofNode("c1")).extracting(Metric::value).containsExactly(0.9);
    }

    @Test
    void malformedContentGivesProblemsAndKeepsTheRest() {
        node("n1", "train", NodeType.POD, params("loss", "0.3"), "metrics", "{\"accuracy\": 0.9,");
        node("n2", "evaluate", NodeType.POD, Map.of(), "metrics",
                "{\"accuracy\": 0.9, \"model\": \"v1\", \"loss\": [0.5, \"x\"], \"nested\": {\"a\": 1}}");
        node("n3", "deploy", NodeType.POD, Map.of(), "metrics", "[1, 2]");
        node("n4", "report", NodeType.POD, Map.of(), "mlpipeline-metrics",
                "{\"metrics\": [{\"numberValue\": 1}, {\"name\": \"f1\"}, {\"name\": \"ok\", \"numberValue\": 2}]}");
        node("n5", "gone", NodeType.POD, Map.of(), "metrics", null);

        RunMetrics m = collect();

        assertThat(described(m)).containsExactly("train/loss=0.3 PARAMETER", "evaluate/accuracy=0.9 METRICS_OBJECT",
                "report/ok=2.0 KFP_METRICS");
        assertThat(m.problems()).hasSize(8);
        assertThat(m.problems().get(0)).startsWith("train: artifact metrics is not JSON (line 1");
        assertThat(m.problems()).anyMatch(p -> p.startsWith("evaluate: artifact metrics has model that is neither"))
                .anyMatch(p -> p.contains("non-number in series loss (entry 2)"))
                .anyMatch(p -> p.contains("has nested that is neither"))
                .anyMatch(p -> p.startsWith("deploy: artifact metrics is not a JSON object"))
                .anyMatch(p -> p.contains("metric without a name (entry 1"))
                .anyMatch(p -> p.contains("no numberValue for metric f1"));
        assertThat(m.problems()).last().asString()
                .isEqualTo("gone: artifact metrics cannot be read: artifact metrics is gone from the repository");
    }

    @Test
    void anOversizedFileIsAProblemWithoutReadingItWhole() {
        String big = "{\"loss\": [" + "0.5, ".repeat(100_000) + "0.5]}";
        node("n1", "train", NodeType.POD, params("accuracy", "0.9"), "metrics", big);

        RunMetrics m = collect(64 * 1024);

        assertThat(described(m)).containsExactly("train/accuracy=0.9 PARAMETER");
        assertThat(m.problems()).containsExactly(
                "train: artifact metrics holds more than 64 KiB, the limit for a metrics file; skipped");
    }

    @Test
    void anArtifactKnownToBeTooLargeIsNotOpened() {
        nodes.add(new NodeState("n1", "r.train", "train", "train", "train", NodeType.POD, Phase.SUCCEEDED, null,
                List.of(), null, null, null, 0, new NodeOutputs(Map.of(), null,
                        List.of(new ArtifactRef(RUN, "n1", "metrics", 10L * 1024 * 1024 * 1024, "n1/metrics"))), 1));

        RunMetrics m = collect();

        assertThat(opened).isEmpty();
        assertThat(m.problems()).singleElement().asString().contains("holds more than 1024 KiB");
    }

    @Test
    void readsGzipAndTarGzAsArgoStoresThemAndRefusesAGzipBomb() throws IOException {
        node("n1", "train", NodeType.POD, Map.of());
        node("n2", "evaluate", NodeType.POD, Map.of());
        node("n3", "bomb", NodeType.POD, Map.of());
        replaceArtifact(0, "metrics", gzip(tar("metrics.json", "{\"loss\": [0.4, 0.2]}")));
        replaceArtifact(1, "mlpipeline-metrics", gzip("{\"metrics\": [{\"name\": \"auc\", \"numberValue\": 0.7}]}"
                .getBytes(StandardCharsets.UTF_8)));
        replaceArtifact(2, "metrics", gzip(new byte[50 * 1024 * 1024]));

        RunMetrics m = collect();

        assertThat(described(m)).containsExactly("train/loss=[0.4, 0.2] METRICS_OBJECT", "evaluate/auc=0.7 KFP_METRICS");
        assertThat(m.problems()).singleElement().asString().startsWith("bomb: artifact metrics holds more than");
    }

    private void replaceArtifact(int index, String name, byte[] content) {
        NodeState n = nodes.get(index);
        String location = n.id() + "/" + name;
        files.put(location, content);
        nodes.set(index, new NodeState(n.id(), n.name(), n.stepName(), n.displayName(), n.templateName(), n.type(),
                n.phase(), n.boundaryId(), n.children(), null, null, null, 0, new NodeOutputs(Map.of(), null,
                        List.of(new ArtifactRef(RUN, n.id(), name, -1, location))), 1));
    }

    public static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(content);
        }
        return out.toByteArray();
    }

    /** A one-file POSIX tar, as Argo writes a file artifact before gzipping it. */
    public static byte[] tar(String name, String text) {
        byte[] data = text.getBytes(StandardCharsets.UTF_8);
        int padded = (data.length + 511) / 512 * 512;
        byte[] tar = new byte[512 + padded + 1024];
        put(tar, 0, name);
        put(tar, 100, "0000644");
        put(tar, 124, String.format("%011o", data.length));
        tar[156] = '0';
        put(tar, 257, "ustar");
        put(tar, 263, "00");
        System.arraycopy(data, 0, tar, 512, data.length);
        return tar;
    }

    private static void put(byte[] b, int at, String s) {
        byte[] x = s.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(x, 0, b, at, x.length);
    }
}
