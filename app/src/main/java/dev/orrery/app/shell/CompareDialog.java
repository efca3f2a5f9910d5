package dev.orrery.app.shell;

import dev.orrery.app.cli.GitFiles;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * "Compare with…": the open file's commits (id, date, author, message) to pick one from, or another file.
 * When there are no commits to list, the dialog says why (not saved, not in Git, new) and offers the
 * file. Not modal to the FX thread: it answers through the callbacks when closed.
 */
final class CompareDialog {
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneId.systemDefault());
    private static final ButtonType COMPARE = new ButtonType("Compare", ButtonBar.ButtonData.OK_DONE);
    private static final ButtonType FILE = new ButtonType("Other File…", ButtonBar.ButtonData.LEFT);

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final TableView<GitFiles.Commit> commits = new TableView<>();

    /**
     * @param fileName the open file's name, or null when the pipeline has no file
     * @param history the commits to list, or why there are none
     */
    CompareDialog(Window owner, String fileName, CompareSources.History history, Consumer<GitFiles.Commit> onRevision,
            Runnable onFile) {
        String why = history.why();
        dialog.initOwner(owner);
        dialog.setTitle("Compare with");
        dialog.setHeaderText(fileName == null ? "Compare the pipeline with another file"
                : "Compare " + fileName + " with a revision or another file");
        dialog.getDialogPane().setId("compare-dialog");
        commits.setId("compare-commits");
        commits.getColumns().add(column("Commit", 90, c -> c.shortId()));
        commits.getColumns().add(column("Date", 150, c -> DATE.format(c.when())));
        commits.getColumns().add(column("Author", 200, GitFiles.Commit::author));
        commits.getColumns().add(column("Message", 460, GitFiles.Commit::message));
        commits.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // wide enough that ids, dates and authors are read whole; the dialog can be made wider for messages
        commits.setPrefSize(920, 320);
        commits.setMinWidth(920);
        dialog.setResizable(true);
        List<GitFiles.Commit> list = history.commits();
        commits.getItems().setAll(list);
        Label message = new Label(why);
        message.setId("compare-dialog-message");
        message.setWrapText(true);
        message.setMaxWidth(900);
        VBox content = new VBox(10);
        if (why != null) {
            content.getChildren().add(message);
        }
        if (!list.isEmpty()) {
            content.getChildren().addAll(new Label("Commits that changed " + fileName + ", newest first:"), commits);
        }
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(FILE, ButtonType.CANCEL);
        if (!list.isEmpty()) {
            dialog.getDialogPane().getButtonTypes().add(0, COMPARE);
            Button compare = (Button) dialog.getDialogPane().lookupButton(COMPARE);
            compare.setId("compare-revision");
            compare.disableProperty().bind(commits.getSelectionModel().selectedItemProperty().isNull());
            commits.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && commits.getSelectionModel().getSelectedItem() != null) {
                    compare.fire();
                }
            });
        }
        ((Button) dialog.getDialogPane().lookupButton(FILE)).setId("compare-file");
        dialog.setResultConverter(b -> b);
        dialog.setOnHidden(e -> {
            ButtonType answer = dialog.getResult();
            if (answer == COMPARE && commits.getSelectionModel().getSelectedItem() != null) {
                onRevision.accept(commits.getSelectionModel().getSelectedItem());
            } else if (answer == FILE) {
                onFile.run();
            }
        });
    }

    private static TableColumn<GitFiles.Commit, String> column(String title, double width,
            java.util.function.Function<GitFiles.Commit, String> text) {
        TableColumn<GitFiles.Commit, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new SimpleStringProperty(text.apply(d.getValue())));
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                // a long message still shortens: the whole of it on hover
                setTooltip(empty || item == null ? null : new javafx.scene.control.Tooltip(item));
            }
        });
        c.setSortable(false);
        return c;
    }

    void show() {
        dialog.show();
    }
}
