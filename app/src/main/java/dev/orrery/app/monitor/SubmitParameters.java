package dev.orrery.app.monitor;

import dev.orrery.core.model.Parameter;
import dev.orrery.core.model.Pipeline;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.geometry.Insets;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * Asks for the values of a pipeline's parameters before a run is submitted, prefilled with the
 * pipeline's values (or defaults); a parameter with an enum offers its values. The answer holds
 * only the values the user changed: those are the overrides, as {@code -p name=value} on the CLI.
 */
public final class SubmitParameters {
    /** Width of the value column; descriptions wrap at it. */
    private static final double VALUE_WIDTH = 380;

    private SubmitParameters() {
    }

    /** What a parameter runs with when nothing overrides it (empty when it has no value or default). */
    static String initial(Parameter p) {
        String text = p.effectiveText();
        return text == null ? "" : text;
    }

    /**
     * Shows the dialog and waits for it.
     *
     * @param target where the run goes, for the title ("this computer", a cluster's name)
     * @return the changed values by name (empty when nothing changed), or empty when cancelled
     */
    public static Optional<Map<String, String>> ask(Window owner, Pipeline pipeline, String target) {
        Dialog<Map<String, String>> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Run with parameters");
        dialog.setHeaderText("Run " + pipeline.displayName() + " on " + target);
        ButtonType run = new ButtonType("Run", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(run, ButtonType.CANCEL);
        dialog.getDialogPane().setId("submit-parameters");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(4);
        // names take the width they need (never "…"); the value column has a fixed width and a
        // description wraps under its field, so a long one makes the dialog taller, not wider
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints(VALUE_WIDTH);
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(names, values);
        Map<String, TextInputControl> fields = new LinkedHashMap<>();
        int row = 0;
        for (Parameter p : pipeline.parameters) {
            if (p.name == null) {
                continue;
            }
            Label name = new Label(p.name);
            name.setId("param-name-" + p.name);
            name.setMinWidth(Region.USE_PREF_SIZE);
            Node input = input(p, fields);
            grid.addRow(row++, name, input);
            if (p.description != null && !p.description.isBlank()) {
                Label hint = new Label(p.description);
                hint.getStyleClass().add("text-muted");
                hint.setId("param-description-" + p.name);
                hint.setWrapText(true);
                hint.setPrefWidth(VALUE_WIDTH);
                hint.setMinHeight(Region.USE_PREF_SIZE);
                grid.add(hint, 1, row++);
                GridPane.setMargin(hint, new Insets(0, 0, 6, 0));
            }
        }
        dialog.getDialogPane().setContent(grid);
        dialog.setResultConverter(button -> button == run ? changed(pipeline, fields) : null);
        return dialog.showAndWait();
    }

    private static Node input(Parameter p, Map<String, TextInputControl> fields) {
        String initial = initial(p);
        if (p.enumValues != null && !p.enumValues.isEmpty()) {
            ComboBox<String> choice = new ComboBox<>();
            choice.setEditable(true);
            choice.setMaxWidth(Double.MAX_VALUE);
            p.enumValues.forEach(v -> choice.getItems().add(v.asText()));
            choice.setValue(initial);
            choice.setId("param-" + p.name);
            fields.put(p.name, choice.getEditor());
            return choice;
        }
        TextField field = new TextField(initial);
        field.setId("param-" + p.name);
        field.setMaxWidth(Double.MAX_VALUE);
        fields.put(p.name, field);
        return field;
    }

    static Map<String, String> changed(Pipeline pipeline, Map<String, TextInputControl> fields) {
        Map<String, String> overrides = new LinkedHashMap<>();
        for (Parameter p : pipeline.parameters) {
            TextInputControl f = fields.get(p.name);
            if (f != null && !f.getText().equals(initial(p))) {
                overrides.put(p.name, f.getText());
            }
        }
        return overrides;
    }
}
