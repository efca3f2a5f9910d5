package dev.orrery.app.monitor;

import dev.orrery.core.refs.Bindings;
import dev.orrery.designer.canvas.Dependency;
import dev.orrery.runtime.ArtifactRef;
import dev.orrery.runtime.EdgeFlow;
import dev.orrery.runtime.RunState;
import dev.orrery.runtime.Runtime;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The edge selected on a run's graph: what flowed on it ({@link EdgeFlow}). Each artifact with its
 * size, a preview of its first bytes and Download; each parameter with its value; before the producer
 * has finished, that it has not; for an edge without bindings, that it only orders. Artifacts are
 * read through the run's runtime on monitor threads, so this works alike for runs on this computer
 * and on a cluster.
 */
final class EdgeDataView extends BorderPane {
    private final MonitorThreads threads;
    private final Function<RunState, Runtime> runtimeOf;
    private final Consumer<String> onError;
    private final Label title = new Label("Select an edge on the graph to see what flowed on it");
    private final Label status = new Label();
    private final VBox flows = new VBox(10);
    private EdgeFlow shown;
    private RunState run;
    /** Bumped on each rebuild: previews read for an earlier one are dropped. */
    private int generation;

    EdgeDataView(MonitorThreads threads, Function<RunState, Runtime> runtimeOf, Consumer<String> onError) {
        this.threads = threads;
        this.runtimeOf = runtimeOf;
        this.onError = onError;
        setId("edge-view");
        getStyleClass().add("edge-view");
        title.setId("edge-title");
        title.getStyleClass().add("edge-title");
        status.setId("edge-status");
        status.setWrapText(true);
        VBox top = new VBox(4, title, status);
        top.getStyleClass().add("monitor-toolbar");
        ScrollPane scroll = new ScrollPane(flows);
        scroll.setFitToWidth(true);
        flows.getStyleClass().add("edge-flows");
        setTop(top);
        setCenter(scroll);
    }

    /**
     * Shows what flowed on {@code edge} in the run's snapshot (null edge: nothing selected; null
     * bindings: the run's graph is not loaded yet). Cheap when nothing changed: previews are read
     * again only when the edge or its outputs changed.
     */
    void show(RunState state, Bindings bindings, Dependency edge) {
        EdgeFlow flow = state == null || edge == null || bindings == null ? null
                : EdgeFlow.of(bindings, state, edge.from(), edge.to());
        boolean sameRun = run != null && state != null && run.ref().equals(state.ref());
        run = state;
        if (sameRun && Objects.equals(flow, shown)) {
            return;
        }
        shown = flow;
        generation++;
        flows.getChildren().clear();
        status.setText("");
        if (flow == null) {
            title.setText("Select an edge on the graph to see what flowed on it");
            return;
        }
        title.setText(flow.producer() + " → " + flow.consumer());
        if (flow.onlyOrders()) {
            status.setText("This edge only orders: " + flow.consumer() + " runs after " + flow.producer()
                    + "; no artifact or parameter flows on it.");
            return;
        }
        for (EdgeFlow.Flow f : flow.flows()) {
            if (f.absence() != null) {
                flows.getChildren().add(styled(new Label(f.absence()), "edge-absence"));
            } else if (f.isArtifact()) {
                f.artifacts().forEach(a -> flows.getChildren().add(artifact(f, a)));
            } else {
                flows.getChildren().add(styled(new Label(f.describeValue() + into(f)), "edge-parameter"));
            }
        }
    }

    /** One artifact: name, size, Download, and its preview read off the FX thread. */
    private VBox artifact(EdgeFlow.Flow f, ArtifactRef ref) {
        Label name = styled(new Label(ref.name() + into(f)), "edge-artifact-name");
        name.setGraphic(new FontIcon("mdi2f-file-outline"));
        Label size = styled(new Label(ref.size() >= 0 ? ArtifactReads.human(ref.size()) : "size unknown"),
                "edge-artifact-size");
        Button download = new Button("Download…", new FontIcon("mdi2d-download"));
        download.getStyleClass().add("edge-artifact-download");
        download.setOnAction(e -> chooseAndDownload(ref));
        HBox head = new HBox(10, name, size, download);
        head.setAlignment(Pos.CENTER_LEFT);
        BorderPane preview = new BorderPane(new Label("Reading " + ref.name() + "…"));
        preview.getStyleClass().add("edge-artifact-preview");
        preview.setPrefHeight(180);
        int asked = generation;
        Runtime rt;
        try {
            rt = runtimeOf.apply(run);
        } catch (RuntimeException gone) {
            // the run's source was disconnected: say so where the preview would be
            preview.setCenter(new Label(UserMessages.of("Previewing " + ref.name(), gone)));
            download.setDisable(true);
            return styled(new VBox(6, head, preview), "edge-artifact");
        }
        threads.call(() -> ArtifactReads.preview(rt, ref), read -> {
            if (asked == generation) {
                preview.setCenter(read.content().node());
                if (ref.size() < 0 && read.size() >= 0) {
                    size.setText(ArtifactReads.human(read.size()));
                }
            }
        }, e -> {
            if (asked == generation) {
                preview.setCenter(new Label(UserMessages.of("Previewing " + ref.name(), e)));
            }
        });
        return styled(new VBox(6, head, preview), "edge-artifact");
    }

    /** {@code  → evaluate's input weights} when the consumer names the input otherwise. */
    private static String into(EdgeFlow.Flow f) {
        return f.binding().input().equals(f.name()) ? "" : "  → " + f.binding().consumer() + "'s input "
                + f.binding().input();
    }

    private void chooseAndDownload(ArtifactRef ref) {
        FileChooser fc = new FileChooser();
        fc.setTitle("Download artifact " + ref.name());
        fc.setInitialFileName(ref.name());
        java.io.File f = fc.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (f != null) {
            download(ref, f.toPath());
        }
    }

    /** Copies an artifact of the shown run to {@code target} off the FX thread. */
    CompletableFuture<Path> download(ArtifactRef ref, Path target) {
        Runtime rt;
        try {
            rt = runtimeOf.apply(run);
        } catch (RuntimeException gone) {
            onError.accept(UserMessages.of("Downloading " + ref.name(), gone));
            return CompletableFuture.failedFuture(gone);
        }
        status.setText("Downloading " + ref.name() + "…");
        return threads.call(() -> ArtifactReads.copy(rt, ref, target, p -> { }),
                p -> status.setText("Saved " + ref.name() + " to " + p), e -> {
                    status.setText("");
                    onError.accept(UserMessages.of("Downloading " + ref.name(), e));
                });
    }

    /** The edge's flow shown now, or null. */
    EdgeFlow shown() {
        return shown;
    }

    private static <T extends javafx.scene.Node> T styled(T node, String styleClass) {
        node.getStyleClass().add(styleClass);
        return node;
    }
}
