package dev.orrery.app.monitor;

import dev.orrery.runtime.PhaseStyle;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/**
 * A sweep's children side by side: item values, phase, duration and metrics, sortable by any column;
 * the best row by a chosen metric (highest or lowest) is marked. It shows what it is given
 * ({@link #show}); the monitor reads the metrics off the FX thread.
 */
final class SweepTable extends BorderPane {
    static final PseudoClass BEST = PseudoClass.getPseudoClass("best");

    private final Label summary = new Label("Select a sweep (a step with a loop) on the graph");
    private final ComboBox<String> bestBy = new ComboBox<>();
    private final ChoiceBox<String> direction = new ChoiceBox<>();
    private final TableView<SweepRows.Row> table = new TableView<>();
    private final MonitorThreads threads;
    private final java.util.function.Consumer<String> onError;
    private final javafx.scene.control.Button compare = new javafx.scene.control.Button("Compare children",
            new org.kordamp.ikonli.javafx.FontIcon("mdi2c-compare-horizontal"));
    /** What is followed, for "Compare children". */
    private dev.orrery.runtime.Runtime runtime;
    private dev.orrery.runtime.RunState run;
    private String step;
    private com.fasterxml.jackson.databind.JsonNode items;
    private SweepRows shown;
    private List<String> columnsFor = List.of();
    /** The run and step shown, their metrics (null while read) and how many children had finished when read. */
    private String key;
    private dev.orrery.runtime.RunMetrics metrics;
    private long finishedWhenRead = -1;

    /** Opens a comparison of a fan-out step's children. */
    interface ChildrenComparer {
        void compare(dev.orrery.runtime.Runtime runtime, dev.orrery.runtime.RunState run, String step,
                com.fasterxml.jackson.databind.JsonNode items);
    }

