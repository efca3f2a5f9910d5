package dev.orrery.app.shell;

import dev.orrery.core.diag.Diagnostic;
import dev.orrery.core.text.Counts;
import dev.orrery.designer.Designer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * Steps and problems on the left, the last edit in the middle, the zoom on the right; while the
 * monitor is in front, the monitor's facts (runs, the cluster) instead of the designer's.
 */
final class StatusBar extends HBox {
    final Label counts = new Label();
    final Label lastEdit = new Label();
    final Label zoom = new Label();
    final Label message = new Label();

    StatusBar(Designer designer, ObservableStringValue monitorText, ObservableBooleanValue monitorShown) {
        super(16);
        setId("status-bar");
        getStyleClass().add("status-bar");
        setPadding(new Insets(4, 10, 4, 10));
        setAlignment(Pos.CENTER_LEFT);
        counts.setId("status-counts");
        message.setId("status-message");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(counts, lastEdit, message, spacer, zoom);
        var doc = designer.document();
        doc.revisionProperty().addListener((o, a, b) -> message.setText("")); // a command's note outlives no edit
        final Label monitor = new Label();
        monitor.setId("status-monitor");
        monitor.textProperty().bind(monitorText);
        getChildren().add(0, monitor);
        // one set of facts at a time: the designer's counts mean nothing under the monitor
        for (Label l : new Label[] {counts, lastEdit, zoom}) {
            l.visibleProperty().bind(Bindings.not(monitorShown));
            l.managedProperty().bind(l.visibleProperty());
        }
        monitor.visibleProperty().bind(Bindings.createBooleanBinding(monitorShown::get, monitorShown));
        monitor.managedProperty().bind(monitor.visibleProperty());
        counts.textProperty().bind(Bindings.createStringBinding(() -> {
            int steps = doc.shownGraph() == null ? 0 : doc.shownGraph().steps.size();
            long errors = designer.problems().all().stream().filter(Diagnostic::isError).count();
            long others = designer.problems().all().size() - errors;
            return Counts.of(steps, "step") + " · " + Counts.of(errors, "error") + " · " + Counts.of(others, "warning");
        }, doc.revisionProperty(), designer.problems().all()));
        lastEdit.textProperty().bind(Bindings.createStringBinding(() -> {
            String d = doc.jobs().undoDescriptionProperty().get();
            return d.isEmpty() ? "" : "Last edit: " + d;
        }, doc.jobs().undoDescriptionProperty()));
        zoom.textProperty().bind(Bindings.createStringBinding(
                () -> Math.round(designer.canvas().viewport().scale() * 100) + "%",
                designer.canvas().viewport().scaleProperty()));
    }
}
