package dev.orrery.app.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.runtime.Phase;
import dev.orrery.runtime.RunRef;
import dev.orrery.runtime.RunState;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** Snapshots and deletions of runs, posted from any thread, reach the runs table in order. */
class RunsModelTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aDeletedRunLeavesTheTableAndAnotherRunStays() throws Exception {
        RunsModel model = onFx(RunsModel::new);
        RunRef kept = new RunRef("stub", "kept");
        RunRef gone = new RunRef("stub", "gone");
        CompletableFuture<Void> twoRows = new CompletableFuture<>();
        onFx(() -> {
            model.onTableSync(() -> {
                if (model.runs().size() == 2) {
                    twoRows.complete(null);
                }
            });
            return null;
        });
        model.post(state(kept, 1));
        model.post(state(gone, 1));
        twoRows.get(10, TimeUnit.SECONDS);

        CompletableFuture<Void> oneRow = new CompletableFuture<>();
        onFx(() -> {
            model.onTableSync(() -> {
                if (model.runs().size() == 1) {
                    oneRow.complete(null);
                }
            });
            return null;
        });
        model.postDeleted(gone);
        oneRow.get(10, TimeUnit.SECONDS);

        assertThat(onFx(() -> model.runs().get(0).ref())).isEqualTo(kept);
        assertThat(onFx(() -> model.get(gone))).isNull();
        assertThat(onFx(() -> model.get(kept).name())).isEqualTo("kept");
    }

    @Test
    void anOlderSnapshotDoesNotReplaceANewerOne() throws Exception {
        RunsModel model = onFx(RunsModel::new);
        RunRef run = new RunRef("stub", "r");
        CompletableFuture<Void> seen = new CompletableFuture<>();
        onFx(() -> {
            model.onBatch(() -> {
                if (model.get(run) != null && model.get(run).revision() == 5) {
                    seen.complete(null);
                }
            });
            return null;
        });
        model.post(state(run, 5));
        seen.get(10, TimeUnit.SECONDS);
        CompletableFuture<Long> after = new CompletableFuture<>();
        onFx(() -> {
            model.onBatch(() -> after.complete(model.get(run).revision()));
            return null;
        });
        model.post(state(run, 3));
        assertThat(after.get(10, TimeUnit.SECONDS)).isEqualTo(5L);
    }

    private static RunState state(RunRef ref, long revision) {
        return new RunState(ref, ref.runId(), "p", "Stub", Phase.RUNNING, null, null, null, null, null,
                java.util.List.of(), revision);
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(10, TimeUnit.SECONDS);
    }
}
