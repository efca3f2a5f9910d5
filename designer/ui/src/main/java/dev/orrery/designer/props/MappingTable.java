package dev.orrery.designer.props;

import dev.orrery.core.model.EventTrigger;
import dev.orrery.core.model.Parameter;
import dev.orrery.core.model.ParameterMapping;
import dev.orrery.designer.doc.DesignDocument;
import dev.orrery.designer.job.TriggerEdits;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A trigger's parameter mappings as a table: the payload field (a gjson {@code dataKey}, or a Go template
 * {@code dataTemplate} when it has <code>{{</code>), the pipeline parameter it fills (one of the declared
 * parameters) and the default used when the event lacks the field. Adding, removing and each edit are one
 * undo step. Rows are rebuilt only when the mappings' count or the parameters change; otherwise they refresh.
 */
final class MappingTable {
    private final DesignDocument doc;
    private final String triggerName;
    private final VBox node = new VBox(6);
    private final VBox rows = new VBox(8);
    private final List<Field> fields = new ArrayList<>();
    private final List<ComboBox<String>> choices = new ArrayList<>();
    private Object shape;
    private boolean updating;

    MappingTable(DesignDocument doc, String triggerName) {
        this.doc = doc;
        this.triggerName = triggerName;
        rows.setId("trigger-mappings");
        Button add = new Button("Add mapping", new FontIcon("mdi2p-plus"));
        add.setId("mapping-add");
        add.setOnAction(e -> doc.execute(TriggerEdits.addMapping(doc, triggerName)));
        node.getChildren().addAll(rows, add);
        refresh();
    }

    Node node() {
        return node;
    }

    private Optional<EventTrigger> trigger() {
        return TriggerEdits.find(doc.pipeline(), triggerName);
    }

    private List<String> parameterNames() {
        return doc.pipeline().parameters.stream().map(p -> p.name == null ? "" : p.name).toList();
    }

    void refresh() {
        EventTrigger t = trigger().orElse(null);
        if (t == null) {
            return;
        }
        Object now = List.of(t.mappings.size(), parameterNames());
        if (!now.equals(shape)) {
            shape = now;
            rebuild(t);
        }
        fields.forEach(Field::refresh);
        updating = true;
        try {
            for (int i = 0; i < choices.size() && i < t.mappings.size(); i++) {
                Optional<Integer> index = t.mappings.get(i).parameterIndex();
                ComboBox<String> c = choices.get(i);
                if (index.isPresent() && index.get() < c.getItems().size()) {
                    c.getSelectionModel().select(index.get());
                } else {
                    c.getSelectionModel().clearSelection();
                    c.setPromptText(t.mappings.get(i).dest == null ? "(none)" : t.mappings.get(i).dest);
                }
            }
        } finally {
            updating = false;
        }
    }

    private void rebuild(EventTrigger t) {
        rows.getChildren().clear();
        fields.clear();
        choices.clear();
        if (t.mappings.isEmpty()) {
            Label none = new Label(doc.pipeline().parameters.isEmpty()
                    ? "No mappings. Declare pipeline parameters, then map payload fields to them."
                    : "No mappings: the run gets the parameters' defaults.");
            none.getStyleClass().add("form-note");
            none.setWrapText(true);
            rows.getChildren().add(none);
            return;
        }
        for (int i = 0; i < t.mappings.size(); i++) {
            addRow(i);
        }
    }

    private void addRow(int i) {
        TextField source = new TextField();
        source.setId("mapping-source-" + i);
        source.getStyleClass().add("mono");
        source.setPromptText("payload field, e.g. body.dataset");
        source.setPrefColumnCount(8);
        source.setTooltip(new Tooltip("A path into the event (body.dataset.uri), or a Go template ({{ .Input.body.x }})"));
        Field sourceField = new Field(source, () -> sourceText(mapping(i)), v -> null,
                v -> doc.execute(TriggerEdits.setMappingSource(doc, triggerName, i, v)));
        ComboBox<String> parameter = new ComboBox<>();
        parameter.setId("mapping-parameter-" + i);
        parameter.getItems().setAll(parameterNames());
        parameter.setMaxWidth(Double.MAX_VALUE);
        parameter.setPrefWidth(120);
        parameter.setMinWidth(60);
        parameter.setPromptText("parameter");
        parameter.setOnAction(e -> {
            int chosen = parameter.getSelectionModel().getSelectedIndex();
            if (!updating && chosen >= 0 && mapping(i).parameterIndex().orElse(-1) != chosen) {
                doc.execute(TriggerEdits.setMappingParameter(doc, triggerName, i, chosen));
            }
        });
        TextField value = new TextField();
        value.setId("mapping-default-" + i);
        value.setPromptText("none");
        value.setPrefColumnCount(5);
        value.setTooltip(new Tooltip("The value used when the event lacks the field"));
        Field valueField = new Field(value, () -> mapping(i).value == null ? "" : mapping(i).value, v -> null,
                v -> doc.execute(TriggerEdits.setMappingDefault(doc, triggerName, i, v)));
        Button remove = new Button(null, new FontIcon("mdi2c-close"));
        remove.setId("mapping-remove-" + i);
        remove.setTooltip(new Tooltip("Remove this mapping"));
        remove.setOnAction(e -> doc.execute(TriggerEdits.removeMapping(doc, triggerName, i)));
        // two lines a mapping, so a long payload path and a parameter name both read whole in a narrow sheet
        HBox.setHgrow(source, Priority.ALWAYS);
        HBox from = new HBox(6, source, remove);
        HBox.setHgrow(parameter, Priority.ALWAYS);
        Label arrow = new Label("\u2192 fills");
        arrow.setMinWidth(Region.USE_PREF_SIZE);
        Label orElse = new Label("default");
        orElse.setMinWidth(Region.USE_PREF_SIZE);
        HBox to = new HBox(6, arrow, parameter, orElse, value);
        to.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox row = new VBox(4, from, sourceField.message(), to);
        row.getStyleClass().add("mapping-row");
        row.setId("mapping-" + i);
        rows.getChildren().add(row);
        fields.add(sourceField);
        fields.add(valueField);
        choices.add(parameter);
    }

    private ParameterMapping mapping(int i) {
        EventTrigger t = trigger().orElseThrow();
        if (i >= t.mappings.size()) {
            throw new java.util.NoSuchElementException("mapping " + i);
        }
        return t.mappings.get(i);
    }

    static String sourceText(ParameterMapping m) {
        return m.dataTemplate != null ? m.dataTemplate : m.dataKey != null ? m.dataKey : "";
    }

    /** The declared parameter a mapping fills, or null (for tests and the form's note). */
    static Parameter target(DesignDocument doc, ParameterMapping m) {
        Optional<Integer> i = m.parameterIndex();
        return i.isPresent() && i.get() < doc.pipeline().parameters.size() ? doc.pipeline().parameters.get(i.get())
                : null;
    }
}
