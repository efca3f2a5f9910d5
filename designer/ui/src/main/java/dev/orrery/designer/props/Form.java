package dev.orrery.designer.props;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** A two-column form (label, field) with section headings, building {@link Field}s. */
class Form extends GridPane {
    private final List<Field> fields = new ArrayList<>();
    private final List<CodeField> codeFields = new ArrayList<>();
    private final List<Runnable> refreshers = new ArrayList<>();
    private int row;

    Form() {
        getStyleClass().add("orrery-form");
        setHgap(8);
        setVgap(6);
        setPadding(new Insets(10));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setFillWidth(true);
        getColumnConstraints().addAll(labels, values);
    }

    void section(String title) {
        Label l = new Label(title);
        l.getStyleClass().add("form-section");
        add(l, 0, row++, 2, 1);
    }

    /** A node across both columns, on its own row. */
    void wide(Node n) {
        add(n, 0, row++, 2, 1);
    }

    void note(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("form-note");
        l.setWrapText(true);
        add(l, 0, row++, 2, 1);
    }

    Field text(String label, String id, Supplier<String> read, Function<String, String> check, Consumer<String> write) {
        TextField tf = new TextField();
        return add(label, id, tf, read, check, write);
    }

    Field area(String label, String id, int rows, Supplier<String> read, Function<String, String> check,
            Consumer<String> write) {
        TextArea ta = new TextArea();
        ta.setPrefRowCount(rows);
        ta.getStyleClass().add("mono");
        return add(label, id, ta, read, check, write);
    }

    private Field add(String label, String id, javafx.scene.control.TextInputControl input, Supplier<String> read,
            Function<String, String> check, Consumer<String> write) {
        input.setId(id);
        Field f = new Field(input, read, check, write);
        Label l = new Label(label);
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.setLabelFor(input);
        l.getStyleClass().add("form-label");
        VBox box = new VBox(2, input, f.message());
        add(l, 0, row);
        add(box, 1, row++);
        fields.add(f);
        return f;
    }

    /** A highlighted code editor across both columns, under its label. */
    CodeField code(String label, String id, Supplier<String> read, Consumer<String> write) {
        CodeField f = new CodeField(id, read, write);
        Label l = new Label(label);
        l.getStyleClass().add("form-label");
        add(l, 0, row++, 2, 1);
        add(f.node(), 0, row++, 2, 1);
        codeFields.add(f);
        return f;
    }

    /** Something else the form refreshes with its fields (a section that rebuilds its own rows). */
    void refreshing(Runnable refresh) {
        refreshers.add(refresh);
    }

    void custom(String label, Node node) {
        add(new Label(label), 0, row);
        add(node, 1, row++);
    }

    void refresh() {
        fields.forEach(Field::refresh);
        codeFields.forEach(CodeField::refresh);
        refreshers.forEach(Runnable::run);
    }

    static String none(String ignored) {
        return null;
    }
}
