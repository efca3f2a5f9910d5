package dev.orrery.designer.props;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * One editable value of the property sheet: shows the model's text, checks what the user typed
 * (flagging it at the field with the reason), and commits a valid change as a job on Enter (Ctrl+Enter
 * in multi-line fields) or when the field loses focus. Escape goes back to the model's value.
 */
final class Field {
    static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final TextInputControl input;
    private final Supplier<String> read;
    private final Function<String, String> check;
    private final Consumer<String> write;
    private final Label message = new Label();

    Field(TextInputControl input, Supplier<String> read, Function<String, String> check, Consumer<String> write) {
        this.input = input;
        this.read = read;
        this.check = check;
        this.write = write;
        message.getStyleClass().add("field-message");
        message.setWrapText(true);
        message.setVisible(false);
        message.setManaged(false);
        input.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commit();
            }
        });
        input.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean multiLine = input instanceof TextArea;
            if (e.getCode() == KeyCode.ENTER && (!multiLine || e.isShortcutDown())) {
                commit();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                input.setText(read.get());
                flag(null);
                e.consume();
            }
        });
        input.textProperty().addListener((o, a, b) -> {
            if (input.isFocused()) {
                flag(check.apply(b));
            }
        });
        refresh();
    }

    /** Shows the model's value, unless the user is typing in this field. */
    void refresh() {
        if (!input.isFocused()) {
            String value;
            try {
                value = read.get();
            } catch (java.util.NoSuchElementException gone) {
                return; // the form is about to be replaced: its step no longer exists
            }
            if (!value.equals(input.getText())) {
                input.setText(value);
            }
            flag(null);
        }
    }

    void commit() {
        String text = input.getText();
        String current;
        try {
            current = read.get();
        } catch (java.util.NoSuchElementException gone) {
            return; // the step was deleted or replaced while this field was being edited
        }
        if (text.equals(current)) {
            flag(null);
            return;
        }
        String problem = check.apply(text);
        flag(problem);
        if (problem == null) {
            write.accept(text);
        }
    }

    private void flag(String problem) {
        input.pseudoClassStateChanged(INVALID, problem != null);
        message.setText(problem == null ? "" : problem);
        message.setVisible(problem != null);
        message.setManaged(problem != null);
        input.setTooltip(problem == null ? null : new Tooltip(problem));
    }

    TextInputControl input() {
        return input;
    }

    Label message() {
        return message;
    }

    /** True while the field shows a value that was rejected. */
    boolean isInvalid() {
        return input.getPseudoClassStates().contains(INVALID);
    }
}
