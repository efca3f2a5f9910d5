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

    /** What to do when the file to save was changed by another program since it was read. */
    enum ChangedOnDisk { RELOAD, OVERWRITE, SAVE_ELSEWHERE, CANCEL }

    Unsaved unsavedChanges(String documentName);

    ChangedOnDisk changedOnDisk(String fileName);

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
            public ChangedOnDisk changedOnDisk(String fileName) {
                ButtonType reload = new ButtonType("Reload", ButtonBar.ButtonData.LEFT);
                ButtonType overwrite = new ButtonType("Overwrite", ButtonBar.ButtonData.YES);
                ButtonType elsewhere = new ButtonType("Save elsewhere…", ButtonBar.ButtonData.OTHER);
                Alert a = new Alert(Alert.AlertType.WARNING, fileName + " was changed by another program since it"
                        + " was opened. Reload it (your unsaved edits are dropped), overwrite it (the other"
                        + " program's change is lost), or save your version elsewhere?", reload, overwrite, elsewhere,
                        ButtonType.CANCEL);
                a.initOwner(owner);
                a.setHeaderText("The file changed on disk");
                ButtonType answer = a.showAndWait().orElse(ButtonType.CANCEL);
                return answer == reload ? ChangedOnDisk.RELOAD : answer == overwrite ? ChangedOnDisk.OVERWRITE
                        : answer == elsewhere ? ChangedOnDisk.SAVE_ELSEWHERE : ChangedOnDisk.CANCEL;
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
