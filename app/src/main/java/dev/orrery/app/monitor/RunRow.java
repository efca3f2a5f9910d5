package dev.orrery.app.monitor;

import dev.orrery.runtime.RunRef;
import dev.orrery.runtime.RunState;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * One run's row in the runs table. The row stays the same object for as long as the run is known;
 * newer snapshots only change its {@link #stateProperty() state}, which the table's cells follow one
 * by one. (Replacing the row object instead makes the table rebuild and repaint every visible cell.)
 */
public final class RunRow {
    private final RunRef ref;
    private final ReadOnlyObjectWrapper<RunState> state;

    RunRow(RunState first) {
        this.ref = first.ref();
        this.state = new ReadOnlyObjectWrapper<>(first);
    }

    public RunRef ref() {
        return ref;
    }

    /** The snapshot the table shows. */
    public RunState state() {
        return state.get();
    }

    public ReadOnlyObjectProperty<RunState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    void show(RunState newer) {
        if (!Objects.equals(newer.ref(), ref)) {
            throw new IllegalArgumentException(newer.ref() + " is not the run of this row (" + ref + ")");
        }
        state.set(newer);
    }

    @Override
    public String toString() {
        return "RunRow[" + state.get() + "]";
    }
}
