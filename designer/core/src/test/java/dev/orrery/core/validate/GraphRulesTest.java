package dev.orrery.core.validate;

import static dev.orrery.core.validate.Fixtures.errors;
import static dev.orrery.core.validate.Fixtures.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.core.diag.Diagnostic;
import dev.orrery.core.model.GraphStyle;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Step;
import java.util.List;
import org.junit.jupiter.api.Test;

class GraphRulesTest {

    private static final String LEAF = """
                - name: echo
                  container: {image: alpine}
            """;

    private static String dag(String tasks) {
        return workflow("main", """
                - name: main
                  dag:
                    tasks:
            """ + tasks + LEAF);
    }

    @Test
    void aCycleIsReportedOnceWithItsPath() {
        List<Diagnostic> errors = errors(dag("""
                    - {name: a, template: echo, dependencies: [c]}
                    - {name: b, template: echo, dependencies: [a]}
                    - {name: c, template: echo, dependencies: [b]}
                    - {name: d, template: echo, dependencies: [c]}
            """));
        assertThat(errors).singleElement().satisfies(d -> {
            assertThat(d.message()).contains("dependency cycle in 'main': a → b → c → a").contains("remove one");
            assertThat(d.location().step()).isEqualTo("a");
            assertThat(d.location().field()).isEqualTo("dependsOn");
            assertThat(d.location().line()).isEqualTo(11);
        });
    }

    @Test
    void cyclesThroughDependsExpressionsAreFound() {
        List<Diagnostic> errors = errors(dag("""
                    - {name: a, template: echo, depends: "b.Succeeded"}
                    - {name: b, template: echo, depends: "a || a.Failed"}
            """));
        assertThat(errors).singleElement().satisfies(d -> assertThat(d.message()).contains("a → b → a"));
    }

    @Test
    void twoSeparateCyclesAreBothReported() {
        List<Diagnostic> errors = errors(dag("""
                    - {name: a, template: echo, dependencies: [b]}
                    - {name: b, template: echo, dependencies: [a]}
                    - {name: c, template: echo, dependencies: [d]}
                    - {name: d, template: echo, dependencies: [c]}
            """));
        assertThat(errors).extracting(Diagnostic::message)
                .anyMatch(m -> m.contains("a → b → a")).anyMatch(m -> m.contains("c → d → c")).hasSize(2);
    }

    @Test
    void aDependencyOnAMissingStepIsAnError() {
        List<Diagnostic> errors = errors(dag("""
                    - {name: prepare, template: echo}
                    - {name: train, template: echo, dependencies: [prepair]}
            """));
        assertThat(errors).singleElement().satisfies(d -> {
            assertThat(d.message()).contains("depends on 'prepair', which is not a step of 'main'")
                    .contains("did you mean 'prepare'?");
            assertThat(d.location().step()).isEqualTo("train");
            assertThat(d.location().line()).isEqualTo(12);
        });
    }

    @Test
    void aStepThatDependsOnItselfIsAnError() {
        List<Diagnostic> errors = errors(dag("""
                    - {name: a, template: echo, depends: "a"}
            """));
        assertThat(errors).singleElement().satisfies(d ->
                assertThat(d.message()).isEqualTo("step 'a' depends on itself: remove 'a' from its dependencies"));
    }

    @Test
    void quotedNamesInDependsExpressionsResolve() {
        assertThat(errors(dag("""
                    - {name: a, template: echo}
                    - {name: b, template: echo, depends: "'a'.Succeeded"}
            """))).isEmpty();
    }

    @Test
    void aStepsGraphEditedIntoADagShapeMustSwitchToDag() {
        Pipeline p = Fixtures.pipeline(workflow("main", """
                - name: main
                  steps:
                  - - {name: a, template: echo}
                    - {name: b, template: echo}
                  - - {name: c, template: echo}
            """ + LEAF));
        assertThat(new Validator().validate(p)).isEmpty();
        // The user draws c's dependency on b away: c now runs after a only, which steps cannot express.
        Step c = p.templates.get(0).graph.step("c").orElseThrow();
        c.dependsOn.remove("b");
        assertThat(new Validator().validate(p)).singleElement().satisfies(d -> {
            assertThat(d.message()).contains("steps-style graph").contains("switch the graph to DAG");
            assertThat(d.location().step()).isEqualTo("c");
        });
        p.templates.get(0).graph.style = GraphStyle.DAG;
        assertThat(new Validator().validate(p)).isEmpty();
    }
}
