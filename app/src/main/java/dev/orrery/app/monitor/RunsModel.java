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
 * Every run the monitor knows, from every source, as an observable list for the runs table. FX
 * thread only: runtime callbacks reach it through {@link #listener(String)}'s coalescing hop.
 */
final class RunsModel {
    private final ObservableList<RunState> runs = FXCollections.observableArrayList();
    private final Map<RunRef, Integer> index = new HashMap<>();
    private final FxCoalescer<RunRef, RunState> updates = new FxCoalescer<>(this::apply);
    private final List<Runnable> batchListeners = new ArrayList<>();

    ObservableList<RunState> runs() {
        return runs;
    }

    /** The current snapshot of a run, or null. */
    RunState get(RunRef ref) {
        Integer i = index.get(ref);
        return i == null ? null : runs.get(i);
    }

    /** Called on the FX thread after each applied batch (the selected run's views refresh then). */
    void onBatch(Runnable r) {
        batchListeners.add(r);
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
        runs.removeIf(r -> r.ref().runtimeId().equals(runtimeId));
        reindex();
    }

    private void apply(Map<RunRef, RunState> batch) {
        List<RunState> added = new ArrayList<>();
        java.util.Set<RunRef> gone = new java.util.HashSet<>();
        for (Map.Entry<RunRef, RunState> e : batch.entrySet()) {
            Integer i = index.get(e.getKey());
            RunState s = e.getValue();
            if (Tombstone.is(s)) {
                if (i != null) {
                    gone.add(e.getKey());
                }
            } else if (i == null) {
                added.add(s);
            } else if (s.revision() >= runs.get(i).revision()) {
                runs.set(i, s);
            }
        }
        boolean removed = !gone.isEmpty();
        if (removed) {
            runs.removeIf(r -> gone.contains(r.ref()));
        }
        if (!added.isEmpty()) {
            runs.addAll(added);
        }
        if (removed || !added.isEmpty()) {
            reindex();
        }
        batchListeners.forEach(Runnable::run);
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
