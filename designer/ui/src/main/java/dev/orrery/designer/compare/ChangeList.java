package dev.orrery.designer.compare;

import dev.orrery.core.diff.Change;
import dev.orrery.core.diff.ChangeKind;
import dev.orrery.core.diff.UnionGraph;
import dev.orrery.core.diff.ValueText;
import dev.orrery.core.text.Counts;
import java.util.List;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The side panel of a comparison, where the property sheet is while editing: for the selected step what
 * changed in it, each field's path with its value in the other version beside its value now; with no
 * step selected, the counts and the changes that belong to the whole pipeline (settings, parameters,
 * templates).
 */
public final class ChangeList extends ScrollPane {
    private final Comparison comparison;
    private final Label title = new Label();
    private final Label subtitle = new Label();
    private final GridPane rows = new GridPane();
    private final Label hint = new Label();

    ChangeList(Comparison comparison) {
        this.comparison = comparison;
        setId("compare-panel");
        getStyleClass().add("compare-panel");
        title.getStyleClass().add("compare-title");
        title.setWrapText(true);
        subtitle.getStyleClass().add("compare-subtitle");
        subtitle.setWrapText(true);
        hint.getStyleClass().add("compare-hint");
        hint.setWrapText(true);
        rows.setId("compare-changes");
        rows.getStyleClass().add("compare-changes");
        rows.setHgap(10);
        rows.setVgap(6);
        ColumnConstraints path = new ColumnConstraints();
        path.setPercentWidth(34);
        ColumnConstraints value = new ColumnConstraints();
        value.setPercentWidth(33);
        rows.getColumnConstraints().addAll(path, value, value);
        VBox content = new VBox(10, title, subtitle, rows, hint);
        content.getStyleClass().add("compare-panel-content");
        setContent(content);
        setFitToWidth(true);
        showStep(null);
    }

    /** Shows one step's changes by its union name; null shows the pipeline's changes. */
    void showStep(String unionName) {
        rows.getChildren().clear();
        UnionGraph.Node node = unionName == null ? null : comparison.union().node(unionName).orElse(null);
        if (node == null) {
            int[] n = comparison.stepCounts();
            title.setText("Comparing with " + comparison.label());
            subtitle.setText(comparison.diff().isEmpty() ? "The two versions do not differ."
                    : Counts.of(n[0], "step") + " added, " + n[1] + " removed, " + n[2] + " changed; "
                            + Counts.of(comparison.diff().changes().size(), "change") + " in all.");
            List<Change> rest = comparison.pipelineChanges();
            if (!rest.isEmpty()) {
                header("Pipeline");
                rest.forEach(this::row);
            }
            hint.setText("Select a step to see what changed in it.");
            return;
        }
        title.setText(node.name());
        subtitle.setText(describe(node));
        List<Change> changes = comparison.changesOf(unionName);
        if (!changes.isEmpty()) {
            header("Field");
            changes.forEach(this::row);
        }
        hint.setText(changes.isEmpty() ? "Nothing changed in this step." : "");
    }

    private String describe(UnionGraph.Node n) {
        boolean templateOnly = n.mark() == UnionGraph.Mark.UNCHANGED && !comparison.changesOf(n.name()).isEmpty();
        return switch (n.mark()) {
            case ADDED -> "Added: not in " + comparison.label() + ".";
            case REMOVED -> "Removed: only in " + comparison.label() + ".";
            case CHANGED -> n.oldName() != null && !n.oldName().equals(n.name())
                    ? "Changed (" + n.oldName() + " in " + comparison.label() + ")." : "Changed.";
            case UNCHANGED -> templateOnly ? "Runs a shared template that changed." : "Unchanged.";
        };
    }

    private void header(String first) {
        int r = rows.getRowCount();
        rows.add(cell(first, "compare-header"), 0, r);
        rows.add(cell(comparison.label(), "compare-header"), 1, r);
        rows.add(cell("This version", "compare-header"), 2, r);
    }

    /** A field's change as path, old and new; any other change as one line across. */
    private void row(Change c) {
        int r = rows.getRowCount();
        if (isField(c)) {
            rows.add(cell(c.path(), "change-path"), 0, r);
            rows.add(cell(ValueText.of(c.before()), "change-old"), 1, r);
            rows.add(cell(ValueText.of(c.after()), "change-new"), 2, r);
        } else {
            Label l = cell(c.summary(), "change-line");
            rows.add(l, 0, r, 3, 1);
            GridPane.setHalignment(l, HPos.LEFT);
        }
    }

    private static boolean isField(Change c) {
        return c.kind() == ChangeKind.STEP_CHANGED || c.kind() == ChangeKind.TEMPLATE_CHANGED
                || c.kind() == ChangeKind.SETTING_CHANGED || c.kind() == ChangeKind.PARAMETER_CHANGED;
    }

    private static Label cell(String text, String styleClass) {
        Label l = new Label(text);
        l.getStyleClass().add(styleClass);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        GridPane.setHgrow(l, Priority.ALWAYS);
        return l;
    }

    /** The rows shown, each as its cells' texts (tests and tools). */
    public List<List<String>> shownRows() {
        java.util.Map<Integer, List<String>> byRow = new java.util.TreeMap<>();
        rows.getChildren().forEach(n -> byRow.computeIfAbsent(GridPane.getRowIndex(n) == null ? 0 : GridPane.getRowIndex(n),
                k -> new java.util.ArrayList<>()).add(((Label) n).getText()));
        return List.copyOf(byRow.values());
    }

    public String titleText() {
        return title.getText();
    }
}
