package dev.orrery.designer.doc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.designer.job.CanvasJobsTest;
import dev.orrery.designer.job.StepEditJob;
import org.junit.jupiter.api.Test;

/** "Modified" means "not as saved": undoing back to the saved state clears it, as in any editor. */
class SavedStateTest {
    final DesignDocument doc = new DesignDocument(CanvasJobsTest.chain());

    @Test
    void undoBackToTheSavedStateIsNotModified() {
        doc.execute(new StepEditJob(doc, "a", "Set when", s -> s.when = "true"));
        assertThat(doc.isModified()).isTrue();
        doc.jobs().undo();
        assertThat(doc.isModified()).as("undone to the loaded state").isFalse();
        doc.jobs().redo();
        doc.markSaved();
        doc.execute(new StepEditJob(doc, "b", "Set when", s -> s.when = "false"));
        doc.jobs().undo();
        assertThat(doc.isModified()).as("undone to the saved state").isFalse();
        doc.jobs().undo();
        assertThat(doc.isModified()).as("undone past the save").isTrue();
    }

    @Test
    void loadingIsTheSavedState() {
        doc.execute(new StepEditJob(doc, "a", "Set when", s -> s.when = "true"));
        doc.load(CanvasJobsTest.chain(), null);
        assertThat(doc.isModified()).isFalse();
        assertThat(doc.modifiedBinding().get()).isFalse();
    }
}
