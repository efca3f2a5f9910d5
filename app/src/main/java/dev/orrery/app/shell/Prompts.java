package dev.orrery.app.shell;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.Window;

/** The questions the shell asks the user; tests replace them with fixed answers. */
interface Prompts {
    enum Unsaved { SAVE, DISCARD, CANCEL }

    Unsaved unsavedChanges(String documentName);

    boolean confirm(String title, String message);

    <T> Optional<T> choose(String title, String message, List<T> options);

    void error(String title, String message);

    /** Dialogs owned by the window. */
    static Prompts dialogs(Window owner) {
        return new Prompts() {
            @Override
            public Unsaved unsavedChanges(String documentName) {
                ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
                ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
                Alert a = new Alert(Alert.AlertType.CONFIRMATION, "Save the changes to " + documentName + "?", save,
                        discard, ButtonType.CANCEL);
                a.initOwner(owner);
                a.setHeaderText("Unsaved changes");
                ButtonType answer = a.showAndWait().orElse(ButtonType.CANCEL);
                return answer == save ? Unsaved.SAVE : answer == discard ? Unsaved.DISCARD : Unsaved.CANCEL;
            }

            @Override
            public boolean confirm(String title, String message) {
                Alert a = new Alert(Alert.AlertType.CONFIRMATION, message, ButtonType.OK, ButtonType.CANCEL);
                a.initOwner(owner);
                a.setHeaderText(title);
                return a.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK;
            }

            @Override
            public <T> Optional<T> choose(String title, String message, List<T> options) {
                ChoiceDialog<T> d = new ChoiceDialog<>(options.get(0), options);
                d.initOwner(owner);
                d.setHeaderText(title);
                d.setContentText(message);
                return d.showAndWait();
            }

            @Override
            public void error(String title, String message) {
                Alert a = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
                a.initOwner(owner);
                a.setHeaderText(title);
                a.showAndWait();
            }
        };
    }
}
