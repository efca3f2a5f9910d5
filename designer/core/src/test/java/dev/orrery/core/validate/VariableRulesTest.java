package dev.orrery.core.validate;

import static dev.orrery.core.validate.Fixtures.errors;
import static dev.orrery.core.validate.Fixtures.warnings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.core.diag.Diagnostic;
import dev.orrery.core.diag.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class VariableRulesTest {

    private static final String HEADER = """
            apiVersion: argoproj.io/v1alpha1
            kind: Workflow
            metadata: {generateName: vars-}
            spec:
              entrypoint: main
              arguments:
                parameters: [{name: lr, value: "0.1"}]
              templates:
            """;

    private static String doc(String templates) {
        return HEADER + templates.indent(2);
    }

    @Test
    void anUndeclaredWorkflowParameterIsAnError() {
        List<Diagnostic> errors = errors(doc("""
                - name: main
                  container:
                    image: alpine
                    args: ["--lr={{workflow.parameters.lr}}", "--epochs={{ workflow.parameters.epochs }}"]
                """));
        assertThat(errors).singleElement().satisfies(d -> {
            assertThat(d.message()).contains("{{workflow.parameters.epochs}} refers to workflow parameter 'epochs'")
                    .contains("add a pipeline parameter named 'epochs'");
            assertThat(d.location().step()).isEqualTo("main");
            assertThat(d.location().field()).isEqualTo("args");
            assertThat(d.location().line()).isEqualTo(12);
        });
    }

    @Test
    void workflowParametersAreNotCheckedWhenTheSpecComesFromAWorkflowTemplate() {
        String yaml = """
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {generateName: vars-}
                spec:
                  workflowTemplateRef: {name: lib}
                  podSpecPatch: '{"priority": {{workflow.parameters.priority}}}'
                """;
        assertThat(Fixtures.validate(yaml)).isEmpty();
    }

    @Test
    void inAWorkflowTemplateAnUndeclaredWorkflowParameterIsOnlyANote() {
        String yaml = (doc("""
                - name: main
                  container: {image: alpine, args: ["{{workflow.parameters.who}}"]}
                """)).replace("kind: Workflow", "kind: WorkflowTemplate").replace("generateName: vars-", "name: lib");
        assertThat(Fixtures.validate(yaml)).singleElement()
                .satisfies(d -> assertThat(d.severity()).isEqualTo(Severity.INFO));
    }

    @Test
    void anUndeclaredInputIsAnError() {
        List<Diagnostic> errors = errors(doc("""
                - name: main
                  inputs:
                    parameters: [{name: message}]
                    artifacts: [{name: data, path: /tmp/data}]
                  script:
                    image: python:3.12
                    command: [python]
                    source: |
                      print("{{inputs.parameters.message}}", "{{inputs.parameters.mesage}}")
                      open("{{inputs.artifacts.data.path}}"); open("{{inputs.artifacts.model.path}}")
                    env:
                    - {name: MODE, value: "{{inputs.parameters.mode}}"}
                """));
        assertThat(errors).extracting(Diagnostic::message).containsExactlyInAnyOrder(
                "{{inputs.parameters.mesage}} refers to input parameter 'mesage', which template 'main' does not"
                        + " declare: add 'mesage' to its inputs.parameters, or fix the name (did you mean 'message'?)",
                "{{inputs.artifacts.model.path}} refers to input artifact 'model', which template 'main' does not"
                        + " declare: add 'model' to its inputs.artifacts, or fix the name",
                "{{inputs.parameters.mode}} refers to input parameter 'mode', which template 'main' does not declare:"
                        + " add 'mode' to its inputs.parameters, or fix the name");
        assertThat(errors).filteredOn(d -> d.message().contains("'mode'")).singleElement()
                .satisfies(d -> assertThat(d.location().field()).isEqualTo("env MODE"));
    }

    @Test
    void inputsOfAnInlineTemplateAreItsOwn() {
        List<Diagnostic> errors = errors(doc("""
                - name: main
                  inputs: {parameters: [{name: outer}]}
                  dag:
                    tasks:
                    - name: a
                      arguments: {parameters: [{name: x, value: "{{inputs.parameters.outer}}"}]}
                      inline:
                        inputs: {parameters: [{name: x}]}
                        container: {image: alpine, args: ["{{inputs.parameters.x}}", "{{inputs.parameters.outer}}"]}
                """));
        assertThat(errors).singleElement().satisfies(d -> assertThat(d.message())
                .startsWith("{{inputs.parameters.outer}} refers to input parameter 'outer', which the inline"
                        + " template of step 'a' does not declare"));
    }

    @Test
    void referencesToStepsOfTheSameGraphMustResolve() {
        List<Diagnostic> errors = errors(doc("""
                - name: main
                  dag:
                    tasks:
                    - {name: train, template: train}
                    - name: deploy
                      template: train
                      dependencies: [train]
                      when: "{{tasks.train.outputs.parameters.accuracy}} > 0.9"
                      arguments:
                        parameters:
                        - {name: model, value: "{{tasks.trian.outputs.result}}"}
                        - {name: acc, value: "{{tasks.train.outputs.parameters.acuracy}}"}
                        - {name: me, value: "{{tasks.name}} {{tasks.train.status}} {{=tasks.nope.outputs.result}}"}
                - name: train
                  inputs: {parameters: [{name: model, value: x}, {name: acc, value: x}, {name: me, value: x}]}
                  outputs:
                    parameters: [{name: accuracy, valueFrom: {path: /tmp/acc}}]
                  container: {image: alpine}
                """));
        // arguments bound to other steps' outputs are checked as bindings, at the input's port (BindingRulesTest);
        // a reference inside an expression binds too, so its missing step is reported as well
        assertThat(errors).extracting(Diagnostic::message).containsExactlyInAnyOrder(
                "input parameter 'model' of step 'deploy' is bound to tasks.trian.outputs.result, which refers to step"
                        + " 'trian', which is not a step of 'main': bind it to an output of an existing step (did you"
                        + " mean 'train'?) or add that step",
                "input parameter 'acc' of step 'deploy' is bound to output parameter 'acuracy' of step 'train'"
                        + " (tasks.train.outputs.parameters.acuracy), which its template 'train' does not declare: bind"
                        + " it to one of accuracy, or add 'acuracy' to the outputs of 'train' (did you mean 'accuracy'?)",
                "input parameter 'me' of step 'deploy' is bound to tasks.nope.outputs.result, which refers to step"
                        + " 'nope', which is not a step of 'main': bind it to an output of an existing step or add that"
                        + " step");
        assertThat(errors).extracting(d -> d.location().field()).containsExactlyInAnyOrder(
                "inputs.parameters.model", "inputs.parameters.acc", "inputs.parameters.me");
        assertThat(errors).allSatisfy(d -> assertThat(d.location().step()).isEqualTo("deploy"));
    }

    @Test
    void aGraphOutputMayReferToItsSteps() {
        List<Diagnostic> errors = errors(doc("""
                - name: main
                  outputs:
                    parameters:
                    - name: result
                      valueFrom: {parameter: "{{steps.gen.outputs.result}}"}
                    - name: other
                      valueFrom: {parameter: "{{steps.gen2.outputs.result}}"}
                  steps:
                  - - {name: gen, template: gen}
                - name: gen
                  script: {image: python, command: [python], source: "print(1)"}
                """));
        assertThat(errors).singleElement().satisfies(d -> {
            assertThat(d.message()).startsWith("{{steps.gen2.outputs.result}} refers to step 'gen2'");
            assertThat(d.location().step()).isEqualTo("main");
        });
    }

    @Test
    void theWrongPrefixForTheGraphStyleIsAWarning() {
        List<Diagnostic> warnings = warnings(doc("""
                - name: main
                  steps:
                  - - {name: gen, template: gen}
                  - - name: use
                      template: gen
                      when: "{{tasks.gen.outputs.result}} == 1"
                - name: gen
                  script: {image: python, command: [python], source: "print(1)"}
                """));
        assertThat(warnings).singleElement().satisfies(d ->
                assertThat(d.message()).contains("write {{steps.gen.outputs.result}}"));
    }

    @Test
    void otherArgoVariablesAreLeftAlone() {
        List<Diagnostic> all = Fixtures.validate(doc("""
                - name: main
                  retryStrategy: {limit: 2}
                  inputs: {parameters: [{name: p}]}
                  container:
                    image: alpine
                    args:
                    - "{{workflow.name}} {{workflow.uid}} {{pod.name}} {{retries}} {{item}} {{item.x}} {{node.name}}"
                    - "{{workflow.parameters}} {{workflow.parameters.json}} {{inputs.parameters}} {{lastRetry.exitCode}}"
                    - "{{workflow.outputs.parameters.global}} {{steps.name}} {{tasks.name}} {{=inputs.parameters.q}}"
                    - "{{custom.thing}} {{ workflow.creationTimestamp.Y }} {{outputs.parameters.p.path}}"
                """));
        assertThat(all).isEmpty();
    }
}
