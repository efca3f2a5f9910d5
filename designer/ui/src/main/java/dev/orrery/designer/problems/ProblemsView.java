package dev.orrery.designer.problems;

import dev.orrery.core.diag.Diagnostic;
import dev.orrery.core.diag.Severity;
import dev.orrery.designer.doc.DesignDocument;
import dev.orrery.designer.doc.Problems;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;

/** The validator's findings as a table; double-click a row to select its step on the canvas. */
public final class ProblemsView extends TableView<Diagnostic> {

    public ProblemsView(DesignDocument doc, Problems problems) {
        super(problems.all());
        setId("problems");
        getStyleClass().add("orrery-problems");
        setPlaceholder(new javafx.scene.control.Label("No problems"));
        TableColumn<Diagnostic, Severity> severity = new TableColumn<>("");
        severity.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue().severity()));
        severity.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Severity s, boolean empty) {
                super.updateItem(s, empty);
                if (empty || s == null) {
                    setGraphic(null);
                    return;
                }
                FontIcon icon = new FontIcon(s == Severity.INFO ? MaterialDesignI.INFORMATION_OUTLINE
                        : s == Severity.WARNING ? MaterialDesignA.ALERT : MaterialDesignA.ALERT_CIRCLE);
                icon.getStyleClass().add("severity-" + s.label());
                setGraphic(icon);
            }
        });
        severity.setPrefWidth(34);
        TableColumn<Diagnostic, String> where = new TableColumn<>("Where");
        where.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().location().modelPath()));
        where.setPrefWidth(220);
        TableColumn<Diagnostic, String> message = new TableColumn<>("Problem");
        message.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().message()));
        message.setPrefWidth(640);
        getColumns().add(severity);
        getColumns().add(where);
        getColumns().add(message);
        setRowFactory(t -> {
            TableRow<Diagnostic> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    String step = row.getItem().location().step();
                    String trigger = triggerOf(doc, row.getItem());
                    if (trigger != null) {
                        doc.selection().selectTrigger(trigger);
                    } else if (step != null && doc.step(step).isPresent()) {
                        doc.selection().reveal(step);
                    } else if (step != null && doc.shownGraph() != null) {
                        doc.shownGraph().steps.stream().filter(s -> step.equals(s.template)).findFirst()
                                .ifPresent(s -> doc.selection().reveal(s.name));
                    }
                }
            });
            return row;
        });
    }

    /** The trigger a finding is about ({@code triggers.NAME…}), when the pipeline has it; else null. */
    static String triggerOf(DesignDocument doc, Diagnostic d) {
        String field = d.location().field();
        if (d.location().step() != null || field == null || !field.startsWith("triggers.")) {
            return null;
        }
        return doc.pipeline().triggers.stream().map(t -> t.name).filter(n -> n != null
                && (field.equals("triggers." + n) || field.startsWith("triggers." + n + "."))).findFirst().orElse(null);
    }
}
