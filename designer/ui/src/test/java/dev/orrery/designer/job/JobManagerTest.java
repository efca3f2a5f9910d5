package dev.orrery.designer.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class JobManagerTest {

    /** Appends to a shared list; undo removes. */
    static final class Append extends Job {
        final List<String> target;
        final String value;

        Append(List<String> target, String value) {
            this.target = target;
            this.value = value;
        }

        @Override
        public void execute() {
            target.add(value);
        }

        @Override
        public void undo() {
            target.remove(target.size() - 1);
        }

        @Override
        public String description() {
            return "Append " + value;
        }
    }

    final List<String> list = new ArrayList<>();
    final AtomicInteger changes = new AtomicInteger();
    final JobManager jobs = new JobManager(changes::incrementAndGet);

    @Test
    void executeUndoRedoRestoreStateAndTrackDescriptions() {
        jobs.execute(new Append(list, "a"));
        jobs.execute(new Append(list, "b"));
        assertThat(list).containsExactly("a", "b");
        assertThat(jobs.undoDescriptionProperty().get()).isEqualTo("Append b");
        assertThat(jobs.canRedoProperty().get()).isFalse();

        jobs.undo();
        assertThat(list).containsExactly("a");
        assertThat(jobs.redoDescriptionProperty().get()).isEqualTo("Append b");
        jobs.redo();
        assertThat(list).containsExactly("a", "b");
        assertThat(changes.get()).isEqualTo(4);
    }

    @Test
    void aNewJobClearsRedo() {
        jobs.execute(new Append(list, "a"));
        jobs.undo();
        jobs.execute(new Append(list, "c"));
        assertThat(jobs.canRedoProperty().get()).isFalse();
        jobs.redo();
        assertThat(list).containsExactly("c");
    }

    @Test
    void undoAndRedoOnEmptyStacksDoNothing() {
        jobs.undo();
        jobs.redo();
        assertThat(changes.get()).isZero();
        assertThat(jobs.canUndoProperty().get()).isFalse();
    }

    @Test
    void jobsWithNothingToDoAreNotRecorded() {
        BatchJob empty = new BatchJob("Nothing");
        assertThat(jobs.execute(empty)).isFalse();
        assertThat(jobs.undoDepth()).isZero();
        assertThat(changes.get()).isZero();
    }

    @Test
    void aBatchIsOneUndoStepUndoneInReverse() {
        List<String> log = new ArrayList<>();
        BatchJob batch = new BatchJob("Two");
        batch.add(new Append(list, "x")).add(new Job() {
            @Override
            public void execute() {
                log.add("second " + list);
            }

            @Override
            public void undo() {
                log.add("undo second " + list);
            }

            @Override
            public String description() {
                return "log";
            }
        });
        jobs.execute(batch);
        jobs.undo();
        assertThat(list).isEmpty();
        assertThat(log).containsExactly("second [x]", "undo second [x]");
        assertThat(jobs.undoDepth()).isZero();
    }

    @Test
    void historyIsBoundedByTheLimit() {
        JobManager small = new JobManager(() -> { }, 3);
        for (int i = 0; i < 5; i++) {
            small.execute(new Append(list, "v" + i));
        }
        assertThat(small.undoDepth()).isEqualTo(3);
        small.undo();
        small.undo();
        small.undo();
        small.undo();
        assertThat(list).containsExactly("v0", "v1");
    }

    @Test
    void theLimitMustBePositive() {
        assertThatThrownBy(() -> new JobManager(() -> { }, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void undoingBackToTheSavedPointIsUnmodifiedAgain() {
        jobs.execute(new Append(list, "a"));
        jobs.markSaved();
        assertThat(jobs.atSavedPointProperty().get()).isTrue();
        jobs.execute(new Append(list, "b"));
        assertThat(jobs.atSavedPointProperty().get()).isFalse();
        jobs.undo();
        assertThat(jobs.atSavedPointProperty().get()).as("back at the save").isTrue();
        jobs.undo();
        assertThat(jobs.atSavedPointProperty().get()).isFalse();
        jobs.redo();
        assertThat(jobs.atSavedPointProperty().get()).as("redone to the save").isTrue();
    }

    @Test
    void theSavedPointIsLostWhenANewEditReplacesTheRedoneHistory() {
        jobs.execute(new Append(list, "a"));
        jobs.markSaved();
        jobs.undo();
        jobs.execute(new Append(list, "c"));
        jobs.undo();
        assertThat(list).isEmpty();
        assertThat(jobs.atSavedPointProperty().get()).as("the saved 'a' cannot come back").isFalse();
    }

    @Test
    void theSavedPointOfAnEmptyHistoryIsLostWhenTheLimitDropsItsFirstJob() {
        JobManager small = new JobManager(() -> { }, 2);
        for (int i = 0; i < 3; i++) {
            small.execute(new Append(list, "v" + i));
        }
        small.undo();
        small.undo();
        assertThat(list).containsExactly("v0");
        assertThat(small.atSavedPointProperty().get()).isFalse();
    }
}
