package dev.orrery.designer.doc;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/**
 * The selected steps of the shown graph, by name, and requests to bring a step into view. An
 * empty selection means the pipeline itself is selected (the property sheet shows its settings).
 */
public final class Selection {
    private final ObservableSet<String> steps = FXCollections.observableSet(new LinkedHashSet<>());
    private final ReadOnlyObjectWrapper<RevealRequest> reveal = new ReadOnlyObjectWrapper<>(this, "reveal");
    private int revealCounter;

    /** Asks views to scroll a step into view; a new object each time so repeated requests still fire. */
    public record RevealRequest(String step, int serial) {
    }

    public ObservableSet<String> steps() {
        return steps;
    }

    /** The single selected step, or null when none or several are selected. */
    public String single() {
        return steps.size() == 1 ? steps.iterator().next() : null;
    }

    public boolean isSelected(String step) {
        return steps.contains(step);
    }

    public void select(String step) {
        selectAll(step == null ? List.of() : List.of(step));
    }

    public void selectAll(Collection<String> names) {
        Set<String> wanted = new LinkedHashSet<>(names);
        if (wanted.equals(steps)) {
            return;
        }
        steps.retainAll(wanted);
        steps.addAll(wanted);
    }

    public void toggle(String step) {
        if (!steps.remove(step)) {
            steps.add(step);
        }
    }

    public void clear() {
        steps.clear();
    }

    public void reveal(String step) {
        select(step);
        reveal.set(new RevealRequest(step, ++revealCounter));
    }

    public ReadOnlyObjectProperty<RevealRequest> revealProperty() {
        return reveal.getReadOnlyProperty();
    }
}
