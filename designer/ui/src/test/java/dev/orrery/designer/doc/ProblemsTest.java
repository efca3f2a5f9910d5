package dev.orrery.designer.doc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.orrery.core.model.Position;
import dev.orrery.core.model.StepKind;
import dev.orrery.designer.canvas.CanvasEdits;
import dev.orrery.designer.job.CanvasJobsTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** Live validation once the designer is shut down. */
class ProblemsTest {
    @Test
    void anEditAfterShutdownIsNotValidatedAndDoesNotFail() {
        DesignDocument doc = new DesignDocument(CanvasJobsTest.chain());
        ExecutorService validation = Executors.newSingleThreadExecutor();
        new Problems(doc, PipelineChecker.VALIDATOR, validation);
        validation.shutdownNow();
        // JavaFX hands a listener's exception to the thread's handler instead of throwing it
        List<Throwable> uncaught = new ArrayList<>();
        Thread.UncaughtExceptionHandler before = Thread.currentThread().getUncaughtExceptionHandler();
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> uncaught.add(e));
        try {
            // closing the window commits the field being edited after the designer's threads stopped
            assertThatCode(() -> new CanvasEdits(doc).addStep(StepKind.TRAIN, new Position(0, 0)))
                    .doesNotThrowAnyException();
        } finally {
            Thread.currentThread().setUncaughtExceptionHandler(before);
        }
        assertThat(uncaught).isEmpty();
        assertThat(doc.step("train")).isPresent();
    }
}
