package dev.orrery.app.compare;

import dev.orrery.runtime.compare.ComparisonCsv;
import dev.orrery.runtime.compare.RunComparison;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Runs compared: a bar with what differs, the metric chooser and "Export CSV…"; tabs for the table
 * ({@link ComparisonTable}), the charts ({@link #chartsArea()}) and the pipeline differences
 * ({@link PipelineDifferencesView}). It shows what it is given ({@link #show}); reading runs is the
 * caller's. FX thread; the CSV file is written on the given executor.
 */
public final class ComparisonView extends BorderPane {
    private final Executor background;
    private final ComparisonTable table = new ComparisonTable();
    private final MetricChooser chooser = new MetricChooser();
    private final PipelineDifferencesView pipeline = new PipelineDifferencesView();
    private final StackPane charts = new StackPane();
    private final ComparisonCharts chartsView = new ComparisonCharts();
    /** The charts show an older comparison: drawn again when their tab is next shown. */
    private boolean chartsBehind;
    private final Label summary = new Label();
    private final Label status = new Label();
    private final Button export = new Button("Export CSV…", new FontIcon("mdi2f-file-delimited-outline"));
    private final TabPane tabs = new TabPane();
    private final ReadOnlyObjectWrapper<RunComparison> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private RunComparison all;
    private Function<Window, Path> csvDestination = ComparisonView::chooseCsvFile;

    /** @param background where the CSV file is written (never the FX thread) */
    public ComparisonView(Executor background) {
        this.background = Objects.requireNonNull(background, "background");
        setId("compare-view");
        getStyleClass().add("compare-view");
        summary.setId("compare-summary");
        summary.getStyleClass().add("compare-summary");
        status.setId("compare-status");
        status.getStyleClass().add("compare-status");
        export.setId("compare-export-csv");
        export.setTooltip(new Tooltip("Save the table as CSV: the runs, their parameters and the shown metrics"));
        export.setOnAction(e -> exportCsv());
        export.setDisable(true);
        chooser.setOnChange(chosen -> showChosen());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, summary, gap, chooser, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("compare-bar");
        VBox top = new VBox(bar, status);
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        status.visibleProperty().bind(status.managedProperty());

        charts.setId("compare-charts");
        Tab tableTab = new Tab("Table", table.view());
        tableTab.setId("compare-tab-table");
        Tab chartsTab = new Tab("Charts", charts);
        chartsTab.setId("compare-tab-charts");
        Tab pipelineTab = new Tab("Pipeline", pipeline);
        pipelineTab.setId("compare-tab-pipeline");
        tabs.getTabs().addAll(tableTab, chartsTab, pipelineTab);
        // charts of a thousand runs take a moment to build: only while their tab is shown
        charts.getChildren().add(chartsView);
        chartsTab.selectedProperty().addListener((o, was, is) -> updateCharts());
        shown.addListener((o, a, b) -> {
            chartsBehind = true;
            updateCharts();
        });
        tabs.getTabs().forEach(t -> t.setClosable(false));
        tabs.setId("compare-tabs");
        setTop(top);
        setCenter(tabs);
    }

    /**
     * Shows runs compared: every parameter, and the metrics the user chose among all the runs reported
     * (a metric not seen before is shown). Call again as more is known (metrics read).
     */
    public void show(RunComparison comparison) {
        all = comparison;
        chooser.offer(comparison.allMetrics());
        export.setDisable(comparison.runs().isEmpty());
        showChosen();
    }

    private void showChosen() {
        if (all == null) {
            return;
        }
        RunComparison c = all.withMetrics(chooser.chosen());
        table.show(c);
        long params = c.parameters().stream().filter(c::parameterDiffers).count();
        long metrics = c.metrics().stream().filter(c::metricDiffers).count();
        summary.setText(c.runs().size() + (c.runs().size() == 1 ? " run" : " runs") + " · " + params + " of "
                + c.parameters().size() + " parameters differ · " + metrics + " of " + c.metrics().size()
                + " shown metrics differ");
        shown.set(c);
    }

    private void updateCharts() {
        Tab chartsTab = tabs.getTabs().size() > 1 ? tabs.getTabs().get(1) : null;
        if (chartsBehind && chartsTab != null && chartsTab.isSelected() && shown.get() != null) {
            chartsBehind = false;
            chartsView.show(shown.get());
        }
    }

    /** The charts of the shown comparison (bars, lines, parallel coordinates). */
    public ComparisonCharts charts() {
        return chartsView;
    }

    /** What the table shows now: the runs with the chosen metrics (the charts follow it). */
    public ReadOnlyObjectProperty<RunComparison> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** A line under the bar (reading, problems); empty hides it. */
    public void setStatus(String text) {
        status.setText(text == null ? "" : text);
    }

    public String status() {
        return status.getText();
    }

    public void showPipelineReading() {
        pipeline.showReading();
    }

    public void showPipelineVersions(PipelineVersions versions) {
        pipeline.show(versions);
    }

    public void showPipelineNote(String message) {
        pipeline.showNote(message);
    }

    /** The Charts tab's content: the comparison's charts, following {@link #shownProperty()} (the chosen metrics). */
    public StackPane chartsArea() {
        return charts;
    }

    /** Chooses the shown metrics as the user does in the menu (tools and tests). */
    public void chooseMetrics(List<String> metrics) {
        chooser.choose(metrics);
    }

    /** Replaces the file chooser of "Export CSV…" (the window → the file, or null when cancelled). */
    public void setCsvDestination(Function<Window, Path> destination) {
        this.csvDestination = Objects.requireNonNull(destination);
    }

    /** "Export CSV…": asks where, then writes the shown comparison off the FX thread. */
    public void exportCsv() {
        RunComparison c = shown.get();
        if (c == null) {
            return;
        }
        Path file = csvDestination.apply(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            exportCsv(c, file);
        }
    }

    /** Writes the comparison to the file off the FX thread; the status line says how it went. */
    public CompletableFuture<Path> exportCsv(RunComparison c, Path file) {
        setStatus("Writing " + file.getFileName() + "…");
        CompletableFuture<Path> done = CompletableFuture.supplyAsync(() -> {
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                ComparisonCsv.write(c, w);
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, background);
        done.whenComplete((f, e) -> Platform.runLater(() -> setStatus(e == null
                ? "Saved " + c.runs().size() + (c.runs().size() == 1 ? " run" : " runs") + " to " + f
                : "Could not write " + file + ": " + rootMessage(e))));
        return done;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    private static Path chooseCsvFile(Window owner) {
        FileChooser fc = new FileChooser();
        fc.setTitle("Export the comparison as CSV");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files", "*.csv"));
        fc.setInitialFileName("runs.csv");
        var f = fc.showSaveDialog(owner);
        return f == null ? null : f.toPath();
    }

    /** The table (its rows are the runs; tests and benchmarks read it). */
    public javafx.scene.control.TableView<dev.orrery.runtime.compare.ComparedRun> table() {
        return table.view();
    }

    /** Brings a tab to the front by its id ({@code compare-tab-pipeline}, …). */
    public void showTab(String id) {
        tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    Label summary() {
        return summary;
    }

    PipelineDifferencesView pipelineView() {
        return pipeline;
    }

    MetricChooser chooser() {
        return chooser;
    }
}
