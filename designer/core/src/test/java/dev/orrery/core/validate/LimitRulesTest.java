package dev.orrery.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.core.diag.Diagnostic;
import dev.orrery.core.diag.Severity;
import dev.orrery.core.model.Pipeline;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Argo's size limits, each just under (nothing said) and just over (a warning naming the limit and where it
 * comes from, at the line of the list; an error when strict).
 */
class LimitRulesTest {

    /** The findings about limits: their messages all name their source. */
    private static List<Diagnostic> limits(String yaml) {
        return limits(new Validator(), yaml);
    }

    private static List<Diagnostic> limits(Validator v, String yaml) {
        return v.validate(Fixtures.pipeline(yaml), Fixtures.lines(yaml)).stream()
                .filter(d -> d.message().contains("refuses")).toList();
    }

    private static String lines(int n, IntFunction<String> line) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(line.apply(i)).append('\n');
        }
        return sb.toString();
    }

    private static String templates(int n) {
        return Fixtures.workflow("t0", lines(n, i -> "- name: t" + i + "\n  container: {image: alpine}").indent(4));
    }

    private static String dag(int tasks) {
        return Fixtures.workflow("main", ("""
                - name: work
                  container: {image: alpine}
                - name: main
                  dag:
                    tasks:
                """ + lines(tasks, i -> "- {name: t" + i + ", template: work}").indent(4)).indent(4));
    }

    private static String inputs(int parameters) {
        return Fixtures.workflow("main", ("""
                - name: main
                  inputs:
                    parameters:
                """ + lines(parameters, i -> "- {name: p" + i + ", value: \"1\"}").indent(4) + """
                  container: {image: alpine}
                """).indent(4));
    }

    private static String templateMetrics(int metrics) {
        return Fixtures.workflow("main", ("""
                - name: main
                  container: {image: alpine}
                  metrics:
                    prometheus:
                """ + metricList(metrics)).indent(4));
    }

    private static String workflowMetrics(int metrics) {
        return """
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {name: w}
                spec:
                  entrypoint: main
                  metrics:
                    prometheus:
                """ + metricList(metrics).indent(2) + """
                  templates:
                  - name: main
                    container: {image: alpine}
                """;
    }

    private static String metricList(int n) {
        return lines(n, i -> "- {name: m" + i + ", help: h, counter: {value: \"1\"}}").indent(4);
    }

    @Test
    void moreThan200TemplatesIsAWarningAtTheTemplatesList() {
        assertThat(limits(templates(200))).isEmpty();
        assertThat(limits(templates(201))).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.message()).startsWith("the workflow has 201 templates; Argo v4's full CRD refuses more than"
                    + " 200 (workflow_types.go, WorkflowSpec.Templates MaxItems)");
            assertThat(d.location().step()).isNull();
            assertThat(d.location().field()).isEqualTo("templates");
            assertThat(d.location().line()).isEqualTo(7);
        });
    }

    @Test
    void moreThan200TasksInADagIsAWarningOnTheTemplate() {
        assertThat(limits(dag(200))).isEmpty();
        assertThat(limits(dag(201))).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.message()).startsWith("DAG template 'main' has 201 tasks; Argo v4's full CRD refuses more"
                    + " than 200 (workflow_types.go, DAGTemplate.Tasks MaxItems)").contains("--split-dags");
            assertThat(d.location().step()).isEqualTo("main");
            assertThat(d.location().field()).isEqualTo("dag.tasks");
            assertThat(d.location().line()).isEqualTo(12); // tasks:
        });
    }

    @Test
    void moreThan500InputParametersIsAWarningOnTheTemplate() {
        assertThat(limits(inputs(500))).isEmpty();
        assertThat(limits(inputs(501))).singleElement().satisfies(d -> {
            assertThat(d.message()).startsWith("template 'main' has 501 input parameters; Argo v4's full CRD refuses"
                    + " more than 500 (workflow_types.go, Inputs.Parameters MaxItems)");
            assertThat(d.location().step()).isEqualTo("main");
            assertThat(d.location().field()).isEqualTo("inputs.parameters");
            assertThat(d.location().line()).isEqualTo(10); // parameters:
        });
    }

    @Test
    void moreThan100PrometheusMetricsInATemplateIsAWarning() {
        assertThat(limits(templateMetrics(100))).isEmpty();
        assertThat(limits(templateMetrics(101))).singleElement().satisfies(d -> {
            assertThat(d.message()).startsWith("template 'main' has 101 Prometheus metrics; Argo v4's full CRD"
                    + " refuses more than 100 (workflow_types.go, Metrics.Prometheus MaxItems)");
            assertThat(d.location().step()).isEqualTo("main");
            assertThat(d.location().field()).isEqualTo("metrics.prometheus");
            assertThat(d.location().line()).isEqualTo(11); // prometheus:
        });
    }

    @Test
    void moreThan100PrometheusMetricsInTheWorkflowIsAWarning() {
        assertThat(limits(workflowMetrics(100))).isEmpty();
        assertThat(limits(workflowMetrics(101))).singleElement().satisfies(d -> {
            assertThat(d.message()).startsWith("the workflow has 101 Prometheus metrics; Argo v4's full CRD refuses"
                    + " more than 100 (workflow_types.go, Metrics.Prometheus MaxItems)");
            assertThat(d.location().step()).isNull();
            assertThat(d.location().line()).isEqualTo(7);
        });
    }

    @Test
    void aDocumentOver15MiBOfJsonIsAWarningSayingItsSize() {
        String base = script("");
        long empty = LimitRules.exportedJsonBytes(Fixtures.pipeline(base));
        int room = (int) (LimitRules.MAX_DOCUMENT_BYTES - empty);
        String atLimit = script("x".repeat(room));
        assertThat(LimitRules.exportedJsonBytes(Fixtures.pipeline(atLimit))).isEqualTo(1_572_864);
        assertThat(limits(atLimit)).isEmpty();

        String over = script("x".repeat(room + 1));
        assertThat(limits(over)).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.message()).startsWith("the exported Workflow is 1.50 MiB of JSON (1572865 bytes); the"
                    + " Kubernetes API server refuses objects over etcd's request limit of 1.5 MiB (1572864 bytes,"
                    + " etcd --max-request-bytes)");
            assertThat(d.location().step()).isNull();
            assertThat(d.location().line()).isEqualTo(1);
        });
    }

    /** A Workflow whose one script's source is {@code body} (plain letters: one byte each in JSON). */
    private static String script(String body) {
        return Fixtures.workflow("main", """
                - name: main
                  script:
                    image: python:3.12
                    command: [python]
                    source: "%s"
                """.formatted(body).indent(4));
    }

    @Test
    void aStrictValidatorReportsEachLimitAsAnError() {
        for (String yaml : List.of(templates(201), dag(201), inputs(501), templateMetrics(101), workflowMetrics(101))) {
            assertThat(limits(Validator.strict(), yaml)).singleElement()
                    .satisfies(d -> assertThat(d.severity()).isEqualTo(Severity.ERROR));
        }
        assertThat(limits(Validator.strict(), dag(200))).isEmpty();
    }

    @Test
    void theLimitsAreCheckedOnPipelinesBuiltInCodeToo() {
        Pipeline p = Fixtures.pipeline(dag(250));
        assertThat(new Validator().validate(p)).filteredOn(d -> d.message().contains("250 tasks"))
                .singleElement().satisfies(d -> assertThat(d.location().line()).isZero());
    }
}
