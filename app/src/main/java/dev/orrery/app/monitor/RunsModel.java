package dev.orrery.app.monitor;

import dev.orrery.runtime.RunRef;
import dev.orrery.runtime.RunState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Every run the monitor knows, from every source. Runtime callbacks post snapshots from any thread;
 * they reach the FX thread in coalesced batches ({@link FxCoalescer}). The newest snapshot of each
 * run is available at once ({@link #get}, what the selected run's views read every batch), while the
 * observable list behind the runs table is brought up to date at most every {@link #TABLE_PERIOD_MS}
 * ms: a table of hundreds of runs re-laying out its cells 50 times a second costs frames for
 * nothing anyone can read. Newer snapshots of known runs replace their rows in place; the list is
 * only replaced as a whole when runs come or go (a whole-list change empties and refills every
 * visible cell, icons and CSS included).
 */
final class RunsModel {
    static final long TABLE_PERIOD_MS = 250;
    /**
     * Above this many changed rows in one sync, one whole-list change is cheaper than that many
     * single-row changes (each goes through the filtered and sorted lists on its own).
     */
    private static final int IN_PLACE_LIMIT = 64;
    private final ObservableList<RunState> runs = FXCollections.observableArrayList();
    private final Map<RunRef, Integer> index = new HashMap<>();
    private final Map<RunRef, RunState> latest = new HashMap<>();
    private final Map<RunRef, RunState> unsynced = new java.util.LinkedHashMap<>();
    private final javafx.animation.PauseTransition tableTimer =
            new javafx.animation.PauseTransition(javafx.util.Duration.millis(TABLE_PERIOD_MS));
    private long lastSync;
    private final FxCoalescer<RunRef, RunState> updates = new FxCoalescer<>(this::accept);
    private final List<Runnable> batchListeners = new ArrayList<>();
    private final List<Runnable> tableListeners = new ArrayList<>();

    RunsModel() {
        tableTimer.setOnFinished(e -> syncTable());
    }

    ObservableList<RunState> runs() {
        return runs;
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
        updates.post(state.ref(), state);
    }

    /** Posts a deletion from any thread. */
    void postDeleted(RunRef ref) {
        updates.post(ref, Tombstone.of(ref));
    }

    /** Drops every run of a source (on disconnect); FX thread. */
    void removeSource(String runtimeId) {
        latest.keySet().removeIf(r -> r.runtimeId().equals(runtimeId));
        unsynced.keySet().removeIf(r -> r.runtimeId().equals(runtimeId));
        runs.removeIf(r -> r.ref().runtimeId().equals(runtimeId));
        reindex();
    }

    /** Takes a batch into {@link #latest} at once; the table follows now or at the next period. */
    private void accept(Map<RunRef, RunState> batch) {
        for (Map.Entry<RunRef, RunState> e : batch.entrySet()) {
            RunState s = e.getValue();
            RunState known = latest.get(e.getKey());
            if (Tombstone.is(s)) {
                latest.remove(e.getKey());
            } else if (known != null && s.revision() < known.revision()) {
                continue;
            } else {
                latest.put(e.getKey(), s);
            }
            unsynced.put(e.getKey(), s);
        }
        long now = System.nanoTime();
        if (now - lastSync >= TABLE_PERIOD_MS * 1_000_000L) {
            syncTable();
        } else if (tableTimer.getStatus() != javafx.animation.Animation.Status.RUNNING) {
            tableTimer.playFromStart();
        }
        batchListeners.forEach(Runnable::run);
    }

    private void syncTable() {
        lastSync = System.nanoTime();
        tableTimer.stop();
        if (!unsynced.isEmpty()) {
            Map<RunRef, RunState> batch = new java.util.LinkedHashMap<>(unsynced);
            unsynced.clear();
            apply(batch);
        }
    }

    private void apply(Map<RunRef, RunState> batch) {
        List<RunState> added = new ArrayList<>();
        java.util.Set<RunRef> gone = new java.util.HashSet<>();
        List<RunState> rows = new ArrayList<>(runs);
        int replaced = 0;
        for (Map.Entry<RunRef, RunState> e : batch.entrySet()) {
            Integer i = index.get(e.getKey());
            RunState s = e.getValue();
            if (Tombstone.is(s)) {
                if (i != null) {
                    gone.add(e.getKey());
                }
            } else if (i == null) {
                added.add(s);
            } else if (s.revision() >= rows.get(i).revision()) {
                rows.set(i, s);
                replaced++;
            }
        }
        if (!gone.isEmpty()) {
            rows.removeIf(r -> gone.contains(r.ref()));
        }
        rows.addAll(added);
        if (!gone.isEmpty() || !added.isEmpty() || replaced > IN_PLACE_LIMIT) {
            // runs came or went (or most rows changed): one change for the whole batch
            runs.setAll(rows);
            reindex();
        } else if (replaced > 0) {
            // only snapshots of known runs: replace those rows in place (a few single-row changes);
            // replacing the whole list would make the table empty and refill every visible cell
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i) != runs.get(i)) {
                    runs.set(i, rows.get(i));
                }
            }
        }
        tableListeners.forEach(Runnable::run);
    }

    private void reindex() {
        index.clear();
        for (int i = 0; i < runs.size(); i++) {
            index.put(runs.get(i).ref(), i);
        }
    }

    /** A deletion marker travelling through the coalescer in place of a snapshot. */
    private static final class Tombstone {
        private static final String MARK = "\u0000deleted";

        static RunState of(RunRef ref) {
            return new RunState(ref, MARK, null, null, dev.orrery.runtime.Phase.OMITTED, null, null, null, null,
                    null, null, Long.MAX_VALUE);
        }

        static boolean is(RunState s) {
            return MARK.equals(s.name()) && s.revision() == Long.MAX_VALUE;
        }
    }
}
