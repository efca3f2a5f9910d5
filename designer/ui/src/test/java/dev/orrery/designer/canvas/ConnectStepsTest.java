package dev.orrery.designer.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.core.model.Artifact;
import dev.orrery.core.model.Pipeline;
import dev.orrery.designer.doc.DesignDocument;
import dev.orrery.designer.job.CanvasJobsTest;
import org.junit.jupiter.api.Test;

class ConnectStepsTest {

    @Test
    void connectingBindsAnUnboundInputArtifactToTheSourcesOutputAsOneUndoStep() {
        Pipeline p = CanvasJobsTest.chain();
        p.template("a").orElseThrow().outputArtifacts.add(new Artifact("dataset", "/tmp/data.csv"));
        p.template("c").orElseThrow().inputArtifacts.add(new Artifact("dataset", "/data/in.csv"));
        DesignDocument doc = new DesignDocument(p);

        doc.execute(ConnectSteps.connect(doc, "a", "c"));
        var c = doc.step("c").orElseThrow();
        assertThat(c.dependsOn).containsExactly("b", "a");
        assertThat(c.artifactArguments).singleElement()
                .satisfies(arg -> assertThat(arg.from).isEqualTo("{{tasks.a.outputs.artifacts.dataset}}"));
        assertThat(doc.jobs().undoDepth()).isEqualTo(1);

        doc.jobs().undo();
        assertThat(doc.step("c").orElseThrow().dependsOn).containsExactly("b");
        assertThat(doc.step("c").orElseThrow().artifactArguments).isEmpty();
    }

    @Test
    void nothingIsBoundWhenNamesDoNotMatchAndTheChoiceIsAmbiguous() {
        Pipeline p = CanvasJobsTest.chain();
        p.template("a").orElseThrow().outputArtifacts.add(new Artifact("x", "/x"));
        p.template("a").orElseThrow().outputArtifacts.add(new Artifact("y", "/y"));
        p.template("c").orElseThrow().inputArtifacts.add(new Artifact("z", "/z"));
        DesignDocument doc = new DesignDocument(p);
        doc.execute(ConnectSteps.connect(doc, "a", "c"));
        assertThat(doc.step("c").orElseThrow().artifactArguments).isEmpty();
        assertThat(doc.step("c").orElseThrow().dependsOn).contains("a");
    }
}
