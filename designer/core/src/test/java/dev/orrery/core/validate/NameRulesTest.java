package dev.orrery.core.validate;

import static dev.orrery.core.validate.Fixtures.errors;
import static dev.orrery.core.validate.Fixtures.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.core.diag.Diagnostic;
import dev.orrery.core.diag.Severity;
import dev.orrery.core.model.ArgoKind;
import dev.orrery.core.model.Container;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Template;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameRulesTest {

    private static final String LEAF = """
                - name: echo
                  container: {image: alpine}
            """;

    @Test
    void duplicateTemplateNamesAreAnError() {
        List<Diagnostic> errors = errors(workflow("echo", LEAF + LEAF));
        assertThat(errors).singleElement().satisfies(d -> {
            assertThat(d.message()).contains("more than one template named 'echo'").contains("rename");
            assertThat(d.location().step()).isEqualTo("echo");
            assertThat(d.location().line()).isEqualTo(10);
        });
    }

    @Test
    void duplicateStepNamesInOneGraphAreAnError() {
        String yaml = workflow("main", """
                - name: main
                  dag:
                    tasks:
                    - {name: a, template: echo}
                    - {name: a, template: echo}
            """ + LEAF);
        assertThat(errors(yaml)).singleElement().satisfies(d -> {
            assertThat(d.message()).contains("more than one step named 'a' in 'main'");
            assertThat(d.location().line()).isEqualTo(12);
        });
    }

    @Test
    void duplicateParameterNamesAreAnError() {
        String yaml = """
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {name: params}
                spec:
                  entrypoint: echo
                  arguments:
                    parameters:
                    - {name: lr, value: "0.1"}
                    - {name: lr, value: "0.2"}
                  templates:
                  - name: echo
                    inputs:
                      parameters: [{name: x}, {name: x}]
                    container: {image: alpine}
                """;
        List<Diagnostic> errors = errors(yaml);
        assertThat(errors).extracting(Diagnostic::message).containsExactly(
                "there is more than one parameter named 'lr': remove or rename the duplicate",
                "there is more than one input parameter named 'x': remove or rename the duplicate");
        assertThat(errors.get(0).location().line()).isEqualTo(9);
    }

    @Test
    void templateAndStepNamesFollowArgosRule() {
        String yaml = workflow("main", """
                - name: main
                  steps:
                  - - {name: load_data, template: echo}
                - name: echo.v2
                  container: {image: alpine}
                - name: Echo-Upper-1
                  container: {image: alpine}
            """).replace("entrypoint: main", "entrypoint: main");
        List<Diagnostic> errors = errors(yaml.replace("template: echo}", "template: Echo-Upper-1}"));
        assertThat(errors).extracting(Diagnostic::message).containsExactlyInAnyOrder(
                "step name 'load_data' may contain only letters, digits and '-', and must start with a letter or"
                        + " digit: rename the step",
                "template name 'echo.v2' may contain only letters, digits and '-', and must start with a letter or"
                        + " digit: rename the template");
    }

    @Test
    void dagTaskNamesMayNotStartWithADigitWhenThereAreDependencies() {
        String yaml = workflow("main", """
                - name: main
                  dag:
                    tasks:
                    - {name: 1st, template: echo}
                    - {name: second, template: echo, dependencies: [1st]}
            """ + LEAF);
        assertThat(errors(yaml)).singleElement().satisfies(d ->
                assertThat(d.message()).contains("'1st' starts with a digit").contains("rename"));
        assertThat(errors(yaml.replace(", dependencies: [1st]", ""))).isEmpty();
    }

    @Test
    void documentNameMustBeAKubernetesName() {
        String yaml = workflow("echo", LEAF).replace("generateName: test-", "name: My_Pipeline");
        assertThat(errors(yaml)).singleElement().satisfies(d -> {
            assertThat(d.message()).contains("'My_Pipeline' is not a valid Kubernetes name").contains("'my-pipeline'");
            assertThat(d.location().field()).isEqualTo("metadata.name");
            assertThat(d.location().line()).isEqualTo(4);
        });
        assertThat(errors(workflow("echo", LEAF).replace("generateName: test-", "generateName: Test_"))).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("generateName 'Test_'"));
        assertThat(errors(workflow("echo", LEAF).replace("generateName: test-", "name: a.b-c"))).isEmpty();
    }

    @Test
    void documentNamesRespectArgosLengthLimits() {
        String name52 = "a".repeat(52);
        String name53 = "a".repeat(53);
        String cron = """
                apiVersion: argoproj.io/v1alpha1
                kind: CronWorkflow
                metadata: {name: %s}
                spec:
                  schedule: "0 * * * *"
                  workflowSpec:
                    entrypoint: echo
                    templates:
                    - name: echo
                      container: {image: alpine}
                """;
        assertThat(errors(cron.formatted(name52))).isEmpty();
        assertThat(errors(cron.formatted(name53))).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("at most 52 for a CronWorkflow"));
        assertThat(errors(workflow("echo", LEAF).replace("generateName: test-", "name: " + name53))).isEmpty();
        assertThat(errors(workflow("echo", LEAF).replace("generateName: test-", "name: " + "b".repeat(64))))
                .singleElement().satisfies(d -> assertThat(d.message()).contains("at most 63"));
    }

    @Test
    void aPipelineBuiltInCodeWithoutNamesIsReportedWithoutLines() {
        Pipeline p = new Pipeline();
        p.argoKind = ArgoKind.WORKFLOW;
        p.entrypoint = "t";
        Template t = new Template("t");
        t.container = new Container();
        t.container.image = "alpine";
        p.templates.add(t);
        p.templates.add(new Template(null));
        List<Diagnostic> all = new Validator().validate(p);
        assertThat(all).filteredOn(d -> d.severity() == Severity.ERROR).extracting(Diagnostic::message)
                .contains("a template has no name: give it a unique name");
        assertThat(all).filteredOn(d -> d.severity() == Severity.INFO).extracting(Diagnostic::message)
                .anyMatch(m -> m.contains("has no name: set metadata.name"));
        assertThat(all).allSatisfy(d -> assertThat(d.location().line()).isZero());
    }
}
