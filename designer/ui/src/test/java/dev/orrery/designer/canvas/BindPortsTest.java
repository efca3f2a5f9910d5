package dev.orrery.designer.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.core.model.Artifact;
import dev.orrery.core.model.GraphStyle;
import dev.orrery.core.model.Parameter;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.refs.IoKind;
import dev.orrery.designer.doc.DesignDocument;
import dev.orrery.designer.job.CanvasJobsTest;
import org.junit.jupiter.api.Test;

/** What a drag from an output port to an input port (or a body) binds, and what it refuses. */
class BindPortsTest {
    /** a → b → c; a makes the artifact {@code model} and the parameter {@code score}. */
    private static DesignDocument chain() {
        Pipeline p = CanvasJobsTest.chain();
        p.template("a").orElseThrow().outputArtifacts.add(new Artifact("model", "/tmp/model"));
        p.template("a").orElseThrow().outputParameters.add(new Parameter("score", null));
        p.template("c").orElseThrow().inputArtifacts.add(new Artifact("weights", "/data/w"));
        p.template("c").orElseThrow().inputParameters.add(new Parameter("threshold", null));
        return new DesignDocument(p);
    }

    @Test
    void anOutputDroppedOnAnInputBindsItAndAddsTheMissingDependencyAsOneUndoStep() {
        DesignDocument doc = chain();
        var plan = BindPorts.plan(doc, "a", IoKind.ARTIFACT, "model", "c", IoKind.ARTIFACT, "weights");
        assertThat(plan.refused()).isFalse();
        doc.execute(plan.job());
        var c = doc.step("c").orElseThrow();
        assertThat(c.dependsOn).containsExactly("b", "a");
        assertThat(c.artifactArguments).singleElement().satisfies(arg -> {
            assertThat(arg.name).isEqualTo("weights");
            assertThat(arg.from).isEqualTo("{{tasks.a.outputs.artifacts.model}}");
        });
        assertThat(doc.jobs().undoDepth()).isEqualTo(1);
        doc.jobs().undo();
        assertThat(doc.step("c").orElseThrow().dependsOn).containsExactly("b");
        assertThat(doc.step("c").orElseThrow().artifactArguments).isEmpty();
    }

    @Test
    void aParameterBindsByValueAndAStepsGraphUsesTheStepsForm() {
        DesignDocument doc = chain();
        doc.graph().style = GraphStyle.STEPS;
        doc.execute(BindPorts.plan(doc, "a", IoKind.PARAMETER, "score", "c", IoKind.PARAMETER, "threshold").job());
        assertThat(doc.step("c").orElseThrow().parameterArguments).singleElement()
                .satisfies(arg -> assertThat(arg.valueText()).isEqualTo("{{steps.a.outputs.parameters.score}}"));
    }

    @Test
    void aDropOnTheBodyMakesAnInputOfTheSameNameAndKindAndBindsIt() {
        DesignDocument doc = chain();
        doc.execute(BindPorts.plan(doc, "a", IoKind.ARTIFACT, "model", "b", null, null).job());
        var input = doc.pipeline().template("b").orElseThrow().inputArtifacts;
        assertThat(input).singleElement().satisfies(a -> {
            assertThat(a.name).isEqualTo("model");
            assertThat(a.path).isEqualTo("/tmp/inputs/model");
        });
        assertThat(doc.step("b").orElseThrow().artifactArguments).singleElement()
                .satisfies(arg -> assertThat(arg.from).isEqualTo("{{tasks.a.outputs.artifacts.model}}"));
        assertThat(doc.jobs().undoDepth()).isEqualTo(1);
        doc.jobs().undo();
        assertThat(doc.pipeline().template("b").orElseThrow().inputArtifacts).isEmpty();
        assertThat(doc.step("b").orElseThrow().artifactArguments).isEmpty();

        doc.execute(BindPorts.plan(doc, "a", IoKind.PARAMETER, "score", "b", null, null).job());
        assertThat(doc.pipeline().template("b").orElseThrow().inputParameters).extracting(x -> x.name)
                .containsExactly("score");
    }

    @Test
    void kindsThatDifferACycleAndTheProducerItselfAreRefusedWithTheReason() {
        DesignDocument doc = chain();
        var kinds = BindPorts.plan(doc, "a", IoKind.ARTIFACT, "model", "c", IoKind.PARAMETER, "threshold");
        assertThat(kinds.refused()).isTrue();
        assertThat(kinds.refusal()).contains("model is an artifact").contains("threshold is a parameter");

        // c runs after a: a cannot take c's output
        doc.pipeline().template("c").orElseThrow().outputArtifacts.add(new Artifact("report", "/tmp/r"));
        var cycle = BindPorts.plan(doc, "c", IoKind.ARTIFACT, "report", "a", null, null);
        assertThat(cycle.refusal()).contains("a runs before c").contains("cycle");

        var self = BindPorts.plan(doc, "a", IoKind.ARTIFACT, "model", "a", null, null);
        assertThat(self.refusal()).contains("own output");

        // a body whose template has a parameter of that name: the kinds differ as well
        doc.pipeline().template("b").orElseThrow().inputParameters.add(new Parameter("model", null));
        assertThat(BindPorts.plan(doc, "a", IoKind.ARTIFACT, "model", "b", null, null).refusal())
                .contains("model is a parameter");
        assertThat(doc.jobs().undoDepth()).isZero();
    }
}
