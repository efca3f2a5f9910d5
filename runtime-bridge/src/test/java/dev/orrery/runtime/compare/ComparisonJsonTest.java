package dev.orrery.runtime.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orrery.runtime.Metric;
import dev.orrery.runtime.Phase;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComparisonJsonTest {
    @Test
    void theDocumentedShapeWithMissingValuesAndSeries() throws Exception {
        ComparedRun a = new ComparedRun("local/a", "a", "This computer", "churn", Phase.SUCCEEDED,
                Duration.ofMillis(1500), Map.of("lr", "0.1"), Map.of(
                        "train/loss", new Metric("n1", "train", "loss", Metric.Source.METRICS_OBJECT, List.of(0.9, 0.4),
                                true),
                        "eval/acc", new Metric("n2", "eval", "acc", Metric.Source.KFP_METRICS, List.of(0.8), false)));
        ComparedRun b = new ComparedRun("argo:ctx/ml/b", "b", "ctx/ml", null, Phase.FAILED, null, Map.of("lr", "0.1"),
                Map.of("eval/acc", new Metric("n3", "eval", "acc", Metric.Source.PARAMETER, List.of(0.8), false)));

        JsonNode root = new ObjectMapper().readTree(ComparisonJson.of(RunComparison.of(List.of(a, b))));

        assertThat(root.path("format").asText()).isEqualTo("orrery.comparison/v1");
        assertThat(root.path("parameters").toString()).isEqualTo("[\"lr\"]");
        assertThat(root.path("differs").toString()).isEqualTo("{\"parameters\":[],\"metrics\":[\"train/loss\"]}");
        JsonNode first = root.path("runs").get(0);
        assertThat(first.path("durationSeconds").asDouble()).isEqualTo(1.5);
        assertThat(first.path("metrics").path("train/loss").toString())
                .isEqualTo("{\"value\":0.4,\"series\":true,\"values\":[0.9,0.4],\"source\":\"metrics\"}");
        assertThat(first.path("metrics").path("eval/acc").path("source").asText()).isEqualTo("mlpipeline-metrics");
        JsonNode second = root.path("runs").get(1);
        assertThat(second.path("pipeline").isNull()).isTrue();
        assertThat(second.path("durationSeconds").isNull()).isTrue();
        assertThat(second.path("phase").asText()).isEqualTo("Failed");
        assertThat(second.path("metrics").has("train/loss")).isFalse();
        assertThat(second.path("metrics").path("eval/acc").toString())
                .isEqualTo("{\"value\":0.8,\"series\":false,\"source\":\"parameter\"}");
    }
}
