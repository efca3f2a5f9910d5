package dev.orrery.core.validate;

import static dev.orrery.core.validate.Fixtures.errors;
import static dev.orrery.core.validate.Fixtures.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.core.diag.Diagnostic;
import dev.orrery.core.diag.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceRulesTest {

    private static final String LEAF = """
                - name: echo
                  container: {image: alpine}
            """;

    @Test
    void aWorkflowWithoutEntrypointIsAnError() {
        String yaml = workflow("echo", LEAF).replace("  entrypoint: echo\n", "");
        assertThat(errors(yaml)).singleElement().satisfies(d -> {
            assertThat(d.message()).contains("no entrypoint").contains("echo");
            assertThat(d.location().field()).isEqualTo("entrypoint");
            assertThat(d.location().line()).isEqualTo(5);
        });
    }

    @Test
    void aWorkflowTemplateWithoutEntrypointGetsOnlyANote() {
        String yaml = workflow("echo", LEAF).replace("  entrypoint: echo\n", "").replace("kind: Workflow",
                "kind: WorkflowTemplate").replace("generateName: test-", "name: lib");
        List<Diagnostic> all = Fixtures.validate(yaml);
        assertThat(all).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.INFO);
            assertThat(d.message()).contains("templateRef");
        });
    }

    @Test
    void anEntrypointThatNamesNoTemplateIsAnError() {
        assertThat(errors(workflow("ehco", LEAF))).singleElement().satisfies(d -> {
            assertThat(d.message()).contains("entrypoint names template 'ehco', which does not exist")
                    .contains("did you mean 'echo'?");
            assertThat(d.location().line()).isEqualTo(6);
        });
    }

    @Test
    void anExitHandlerThatNamesNoTemplateIsAnError() {
        String yaml = workflow("echo", LEAF).replace("  entrypoint: echo\n", "  entrypoint: echo\n  onExit: cleanup\n");
        assertThat(errors(yaml)).singleElement().satisfies(d -> {
            assertThat(d.message()).contains("onExit").contains("'cleanup', which does not exist");
            assertThat(d.location().field()).isEqualTo("onExit");
        });
    }

    @Test
    void aStepRunningAMissingTemplateIsAnErrorUnlessItUsesTemplateRef() {
        String yaml = workflow("main", """
                - name: main
                  dag:
                    tasks:
                    - {name: a, template: missing}
                    - name: b
                      templateRef: {name: shared-lib, template: missing}
                    - name: c
                      inline:
                        container: {image: alpine}
            """ + LEAF);
        assertThat(errors(yaml)).singleElement().satisfies(d -> {
            assertThat(d.message()).contains("step 'a' runs template 'missing', which does not exist");
            assertThat(d.location().step()).isEqualTo("a");
            assertThat(d.location().field()).isEqualTo("template");
            assertThat(d.location().line()).isEqualTo(11);
        });
    }

    @Test
    void aStepThatRunsNothingIsAnError() {
        String yaml = workflow("main", """
                - name: main
                  steps:
                  - - {name: a}
            """ + LEAF);
        assertThat(errors(yaml)).singleElement().satisfies(d ->
                assertThat(d.message()).contains("step 'a' runs nothing: set its template"));
    }

    @Test
    void hooksAndStepExitHandlersMustNameTemplates() {
        String yaml = workflow("main", """
                - name: main
                  dag:
                    tasks:
                    - name: a
                      template: echo
                      onExit: notify
                      hooks:
                        running: {expression: "true", template: watch}
            """ + LEAF);
        assertThat(errors(yaml)).extracting(Diagnostic::message).containsExactlyInAnyOrder(
                "step 'a''s exit handler (onExit) names template 'notify', which does not exist: pick one of echo,"
                        + " main or add it",
                "the 'running' hook names template 'watch', which does not exist: pick one of echo, main or add it");
    }

    @Test
    void aWorkflowRunningAWorkflowTemplateNeedsNoTemplatesOrEntrypoint() {
        String yaml = """
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {generateName: run-}
                spec:
                  workflowTemplateRef: {name: lib}
                """;
        assertThat(Fixtures.validate(yaml)).isEmpty();
    }
}
