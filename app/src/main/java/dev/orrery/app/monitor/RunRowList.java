package dev.orrery.app.monitor;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ModifiableObservableListBase;

/**
 * The runs table's rows. Besides the usual list changes it can report that some rows' states changed
 * ({@link #updated}), as one update change for all of them, so that the table's filter and sort order
 * follow new phases and progress once per sync, however many rows changed.
 */
final class RunRowList extends ModifiableObservableListBase<RunRow> {
    private final List<RunRow> rows = new ArrayList<>();

    /** Tells listeners that the rows at these ascending positions show newer states. */
    void updated(int[] positions) {
        if (positions.length == 0) {
            return;
        }
        beginChange();
        for (int p : positions) {
            nextUpdate(p);
        }
        endChange();
    }

    @Override
    public RunRow get(int index) {
        return rows.get(index);
    }

    @Override
    public int size() {
        return rows.size();
    }

    @Override
    protected void doAdd(int index, RunRow element) {
        rows.add(index, element);
    }

    @Override
    protected RunRow doSet(int index, RunRow element) {
        return rows.set(index, element);
    }

    @Override
    protected RunRow doRemove(int index) {
        return rows.remove(index);
    }
}
