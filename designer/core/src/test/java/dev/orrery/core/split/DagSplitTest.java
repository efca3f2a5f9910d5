package dev.orrery.core.split;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.core.diag.Diagnostic;
import dev.orrery.core.diag.Severity;
import dev.orrery.core.model.Graph;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Step;
import dev.orrery.core.model.Template;
import dev.orrery.core.validate.Validator;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Splitting generated DAGs of 450 and 1,000 tasks: limits, round trip, validation, determinism. */
class DagSplitTest {

    @ParameterizedTest
    @CsvSource({"450, 11, 3, 150", "1000, 12, 5, 200", "201, 13, 2, 101"})
    void aLargeDagBecomesNestedDagsOfAtMost200Tasks(int n, long seed, int parts, int largest) {
        Pipeline original = LargeDags.pipeline(n, seed);
        assertThat(limitWarnings(original)).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("DAG template 'main' has " + n + " tasks"));

        DagSplit.Result result = DagSplit.splitAll(original);

        assertThat(result.refused()).isEmpty();
        assertThat(result.split()).containsExactly("'main': " + n + " tasks in " + parts + " nested DAGs (main-part-1"
                + " … main-part-" + parts + ")");
        Pipeline split = result.pipeline();
        Template main = split.template("main").orElseThrow();
        assertThat(main.graph.steps).extracting(s -> s.name).hasSize(parts).startsWith("part-1");
        int max = 0;
        int total = 0;
        for (int k = 1; k <= parts; k++) {
            Graph g = split.template("main-part-" + k).orElseThrow().graph;
            max = Math.max(max, g.steps.size());
            total += g.steps.size();
        }
        assertThat(max).isEqualTo(largest);
        assertThat(total).isEqualTo(n);
        assertThat(original.template("main").orElseThrow().graph.steps).hasSize(n); // the original is untouched
    }

    @ParameterizedTest
    @CsvSource({"450, 21", "1000, 22"})
    void theSplitPipelineRoundTripsAndValidatesWithoutLimitWarnings(int n, long seed) {
        Pipeline original = LargeDags.pipeline(n, seed);
        assertThat(problems(original)).extracting(Diagnostic::message)
                .allSatisfy(m -> assertThat(m).contains("Argo v4's full CRD refuses more than 200"));

        Pipeline split = DagSplit.splitAll(original).pipeline();
        String text = LargeDags.exported(split);
        Pipeline back = LargeDags.pipeline(text);

        assertThat(problems(back)).isEmpty();
        assertThat(LargeDags.exported(back)).isEqualTo(text);
    }

    @Test
    void theSameDagAlwaysSplitsTheSameWay() {
        Pipeline a = LargeDags.pipeline(450, 5);
        Pipeline b = LargeDags.pipeline(450, 5);
        assertThat(LargeDags.exported(DagSplit.splitAll(a).pipeline()))
                .isEqualTo(LargeDags.exported(DagSplit.splitAll(b).pipeline()));
    }

    @Test
    void aDagWithinTheLimitIsLeftAlone() {
        Pipeline p = LargeDags.pipeline(200, 3);
        DagSplit.Result result = DagSplit.splitAll(p);
        assertThat(result.changed()).isFalse();
        assertThat(result.pipeline()).isSameAs(p);
        assertThat(DagSplit.oversized(p)).isEmpty();
        assertThat(DagSplit.oversized(LargeDags.pipeline(201, 3))).containsExactly("main");
    }

    private static List<Diagnostic> limitWarnings(Pipeline p) {
        return new Validator().validate(p).stream().filter(d -> d.message().contains("workflow_types.go")).toList();
    }

    /** Errors and warnings (notes left out). */
    private static List<Diagnostic> problems(Pipeline p) {
        return new Validator().validate(p).stream().filter(d -> d.severity() != Severity.INFO).toList();
    }

    static Step step(Pipeline p, String template, String name) {
        return p.template(template).orElseThrow().graph.step(name).orElseThrow();
    }
}
