package dev.orrery.app.monitor;

import dev.orrery.runtime.RunRef;
import dev.orrery.runtime.RunState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ObservableList;

/**
 * Every run the monitor knows, from every source. Runtime callbacks post snapshots from any thread;
 * they reach the FX thread in coalesced batches ({@link FxCoalescer}). The newest snapshot of each
 * run is available at once ({@link #get}, what the selected run's views read every batch), while the
 * rows behind the runs table are brought up to date at most every {@link #TABLE_PERIOD_MS} ms: a
 * table of hundreds of runs re-laying out its cells 50 times a second costs frames for nothing anyone
 * can read, while a change should be on screen within 100 ms. A run keeps one {@link RunRow} for its life; a newer snapshot changes the row's state (the
 * cells showing it follow), and one update change per sync lets the table's filter and sort follow.
 */
final class RunsModel {
    static final long TABLE_PERIOD_MS = 60;
    private final RunRowList runs = new RunRowList();
    private final Map<RunRef, RunRow> rows = new HashMap<>();
    private final Map<RunRef, RunState> latest = new HashMap<>();
    private final Map<RunRef, RunChange> unsynced = new java.util.LinkedHashMap<>();
    private final javafx.animation.PauseTransition tableTimer =
            new javafx.animation.PauseTransition(javafx.util.Duration.millis(TABLE_PERIOD_MS));
    private long lastSync;
    private final FxCoalescer<RunRef, RunChange> updates = new FxCoalescer<>(this::accept);
    private final List<Runnable> batchListeners = new ArrayList<>();
    private final List<Runnable> tableListeners = new ArrayList<>();

    RunsModel() {
        tableTimer.setOnFinished(e -> syncTable());
    }

    ObservableList<RunRow> runs() {
        return runs;
    }

    /** The table's row of a run, or null while the table has not caught up with it. */
    RunRow row(RunRef ref) {
        return rows.get(ref);
    }

    /** The newest snapshot of a run, or null (may be newer than the table's row). */
    RunState get(RunRef ref) {
        return latest.get(ref);
    }

    /** Called on the FX thread after each batch (the selected run's views refresh then). */
    void onBatch(Runnable r) {
        batchListeners.add(r);
    }

    /** Called on the FX thread after the table's list changed. */
    void onTableSync(Runnable r) {
        tableListeners.add(r);
    }

    /** Posts a snapshot from any thread. */
    void post(RunState state) {
        updates.post(state.ref(), new RunChange.Updated(state));
    }

    /** Posts a deletion from any thread. */
    void postDeleted(RunRef ref) {
        updates.post(ref, new RunChange.Deleted());
    }

    /** Drops every run of a source (on disconnect); FX thread. */
    void removeSource(String runtimeId) {
        latest.keySet().removeIf(r -> r.runtimeId().equals(runtimeId));
        unsynced.keySet().removeIf(r -> r.runtimeId().equals(runtimeId));
        List<RunRow> gone = runs.stream().filter(r -> r.ref().runtimeId().equals(runtimeId)).toList();
        gone.forEach(r -> rows.remove(r.ref()));
        runs.removeAll(gone);
    }

    /** Takes a batch into {@link #latest} at once; the table follows now or at the next period. */
    private void accept(Map<RunRef, RunChange> batch) {
        for (Map.Entry<RunRef, RunChange> e : batch.entrySet()) {
            RunState known = latest.get(e.getKey());
            switch (e.getValue()) {
                case RunChange.Deleted deleted -> latest.remove(e.getKey());
                case RunChange.Updated(RunState s) -> {
                    if (known != null && s.revision() < known.revision()) {
                        continue;
                    }
                    latest.put(e.getKey(), s);
                }
            }
            unsynced.put(e.getKey(), e.getValue());
        }
        long sinceSync = System.nanoTime() - lastSync;
        if (sinceSync >= TABLE_PERIOD_MS * 1_000_000L) {
            syncTable();
        } else if (tableTimer.getStatus() != javafx.animation.Animation.Status.RUNNING) {
            // at the end of the period that started with the last sync, not a whole period from now
            tableTimer.setDuration(javafx.util.Duration.millis(TABLE_PERIOD_MS - sinceSync / 1e6));
            tableTimer.playFromStart();
        }
        batchListeners.forEach(Runnable::run);
    }

    private void syncTable() {
        lastSync = System.nanoTime();
        tableTimer.stop();
        if (!unsynced.isEmpty()) {
            Map<RunRef, RunChange> batch = new java.util.LinkedHashMap<>(unsynced);
            unsynced.clear();
            apply(batch);
        }
    }

    private void apply(Map<RunRef, RunChange> batch) {
        List<RunRow> added = new ArrayList<>();
        java.util.Set<RunRow> gone = new java.util.HashSet<>();
        java.util.Set<RunRow> changed = new java.util.HashSet<>();
        for (Map.Entry<RunRef, RunChange> e : batch.entrySet()) {
            RunRow row = rows.get(e.getKey());
            if (!(e.getValue() instanceof RunChange.Updated(RunState s))) {
                if (row != null) {
                    gone.add(row);
                    rows.remove(e.getKey());
                }
            } else if (row == null) {
                RunRow fresh = new RunRow(s);
                rows.put(e.getKey(), fresh);
                added.add(fresh);
            } else if (s.revision() >= row.state().revision() && s != row.state()) {
                row.show(s);
                changed.add(row);
            }
        }
        if (!gone.isEmpty()) {
            runs.removeAll(gone);
        }
        if (!changed.isEmpty()) {
            runs.updated(positionsOf(changed));
        }
        if (!added.isEmpty()) {
            runs.addAll(added);
        }
        tableListeners.forEach(Runnable::run);
    }

    private int[] positionsOf(java.util.Set<RunRow> changed) {
        int[] positions = new int[changed.size()];
        int n = 0;
        for (int i = 0; i < runs.size() && n < positions.length; i++) {
            if (changed.contains(runs.get(i))) {
                positions[n++] = i;
            }
        }
        return java.util.Arrays.copyOf(positions, n);
    }

    /** What the coalescer carries for a run: its newest snapshot, or that it was deleted. */
    private sealed interface RunChange {
        record Updated(RunState state) implements RunChange {
        }

        record Deleted() implements RunChange {
        }
    }
}