    SweepTable(MonitorThreads threads, java.util.function.Consumer<String> onError, ChildrenComparer comparer) {
        this.threads = threads;
        this.onError = onError;
        compare.setId("sweep-compare");
        compare.setTooltip(new javafx.scene.control.Tooltip(
                "Compare this step's runs side by side: item values, metrics, charts; export as CSV"));
        compare.setOnAction(e -> {
            if (run != null && step != null) {
                comparer.compare(runtime, run, step, items);
            }
        });
        compare.setDisable(true);
        bestBy.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String key) {
                return key == null ? null : shown == null ? key : shown.metricLabel(key);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        setId("sweep-view");
        summary.setId("sweep-summary");
        bestBy.setId("sweep-best-by");
        bestBy.setPromptText("metric");
        direction.setId("sweep-best-direction");
        direction.getItems().setAll("highest", "lowest");
        direction.setValue("highest");
        bestBy.valueProperty().addListener((o, a, b) -> table.refresh());
        direction.valueProperty().addListener((o, a, b) -> table.refresh());
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        HBox.setHgrow(gap, javafx.scene.layout.Priority.ALWAYS);
        HBox bar = new HBox(8, summary, new Label("Best by"), bestBy, direction, gap, compare);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 6, 4, 6));
        table.setId("sweep-table");
        table.setPlaceholder(new Label("No runs of this step yet"));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(SweepRows.Row row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(BEST, !empty && row != null && row == best());
            }
        });
        setTop(bar);
        setCenter(table);
    }

    /**
     * Follows a run's step: its children now, their metrics read again (off the FX thread) whenever
     * more of them have finished. A step without a loop clears the view.
     *
     * @param items the step's loop items from the run's pipeline; null when the step has no loop
     */
    void follow(dev.orrery.runtime.Runtime runtime, dev.orrery.runtime.RunState run, String step,
            com.fasterxml.jackson.databind.JsonNode items) {
        this.runtime = runtime;
        this.run = run;
        this.step = step;
        this.items = items;
        if (run == null || step == null || items == null || runtime == null) {
            key = null;
            this.run = null;
            show(null);
            return;
        }
        String k = run.ref() + "\u0000" + step;
        if (!k.equals(key)) {
            key = k;
            metrics = null;
            finishedWhenRead = -1;
        }
        show(SweepRows.of(run, step, items, metrics, java.time.Instant.now()));
        long finished = dev.orrery.runtime.RunSteps.nodes(run, step).stream().filter(n -> n.phase().isFinished()).count();
        if (finished == finishedWhenRead) {
            return;
        }
        finishedWhenRead = finished;
        dev.orrery.runtime.RunRef ref = run.ref();
        threads.call(() -> runtime.metrics(ref), m -> {
            if (k.equals(key)) {
                metrics = m;
                show(SweepRows.of(run, step, items, m, java.time.Instant.now()));
                if (!m.problems().isEmpty()) {
                    onError.accept("Some metrics could not be read: " + m.problems().get(0)
                            + (m.problems().size() > 1 ? " (and " + (m.problems().size() - 1) + " more)" : ""));
                }
            }
        }, e -> onError.accept(UserMessages.of("Reading the sweep's metrics", e)));
    }

    /** Shows a sweep's rows; null clears the view. */
    void show(SweepRows rows) {
        shown = rows;
        compare.setDisable(rows == null || rows.rows().isEmpty());
        if (rows == null) {
            summary.setText("Select a sweep (a step with a loop) on the graph");
            table.getItems().clear();
            return;
        }
        summary.setText(rows.summary());
        List<String> wanted = new java.util.ArrayList<>(rows.parameters());
        wanted.add("\u0000");
        wanted.addAll(rows.metrics());
        if (!wanted.equals(columnsFor)) {
            columnsFor = wanted;
            rebuildColumns(rows);
        }
        if (bestBy.getValue() == null || !rows.metrics().contains(bestBy.getValue())) {
            bestBy.getItems().setAll(rows.metrics());
            bestBy.setValue(rows.metrics().isEmpty() ? null : rows.metrics().get(0));
        } else if (!bestBy.getItems().equals(rows.metrics())) {
            String keep = bestBy.getValue();
            bestBy.getItems().setAll(rows.metrics());
            bestBy.setValue(keep);
        }
        var sort = List.copyOf(table.getSortOrder());
        table.getItems().setAll(rows.rows());
        table.getSortOrder().setAll(sort);
        table.sort();
        table.refresh();
    }

    private void rebuildColumns(SweepRows rows) {
        table.getColumns().clear();
        TableColumn<SweepRows.Row, Number> index = new TableColumn<>("#");
        index.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().index()));
        index.setId("sweep-col-index");
        table.getColumns().add(index);
        for (String p : rows.parameters()) {
            TableColumn<SweepRows.Row, String> col = new TableColumn<>(p);
            col.setId("sweep-col-param-" + p);
            col.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().values().getOrDefault(p, "")));
            col.setComparator(SweepTable::compareValues);
            table.getColumns().add(col);
        }
        TableColumn<SweepRows.Row, String> phase = new TableColumn<>("Phase");
        phase.setId("sweep-col-phase");
        phase.setCellValueFactory(c -> new ReadOnlyStringWrapper(PhaseStyle.of(c.getValue().phase()).label()));
        table.getColumns().add(phase);
        TableColumn<SweepRows.Row, Duration> duration = new TableColumn<>("Duration");
        duration.setId("sweep-col-duration");
        duration.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().duration()));
        duration.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        duration.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Duration d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? "" : human(d));
            }
        });
        table.getColumns().add(duration);
        for (String m : rows.metrics()) {
            TableColumn<SweepRows.Row, Double> col = new TableColumn<>(rows.metricLabel(m));
            col.setId("sweep-col-metric-" + m);
            col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().metric(m)));
            col.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
            col.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
                @Override
                protected void updateItem(Double v, boolean empty) {
                    super.updateItem(v, empty);
                    setText(empty || v == null ? "" : MetricsPreview.format(v));
                }
            });
            table.getColumns().add(col);
        }
    }

    /** Numbers compare as numbers, words as words. */
    static int compareValues(String a, String b) {
        Double x = number(a);
        Double y = number(b);
        if (x != null && y != null) {
            return Double.compare(x, y);
        }
        return x != null ? -1 : y != null ? 1 : Objects.compare(a, b, Comparator.naturalOrder());
    }

    private static Double number(String s) {
        try {
            return s == null || s.isBlank() ? null : Double.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String human(Duration d) {
        long s = d.toSeconds();
        return s < 60 ? (d.toMillis() < 10_000 ? String.format(java.util.Locale.ROOT, "%.1fs", d.toMillis() / 1000.0)
                : s + "s") : s < 3600 ? s / 60 + "m " + s % 60 + "s" : s / 3600 + "h " + s % 3600 / 60 + "m";
    }

    /** The marked row: the best by the chosen metric. */
    SweepRows.Row best() {
        return shown == null || bestBy.getValue() == null ? null
                : shown.best(bestBy.getValue(), "highest".equals(direction.getValue()));
    }

    TableView<SweepRows.Row> table() {
        return table;
    }

    Label summary() {
        return summary;
    }
}
