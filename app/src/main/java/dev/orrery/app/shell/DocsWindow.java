package dev.orrery.app.shell;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Help ▸ Documentation: the bundled guide, pages on the left, the selected page's text on the right.
 * Pages are listed and read on {@code io}; the FX thread only shows them.
 */
final class DocsWindow {
    private final ListView<DocsLibrary.Page> pages = new ListView<>();
    private final TextArea text = new TextArea();
    private final Executor io;
    private int ticket;

    private DocsWindow(Executor io) {
        this.io = io;
        pages.setId("docs-pages");
        text.setId("docs-text");
        text.setEditable(false);
        text.setWrapText(true);
        text.getStyleClass().add("mono");
        pages.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(DocsLibrary.Page p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.title());
            }
        });
        pages.getSelectionModel().selectedItemProperty().addListener((o, a, page) -> {
            if (page != null) {
                load(page);
            }
        });
    }

    static Stage show(Window owner, Executor io, List<String> stylesheets) {
        DocsWindow w = new DocsWindow(io);
        SplitPane split = new SplitPane(w.pages, w.text);
        split.setDividerPositions(0.24);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Documentation — Orrery");
        Scene scene = new Scene(split, 980, 680);
        scene.getStylesheets().addAll(stylesheets);
        stage.setScene(scene);
        stage.show();
        w.text.setText("Loading…");
        CompletableFuture.supplyAsync(() -> {
            try {
                return DocsLibrary.pages();
            } catch (java.io.IOException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, io).whenComplete((list, error) -> Platform.runLater(() -> {
            if (error != null || list.isEmpty()) {
                w.text.setText("The documentation is not part of this build."
                        + (error == null ? "" : "\n\n" + rootMessage(error)));
                return;
            }
            w.pages.getItems().setAll(list);
            w.pages.getSelectionModel().select(0);
        }));
        return stage;
    }

    private void load(DocsLibrary.Page page) {
        int mine = ++ticket;
        CompletableFuture.supplyAsync(() -> {
            try {
                return MarkdownText.readable(DocsLibrary.read(page));
            } catch (java.io.IOException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, io).whenComplete((body, error) -> Platform.runLater(() -> {
            if (mine != ticket) {
                return; // another page was chosen meanwhile
            }
            text.setText(error == null ? body : "Cannot show " + page.title() + ": " + rootMessage(error));
            text.positionCaret(0);
            text.setScrollTop(0);
        }));
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e.getCause() != null ? e.getCause() : e;
        return String.valueOf(t.getMessage());
    }
}
