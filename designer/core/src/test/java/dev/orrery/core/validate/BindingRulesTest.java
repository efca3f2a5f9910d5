package dev.orrery.core.validate;

import static dev.orrery.core.validate.Fixtures.errors;
import static dev.orrery.core.validate.Fixtures.warnings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.core.diag.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bindings between steps: each names an existing output of the right kind, produced upstream; inputs have a source. */
class BindingRulesTest {

    private static final String HEADER = """
            apiVersion: argoproj.io/v1alpha1
            kind: Workflow
            metadata: {generateName: bindings-}
            spec:
              entrypoint: main
              templates:
            """;

    /** Templates shared by the tests: train writes a model and metrics, evaluate takes a model and a threshold. */
    private static final String STEPS = """
            - name: train
              outputs:
                artifacts: [{name: model, path: /tmp/model}]
                parameters: [{name: accuracy, valueFrom: {path: /tmp/acc}}]
              script: {image: python, command: [python], source: "print(1)"}
            - name: evaluate
              inputs:
                artifacts: [{name: model, path: /in/model}]
                parameters: [{name: threshold, default: "0.9"}]
              container: {image: alpine}
            - name: apply
              resource: {action: create, manifest: "kind: ConfigMap"}
            """;

    private static String doc(String templates) {
        return HEADER + (templates + STEPS).indent(2);
    }

    private static String dag(String tasks) {
        return doc("- name: main\n  dag:\n    tasks:\n" + tasks.indent(4));
    }

    @Test
    void aBindingToAMissingStepOrOutputIsAnErrorAtTheInputPort() {
        List<Diagnostic> errors = errors(dag("""
                - {name: train, template: train}
                - name: eval-a
                  template: evaluate
                  dependencies: [train]
                  arguments: {artifacts: [{name: model, from: "{{tasks.trian.outputs.artifacts.model}}"}]}
                - name: eval-b
                  template: evaluate
                  dependencies: [train]
                  arguments:
                    artifacts: [{name: model, from: "{{tasks.train.outputs.artifacts.modle}}"}]
                """));
        assertThat(errors).hasSize(2);
        Diagnostic missingStep = errors.stream().filter(d -> "eval-a".equals(d.location().step())).findFirst().orElseThrow();
        assertThat(missingStep.location().field()).isEqualTo("inputs.artifacts.model");
        assertThat(missingStep.location().portInput()).isEqualTo("model");
        assertThat(missingStep.message()).isEqualTo("input artifact 'model' of step 'eval-a' is bound to"
                + " tasks.trian.outputs.artifacts.model, which refers to step 'trian', which is not a step of 'main':"
                + " bind it to an output of an existing step (did you mean 'train'?) or add that step");
        Diagnostic missingOutput = errors.stream().filter(d -> "eval-b".equals(d.location().step())).findFirst().orElseThrow();
        assertThat(missingOutput.location().field()).isEqualTo("inputs.artifacts.model");
        assertThat(missingOutput.location().line()).as("the line of the argument").isEqualTo(19);
        assertThat(missingOutput.message()).contains("output artifact 'modle' of step 'train'")
                .contains("which its template 'train' does not declare: bind it to one of model")
                .contains("(did you mean 'model'?)");
    }

    @Test
    void onlyScriptsAndContainersHaveAResult() {
        List<Diagnostic> errors = errors(dag("""
                - {name: train, template: train}
                - {name: apply, template: apply}
                - name: eval
                  template: evaluate
                  dependencies: [train, apply]
                  arguments:
                    artifacts: [{name: model, from: "{{tasks.train.outputs.artifacts.model}}"}]
                    parameters: [{name: threshold, value: "{{tasks.train.outputs.result}}"}]
                - name: eval-2
                  template: evaluate
                  dependencies: [train, apply]
                  arguments:
                    artifacts: [{name: model, from: "{{tasks.train.outputs.artifacts.model}}"}]
                    parameters: [{name: threshold, value: "{{tasks.apply.outputs.result}}"}]
                """));
        assertThat(errors).singleElement().satisfies(d -> {
            assertThat(d.location().step()).isEqualTo("eval-2");
            assertThat(d.location().field()).isEqualTo("inputs.parameters.threshold");
            assertThat(d.message()).contains("step 'apply' runs template 'apply', which is not a script or container"
                    + " and has no result");
        });
    }

