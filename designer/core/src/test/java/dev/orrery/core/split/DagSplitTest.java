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

    private static final String SMALL = """
            apiVersion: argoproj.io/v1alpha1
            kind: Workflow
            metadata: {name: small}
            spec:
              entrypoint: main
              templates:
              - name: work
                inputs:
                  parameters: [{name: in, default: none}]
                outputs:
                  parameters: [{name: out, valueFrom: {path: /tmp/out}}]
                container: {image: alpine}
              - name: main
                dag:
                  tasks:
                  - {name: a, template: work}
                  - {name: b, template: work, dependencies: [a]}
                  - {name: c, template: work, dependencies: [a]}
                  - {name: d, template: work, dependencies: [b],
                     arguments: {parameters: [{name: in, value: "{{tasks.a.outputs.parameters.out}}"}]}}
                  - {name: e, template: work, depends: "c && d", when: "%s"}
            """;

    @Test
    void aSmallDagSplitsIntoPartsAlongItsLevelsWithCrossingDataReExported() {
        Pipeline p = LargeDags.pipeline(SMALL.formatted("{{tasks.b.outputs.result}} == go"));
        DagSplit.Result result = DagSplit.splitAll(p, 3);

        assertThat(result.split()).containsExactly("'main': 5 tasks in 2 nested DAGs (main-part-1 … main-part-2)");
        Pipeline s = result.pipeline();
        assertThat(s.templates).extracting(t -> t.name).containsExactly("work", "main", "main-part-1", "main-part-2");
        assertThat(s.template("main-part-1").orElseThrow().graph.steps).extracting(x -> x.name)
                .containsExactly("a", "b", "c");
        Step d = step(s, "main-part-2", "d");
        assertThat(d.dependsOn).isEmpty();
        assertThat(d.parameterArguments.get(0).valueText()).isEqualTo("{{inputs.parameters.a__out}}");
        Step e = step(s, "main-part-2", "e");
        assertThat(e.dependsExpression).isEqualTo("d");
        assertThat(e.dependsOn).containsExactly("d");
        assertThat(e.when).isEqualTo("{{inputs.parameters.b__result}} == go");
        Step part2 = step(s, "main", "part-2");
        assertThat(part2.dependsOn).containsExactly("part-1");
        assertThat(part2.parameterArguments).extracting(x -> x.name + "=" + x.valueText()).containsExactly(
                "a__out={{tasks.part-1.outputs.parameters.a__out}}",
                "b__result={{tasks.part-1.outputs.parameters.b__result}}");
        assertThat(s.template("main-part-1").orElseThrow().outputParameters)
                .extracting(x -> x.name + "=" + x.extra.path("valueFrom").path("parameter").asText())
                .containsExactly("a__out={{tasks.a.outputs.parameters.out}}", "b__result={{tasks.b.outputs.result}}");
        assertThat(problems(LargeDags.roundTrip(s))).isEmpty();
    }

    @Test
    void aReferenceToAnotherPartsTaskOtherThanItsOutputsIsRefusedAndNothingChanges() {
        Pipeline p = LargeDags.pipeline(SMALL.formatted("{{tasks.b.status}} == Succeeded"));
        String before = LargeDags.exported(p);
        DagSplit.Result result = DagSplit.splitAll(p, 3);
        assertThat(result.changed()).isFalse();
        assertThat(result.refused()).containsExactly("cannot split 'main': task 'e' refers to task 'b' other than"
                + " through its outputs (e.g. tasks.b.status), and they would land in different nested DAGs");
        assertThat(result.pipeline()).isSameAs(p);
        assertThat(LargeDags.exported(p)).isEqualTo(before);
    }

    @Test
    void aDependsExpressionBeyondPlainAndAcrossPartsIsRefused() {
        Pipeline p = LargeDags.pipeline(SMALL.formatted("yes").replace("c && d", "c.Failed || d"));
        assertThat(DagSplit.splitAll(p, 3).refused()).singleElement().asString()
                .contains("task 'e' has the depends expression 'c.Failed || d'");
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
