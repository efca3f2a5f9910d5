package dev.orrery.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orrery.core.diag.Diagnostic;
import dev.orrery.core.diag.Severity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a file holds besides pipelines: misspelt Argo kinds and versions, duplicate keys, infinite numbers. */
class DocumentKindsTest {
    private static final String BODY = """
            metadata: {generateName: hello-}
            spec:
              entrypoint: main
              templates:
                - name: main
                  container: {image: "alpine:3.20", command: [echo, hi]}
            """;

    private static List<Diagnostic> all(LoadResult r) {
        List<Diagnostic> all = new ArrayList<>(r.diagnostics());
        r.documents().forEach(d -> all.addAll(d.diagnostics()));
        return all;
    }

    private static List<Diagnostic> errors(LoadResult r) {
        return all(r).stream().filter(Diagnostic::isError).toList();
    }

    @Test
    void aMisspeltArgoKindIsAnErrorWithAGuess() {
        LoadResult r = PipelineFiles.parse("apiVersion: argoproj.io/v1alpha1\nkind: Workflw\n" + BODY, "f.yaml");
        assertThat(errors(r)).singleElement().satisfies(d -> {
            assertThat(d.message()).isEqualTo("document 1: kind Workflw is not a kind of argoproj.io/v1alpha1 that"
                    + " Orrery knows: expected Workflow, WorkflowTemplate, ClusterWorkflowTemplate or CronWorkflow"
                    + " (did you mean Workflow?)");
            assertThat(d.location().line()).isEqualTo(2);
        });
    }

    @Test
    void anyUnknownKindOfTheArgoGroupIsAnError() {
        LoadResult r = PipelineFiles.parse("apiVersion: argoproj.io/v1alpha1\nkind: Pipeline\n" + BODY, "f.yaml");
        assertThat(errors(r)).singleElement().satisfies(d -> assertThat(d.message())
                .contains("kind Pipeline is not a kind of argoproj.io/v1alpha1").doesNotContain("did you mean"));
    }

    @Test
    void aMisspeltArgoVersionIsAnError() {
        LoadResult r = PipelineFiles.parse("apiVersion: argoproj.io/v1alpah1\nkind: Workflow\n" + BODY, "f.yaml");
        assertThat(errors(r)).extracting(Diagnostic::message)
                .contains("expected apiVersion argoproj.io/v1alpha1, found argoproj.io/v1alpah1");
    }

    @Test
    void anUnknownOrreryKindOrVersionIsAnError() {
        LoadResult kind = PipelineFiles.parse("apiVersion: orrery.dev/v1alpha1\nkind: Pipelin\nspec: {}\n", "f.yaml");
        assertThat(errors(kind)).isNotEmpty();
        LoadResult version = PipelineFiles.parse("apiVersion: orrery.dev/v9\nkind: Pipeline\nspec: {}\n", "f.yaml");
        assertThat(errors(version)).isNotEmpty();
    }

    @Test
    void otherDocumentsStayANote() {
        LoadResult r = PipelineFiles.parse("apiVersion: v1\nkind: ConfigMap\ndata: {a: b}\n---\n"
                + "apiVersion: argoproj.io/v1alpha1\nkind: Sensor\nspec: {}\n", "f.yaml");
        assertThat(errors(r)).isEmpty();
        // the Sensor is an event document Orrery reads (issue 16), the ConfigMap a note
        assertThat(all(r)).extracting(Diagnostic::severity).containsOnly(Severity.INFO).hasSize(1);
        assertThat(r.others()).hasSize(2);
    }

    @Test
    void aDuplicatedKeyInAnEventDocumentIsAWarning() {
        LoadResult r = PipelineFiles.parse("apiVersion: argoproj.io/v1alpha1\nkind: Sensor\nspec: {}\nspec: {}\n",
                "f.yaml");
        assertThat(all(r)).filteredOn(d -> d.severity() == Severity.WARNING).singleElement()
                .satisfies(d -> assertThat(d.message()).startsWith("duplicate key \"spec\""));
    }

    @Test
    void aDuplicatedKeyIsAWarningWithItsLineInEveryDocument() {
        LoadResult pipeline = PipelineFiles.parse("apiVersion: argoproj.io/v1alpha1\nkind: Workflow\nkind: Workflow\n"
                + BODY, "f.yaml");
        assertThat(all(pipeline)).filteredOn(d -> d.severity() == Severity.WARNING).singleElement()
                .satisfies(d -> {
                    assertThat(d.message()).startsWith("duplicate key \"kind\"");
                    assertThat(d.location().line()).isEqualTo(3);
                });
        LoadResult other = PipelineFiles.parse("apiVersion: v1\nkind: ConfigMap\ndata: {a: b, a: c}\n", "f.yaml");
        assertThat(all(other)).filteredOn(d -> d.severity() == Severity.WARNING).hasSize(1);
    }

    @Test
    void aNumberThatIsNotFiniteIsAnErrorAndNeverExported() {
        String text = "apiVersion: argoproj.io/v1alpha1\nkind: Workflow\n" + BODY
                + "  arguments:\n    parameters:\n      - name: big\n        value: 1e999999\n";
        LoadResult r = PipelineFiles.parse(text, "f.yaml");
        assertThat(errors(r)).anySatisfy(d -> {
            assertThat(d.message()).startsWith("the number at /spec/arguments/parameters/0/value is not finite");
            assertThat(d.location().line()).isEqualTo(12);
        });
        LoadResult inConfigMap = PipelineFiles.parse("apiVersion: v1\nkind: ConfigMap\ndata: {x: .inf}\n", "f.yaml");
        assertThat(errors(inConfigMap)).hasSize(1);
        assertThatThrownBy(() -> PipelineFiles.convert(inConfigMap, PipelineFormat.ARGO, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not finite");
    }
}
