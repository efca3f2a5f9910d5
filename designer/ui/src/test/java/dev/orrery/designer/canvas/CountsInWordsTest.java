package dev.orrery.designer.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.core.model.Graph;
import dev.orrery.core.model.Step;
import dev.orrery.core.model.Template;
import dev.orrery.designer.doc.DesignDocument;
import dev.orrery.designer.job.CanvasJobsTest;
import dev.orrery.designer.job.RemoveStepsJob;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Counts put in words say "1 step", never "1 steps" (group labels, undo descriptions). */
class CountsInWordsTest {

    @Test
    void aGroupOfOneStepSaysOneStep() {
        Template group = new Template("group");
        group.graph = new Graph();
        group.graph.steps.add(new Step("only", "only"));
        assertThat(NodeFacts.of(new Step("g", "group"), group).subtitle()).isEqualTo("1 step");
        group.graph.steps.add(new Step("second", "second"));
        assertThat(NodeFacts.of(new Step("g", "group"), group).subtitle()).isEqualTo("2 steps");
    }

    @Test
    void deletingSeveralStepsIsDescribedWithTheirCount() {
        DesignDocument doc = new DesignDocument(CanvasJobsTest.chain());
        doc.execute(new RemoveStepsJob(doc, Set.of("a", "b")));
        assertThat(doc.jobs().undoDescriptionProperty().get()).isEqualTo("Delete 2 steps");
    }
}
