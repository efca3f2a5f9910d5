package dev.orrery.core.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orrery.core.argo.ArgoExporter;
import dev.orrery.core.diag.Diagnostic;
import dev.orrery.core.diag.Severity;
import dev.orrery.core.model.Pipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidatorTest {

    /** Several problems spread over the document, reported out of line order by the rules. */
    private static final String BROKEN = """
            apiVersion: argoproj.io/v1alpha1
            kind: Workflow
            metadata: {name: Broken_Name}
            spec:
              entrypoint: main
              templates:
              - name: main
                dag:
                  tasks:
                  - {name: a, template: echo, dependencies: [b]}
                  - {name: b, template: echo, dependencies: [a]}
                  - {name: c, template: nothing}
              - name: echo
                container:
                  env: [{name: PASSWORD, value: hunter2}]
                  args: ["{{inputs.parameters.msg}}"]
            """;

    @Test
    void diagnosticsAreSortedByLineThenSeverity() {
        List<Diagnostic> all = Fixtures.validate(BROKEN);
        assertThat(all).extracting(d -> d.location().line()).containsExactly(3, 10, 12, 14, 15, 16);
        assertThat(all).extracting(Diagnostic::severity).containsExactly(Severity.ERROR, Severity.ERROR,
                Severity.ERROR, Severity.ERROR, Severity.WARNING, Severity.ERROR);
        assertThat(all).extracting(d -> d.location().step())
                .containsExactly(null, "a", "c", "echo", "echo", "echo");
        assertThat(all.get(0).format()).isEqualTo("<input>:3: error: metadata.name: name 'Broken_Name' is not a"
                + " valid Kubernetes name: use lowercase letters, digits, '-' and '.', starting and ending with a"
                + " letter or digit (e.g. 'broken-name')");
    }

    @Test
    void theSamePipelineAlwaysGivesTheSameList() {
        Pipeline p = Fixtures.pipeline(BROKEN);
        List<Diagnostic> first = new Validator().validate(p, Fixtures.lines(BROKEN));
        for (int i = 0; i < 5; i++) {
            assertThat(new Validator().validate(p.copy(), Fixtures.lines(BROKEN))).isEqualTo(first);
        }
    }

    @Test
    void withoutLinesEverythingIsStillReportedAndOrdered() {
        List<Diagnostic> all = new Validator().validate(Fixtures.pipeline(BROKEN));
        assertThat(all).hasSize(6).allSatisfy(d -> assertThat(d.location().line()).isZero());
        assertThat(all).isSortedAccordingTo(Diagnostic.ORDER);
        assertThat(all).extracting(Diagnostic::severity).endsWith(Severity.WARNING);
    }

    @Test
    void validationDoesNotChangeThePipeline() {
        Pipeline p = Fixtures.pipeline(BROKEN);
        String before = new ArgoExporter().export(p).toString();
        new Validator().validate(p);
        assertThat(new ArgoExporter().export(p).toString()).isEqualTo(before);
    }

    @Test
    void anEmptyPipelineIsFine() {
        Pipeline p = new Pipeline();
        p.name = "empty";
        assertThat(new Validator().validate(p)).isEmpty();
    }

    @Test
    void argumentsAreRequired() {
        assertThatThrownBy(() -> new Validator().validate(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("pipeline");
        assertThatThrownBy(() -> new Validator().validate(new Pipeline(), null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("lineOf");
    }
}
