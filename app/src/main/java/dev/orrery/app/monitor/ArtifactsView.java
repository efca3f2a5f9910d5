package dev.orrery.app.monitor;

import dev.orrery.runtime.ArtifactRef;
import dev.orrery.runtime.NodeState;
import dev.orrery.runtime.RunState;
import dev.orrery.runtime.Runtime;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The selected run's artifacts: a table, download with a progress bar and a preview, both reading
 * through the run's runtime off the FX thread.
 */
final class ArtifactsView extends BorderPane {
    /** One row: the artifact and the step that produced it. */
    record Row(ArtifactRef ref, String step) {
    }

    private final MonitorThreads threads;
    private final Function<RunState, Runtime> runtimeOf;
    private final Consumer<String> onError;
    private final TableView<Row> table = new TableView<>();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label();
    private final BorderPane preview = new BorderPane(new Label("Select an artifact and press Preview"));
    private RunState run;

    ArtifactsView(MonitorThreads threads, Function<RunState, Runtime> runtimeOf, Consumer<String> onError) {
        this.threads = threads;
        this.runtimeOf = runtimeOf;
        this.onError = onError;
        setId("artifacts-view");
        table.setId("artifact-table");
        table.setPlaceholder(new Label("This run has no artifacts (yet)"));
        table.getColumns().add(column("Step", Row::step, 140));
        table.getColumns().add(column("Name", r -> r.ref().name(), 160));
        table.getColumns().add(column("Size", r -> ArtifactReads.human(r.ref().size()), 80));
        Button download = new Button("Download…", new FontIcon("mdi2d-download"));
        download.setId("artifact-download");
        download.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        download.setOnAction(e -> chooseAndDownload());
        Button show = new Button("Preview", new FontIcon("mdi2e-eye"));
        show.setId("artifact-preview");
        show.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        show.setOnAction(e -> preview(table.getSelectionModel().getSelectedItem()));
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && table.getSelectionModel().getSelectedItem() != null) {
                preview(table.getSelectionModel().getSelectedItem());
            }
        });
        progress.setId("artifact-progress");
        progress.setVisible(false);
        status.setId("artifact-status");
        HBox bar = new HBox(8, download, show, progress, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("monitor-toolbar");
        preview.setId("artifact-preview-pane");
        SplitPane split = new SplitPane(table, preview);
        split.setDividerPositions(0.45);
        setTop(bar);
        setCenter(split);
    }

    private static TableColumn<Row, String> column(String title, Function<Row, String> value, double width) {
        TableColumn<Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(r -> new ReadOnlyStringWrapper(value.apply(r.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** Shows the artifacts of a run's snapshot (cheap when they did not change). */
    void show(RunState state) {
        boolean sameRun = run != null && state != null && run.ref().equals(state.ref());
        run = state;
        List<Row> rows = new ArrayList<>();
        if (state != null) {
            for (NodeState n : state.nodes()) {
                for (ArtifactRef a : n.outputs().artifacts()) {
                    rows.add(new Row(a, n.displayName() != null ? n.displayName() : n.id()));
                }
            }
        }
        if (!rows.equals(table.getItems())) {
            Row selected = table.getSelectionModel().getSelectedItem();
            table.getItems().setAll(rows);
            if (sameRun && selected != null && rows.contains(selected)) {
                table.getSelectionModel().select(selected);
            }
        }
        if (!sameRun) {
            preview.setCenter(new Label("Select an artifact and press Preview"));
            status.setText("");
        }
    }

    private void chooseAndDownload() {
        Row row = table.getSelectionModel().getSelectedItem();
        FileChooser fc = new FileChooser();
        fc.setTitle("Download artifact " + row.ref().name());
        fc.setInitialFileName(row.ref().name());
        java.io.File f = fc.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (f != null) {
            download(row.ref(), f.toPath());
        }
    }

    /** Copies an artifact to {@code target} off the FX thread, with the progress bar moving. */
    CompletableFuture<Path> download(ArtifactRef ref, Path target) {
        Runtime rt = runtimeOf.apply(run);
        progress.setVisible(true);
        progress.setProgress(ref.size() > 0 ? 0 : ProgressBar.INDETERMINATE_PROGRESS);
        status.setText("Downloading " + ref.name() + "…");
        return threads.call(() -> ArtifactReads.copy(rt, ref, target,
                p -> Platform.runLater(() -> progress.setProgress(p))), p -> {
            progress.setProgress(1);
            status.setText("Saved " + ref.name() + " to " + p);
        }, e -> {
            progress.setVisible(false);
            status.setText("");
            onError.accept(UserMessages.of("Downloading " + ref.name(), e));
        });
    }

    private void preview(Row row) {
        Runtime rt = runtimeOf.apply(run);
        status.setText("Reading " + row.ref().name() + "…");
        threads.call(() -> ArtifactReads.preview(rt, row.ref()), read -> {
            preview.setCenter(read.content().node());
            status.setText(row.ref().name());
        }, e -> {
            status.setText("");
            onError.accept(UserMessages.of("Previewing " + row.ref().name(), e));
        });
    }

    TableView<Row> table() {
        return table;
    }

}
