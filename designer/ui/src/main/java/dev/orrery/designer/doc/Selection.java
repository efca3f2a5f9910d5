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
 * The selected steps of the shown graph, by name, or the selected edge, or the selected event
 * trigger, and requests to bring a step into view. Nothing selected means the pipeline itself is selected (the property sheet shows
 * its settings). Selecting steps clears the edge and selecting an edge clears the steps.
 */
public final class Selection {
    private final ObservableSet<String> steps = FXCollections.observableSet(new LinkedHashSet<>());
    private final ReadOnlyObjectWrapper<RevealRequest> reveal = new ReadOnlyObjectWrapper<>(this, "reveal");
    private final ReadOnlyObjectWrapper<Edge> edge = new ReadOnlyObjectWrapper<>(this, "edge");
    private final ReadOnlyObjectWrapper<String> trigger = new ReadOnlyObjectWrapper<>(this, "trigger");
    private int revealCounter;

    /** An edge of the shown graph: step {@code to} runs after step {@code from}. */
    public record Edge(String from, String to) {
    }

    public Selection() {
        steps.addListener((javafx.collections.SetChangeListener<String>) c -> {
            if (!steps.isEmpty()) {
                edge.set(null);
                trigger.set(null);
            }
        });
    }

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
        edge.set(null);
        trigger.set(null);
    }

    /** Selects an edge instead of steps; null clears it. */
    public void selectEdge(Edge e) {
        if (e != null) {
            steps.clear();
            trigger.set(null);
        }
        edge.set(e);
    }

    /** The selected edge, or null. */
    public Edge edge() {
        return edge.get();
    }

    public ReadOnlyObjectProperty<Edge> edgeProperty() {
        return edge.getReadOnlyProperty();
    }

    /** Selects an event trigger of the pipeline (by name) instead of steps or an edge; null clears it. */
    public void selectTrigger(String name) {
        if (name != null) {
            steps.clear();
            edge.set(null);
        }
        trigger.set(name);
    }

    /** The selected trigger's name, or null. */
    public String trigger() {
        return trigger.get();
    }

    public ReadOnlyObjectProperty<String> triggerProperty() {
        return trigger.getReadOnlyProperty();
    }

    public void reveal(String step) {
        select(step);
        reveal.set(new RevealRequest(step, ++revealCounter));
    }

    public ReadOnlyObjectProperty<RevealRequest> revealProperty() {
        return reveal.getReadOnlyProperty();
    }
}
