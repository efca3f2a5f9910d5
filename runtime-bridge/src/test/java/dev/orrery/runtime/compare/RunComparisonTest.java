package dev.orrery.runtime.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orrery.runtime.Metric;
import dev.orrery.runtime.Phase;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunComparisonTest {

    private static ComparedRun run(String name, Map<String, String> params, Metric... metrics) {
        Map<String, Metric> byKey = new LinkedHashMap<>();
        for (Metric m : metrics) {
            byKey.put(m.key(), m);
        }
        return new ComparedRun("local/" + name, name, "This computer", "churn", Phase.SUCCEEDED,
                Duration.ofMillis(1500), params, byKey);
    }

    private static Metric scalar(String step, String name, double v) {
        return new Metric("n-" + step, step, name, Metric.Source.PARAMETER, List.of(v), false);
    }

    private static Metric series(String step, String name, Double... v) {
        return new Metric("n-" + step, step, name, Metric.Source.METRICS_OBJECT, List.of(v), true);
    }

    private final RunComparison three = RunComparison.of(List.of(
            run("a", Map.of("lr", "0.1", "seed", "7"), scalar("train", "accuracy", 0.81), series("train", "loss", 0.9, 0.5)),
            run("b", Map.of("lr", "0.5", "seed", "7"), scalar("train", "accuracy", 0.93), series("train", "loss", 0.9, 0.4)),
            run("c", Map.of("lr", "0.5", "seed", "7", "batch", "32"), scalar("train", "accuracy", 0.88),
                    scalar("evaluate", "accuracy", 0.7))));

    @Test
    void columnsAreTheUnionOfEveryRunsParametersAndMetricsKeptApartByStep() {
        assertThat(three.parameters()).containsExactlyInAnyOrder("lr", "seed", "batch");
        assertThat(three.metrics()).containsExactly("train/accuracy", "train/loss", "evaluate/accuracy");
    }

    @Test
    void differingValuesAreToldApartAndAMissingValueDiffers() {
        assertThat(three.parameterDiffers("lr")).isTrue();
        assertThat(three.parameterDiffers("seed")).isFalse();
        assertThat(three.parameterDiffers("batch")).as("only c has it").isTrue();
        assertThat(three.metricDiffers("train/accuracy")).isTrue();
        assertThat(three.isSeries("train/loss")).isTrue();
        assertThat(three.isSeries("train/accuracy")).isFalse();
    }

    @Test
    void theBestRunByAMetricAndASeriesByItsLastValue() {
        assertThat(three.best("train/accuracy", true).label()).isEqualTo("b");
        assertThat(three.best("train/accuracy", false).label()).isEqualTo("a");
        assertThat(three.best("train/loss", false).label()).isEqualTo("b");
        assertThat(three.best("nothing", true)).isNull();
    }

    @Test
    void theUserChoosesWhichMetricsToShow() {
        RunComparison chosen = three.withMetrics(List.of("evaluate/accuracy", "no/such", "train/accuracy"));
        assertThat(chosen.metrics()).containsExactly("evaluate/accuracy", "train/accuracy");
        assertThat(chosen.allMetrics()).hasSize(3);
    }

    @Test
    void csvQuotesWhatNeedsItAndLeavesMissingValuesEmpty() {
        RunComparison odd = RunComparison.of(List.of(
                run("x, \"quoted\"", Map.of("note", "a\nb"), scalar("train", "accuracy", 1.0)),
                run("y", Map.of())));
        assertThat(ComparisonCsv.of(odd)).isEqualTo(
                "run,source,pipeline,phase,duration_s,params.note,metrics.train/accuracy\r\n"
                        + "\"x, \"\"quoted\"\"\",This computer,churn,Succeeded,1.500,\"a\nb\",1\r\n"
                        + "y,This computer,churn,Succeeded,1.500,,\r\n");
    }

    @Test
    void aRunTwiceIsRefused() {
        ComparedRun a = run("a", Map.of());
        assertThatThrownBy(() -> RunComparison.of(List.of(a, a))).hasMessageContaining("twice");
    }
}