    @Test
    void anArtifactBoundToAParameterOrTheOtherWayRoundIsAnError() {
        List<Diagnostic> errors = errors(dag("""
                - {name: train, template: train}
                - {name: train-2, template: train}
                - name: eval
                  template: evaluate
                  dependencies: [train]
                  arguments:
                    artifacts: [{name: model, from: "{{tasks.train.outputs.parameters.accuracy}}"}]
                    parameters: [{name: threshold, value: "{{tasks.train.outputs.artifacts.model}}"}]
                - name: choose
                  template: evaluate
                  dependencies: [train, train-2]
                  arguments:
                    artifacts:
                    - name: model
                      fromExpression: "tasks.train.outputs.parameters.accuracy > 0.5 ? tasks.train.outputs.artifacts.model : tasks['train-2'].outputs.artifacts.model"
                """));
        // in a fromExpression a parameter is the condition that chooses the artifact: not a mismatch
        assertThat(errors).extracting(d -> d.location().field())
                .containsExactlyInAnyOrder("inputs.artifacts.model", "inputs.parameters.threshold");
        assertThat(errors).anySatisfy(d -> assertThat(d.message()).isEqualTo("input artifact 'model' of step 'eval' is"
                + " bound to output parameter 'accuracy' of step 'train' (tasks.train.outputs.parameters.accuracy): an"
                + " artifact input takes a file: bind it to an output artifact, or make 'model' an input parameter"));
        assertThat(errors).anySatisfy(d -> assertThat(d.message()).contains("input parameter 'threshold' of step"
                + " 'eval' is bound to output artifact 'model'").contains("a parameter input takes a value, not a file"));
    }

    @Test
    void anInputWithoutSourceOrDefaultIsAnError() {
        List<Diagnostic> errors = errors(doc("""
                - name: main
                  dag:
                    tasks:
                    - {name: bare, template: needs}
                    - name: supplied
                      template: needs
                      arguments:
                        parameters: [{name: lr, value: "0.1"}]
                        artifacts: [{name: data, raw: {data: "1,2"}}]
                - name: needs
                  inputs:
                    parameters: [{name: lr}, {name: epochs, default: "3"}, {name: seed, value: "1"}]
                    artifacts:
                    - {name: data, path: /in/data}
                    - {name: extra, path: /in/extra, optional: true}
                    - {name: fixed, path: /in/fixed, raw: {data: x}}
                    - {name: remote, path: /in/remote, http: {url: "https://example.com/x"}}
                  container: {image: alpine}
                """));
        assertThat(errors).extracting(d -> d.location().step() + " " + d.location().field())
                .containsExactlyInAnyOrder("bare inputs.parameters.lr", "bare inputs.artifacts.data");
        assertThat(errors).anySatisfy(d -> assertThat(d.message()).isEqualTo("step 'bare' gives no value to input"
                + " parameter 'lr' of template 'needs', which has no default: bind it to an output of an earlier step,"
                + " give it a value in the step's arguments, or a default in 'needs'"));
        assertThat(errors).anySatisfy(d -> assertThat(d.message()).contains("passes nothing to input artifact 'data'")
                .contains("mark it optional in 'needs'"));
    }

    @Test
    void templateDefaultsMaySupplyInputs() {
        String yaml = dag("- {name: eval, template: evaluate}").replace("  entrypoint: main\n",
                "  entrypoint: main\n  templateDefaults:\n    inputs: {artifacts: [{name: model, path: /in/m, raw: {data: x}}]}\n");
        assertThat(errors(yaml)).isEmpty();
        assertThat(errors(dag("- {name: eval, template: evaluate}"))).singleElement()
                .satisfies(d -> assertThat(d.location().field()).isEqualTo("inputs.artifacts.model"));
    }

    @Test
    void aProducerThatDoesNotRunBeforeTheConsumerIsAWarning() {
        List<Diagnostic> warnings = warnings(dag("""
                - {name: train, template: train}
                - {name: check, template: train, dependencies: [train]}
                - name: after-check
                  template: evaluate
                  dependencies: [check]
                  arguments: {artifacts: [{name: model, from: "{{tasks.train.outputs.artifacts.model}}"}]}
                - name: racing
                  template: evaluate
                  arguments: {artifacts: [{name: model, from: "{{tasks.train.outputs.artifacts.model}}"}]}
                """));
        assertThat(warnings).singleElement().satisfies(d -> {
            assertThat(d.location().step()).isEqualTo("racing");
            assertThat(d.location().field()).isEqualTo("inputs.artifacts.model");
            assertThat(d.message()).isEqualTo("input artifact 'model' of step 'racing' takes"
                    + " tasks.train.outputs.artifacts.model, but 'racing' does not run after 'train' (not even through"
                    + " other steps), so Argo may start it before that output exists and fail: add 'train' to the"
                    + " dependencies of 'racing'");
        });
    }

    @Test
    void inAStepsGraphTheProducerMustBeInAnEarlierGroup() {
        List<Diagnostic> warnings = warnings(doc("""
                - name: main
                  steps:
                  - - {name: train, template: train}
                    - name: same-group
                      template: evaluate
                      arguments: {artifacts: [{name: model, from: "{{steps.train.outputs.artifacts.model}}"}]}
                  - - {name: gap, template: train}
                  - - name: later
                      template: evaluate
                      arguments: {artifacts: [{name: model, from: "{{steps.train.outputs.artifacts.model}}"}]}
                """));
        assertThat(warnings).singleElement().satisfies(d -> {
            assertThat(d.location().step()).isEqualTo("same-group");
            assertThat(d.message()).endsWith("move 'same-group' to a group after the one 'train' is in");
        });
    }
}
