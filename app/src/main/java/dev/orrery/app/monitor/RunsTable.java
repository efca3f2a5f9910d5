package dev.orrery.app.monitor;

import dev.orrery.core.text.DurationText;
import dev.orrery.runtime.Phase;
import dev.orrery.runtime.PhaseStyle;
import dev.orrery.runtime.RunState;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.Locale;
import java.util.function.Function;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Every run of every source: source, name, phase (icon and colour from {@link PhaseStyle}),
 * progress, start and duration; a filter box over name, pipeline, source and phase; sortable
 * columns (newest first by default). Durations of running runs tick once a second. Several runs can be
 * selected (any sources); "Compare" (button, context menu, Shortcut+Shift+C) compares two or more.
 */
final class RunsTable extends BorderPane {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneId.systemDefault());
    private final TableView<RunRow> table = new TableView<>();
    private final TextField filter = new TextField();
    private final FilteredList<RunRow> filtered;
    /** Compares the selected runs, as the button, the context menu and the shortcut do. */
    static final KeyCombination COMPARE_KEY = KeyCombination.keyCombination("Shortcut+Shift+C");
    private final Button compare = new Button("Compare", new FontIcon("mdi2c-compare-horizontal"));
    private final MenuItem compareItem = new MenuItem("Compare Selected Runs", new FontIcon("mdi2c-compare-horizontal"));
    private final Tooltip compareTip = new Tooltip();
    private Consumer<List<RunRow>> onCompare = rows -> {
    };
    /** Ticks once a second while a run is going; duration cells of running runs follow it. */
    private final javafx.beans.property.ObjectProperty<Instant> clock =
            new javafx.beans.property.SimpleObjectProperty<>(Instant.now());

    RunsTable(ObservableList<RunRow> runs) {
        setId("runs-table-pane");
        filtered = new FilteredList<>(runs, r -> true);
        SortedList<RunRow> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setId("runs-table");
        table.setPlaceholder(new Label("No runs yet. Run the open pipeline with F5, or connect to a cluster."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        // every cell follows its row's state through a mapped value, so a new snapshot touches only
        // the cells whose text changes (a phase cell, say), not the whole table
        TableColumn<RunRow, String> source = column("Source", r -> r.runtimeDisplayName() == null
                ? r.ref().runtimeId() : r.runtimeDisplayName(), 110);
        TableColumn<RunRow, String> name = column("Name", RunState::name, 160);
        TableColumn<RunRow, Phase> phase = column("Phase", RunState::phase, 115);
        phase.setCellFactory(c -> new PhaseCell());
        TableColumn<RunRow, String> progress = column("Steps", r -> r.progress().toString(), 60);
        TableColumn<RunRow, Instant> started = column("Started", RunState::startedAt, 120);
        started.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Instant t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? null : TIME.format(t));
            }
        });
        started.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        started.setSortType(TableColumn.SortType.DESCENDING);
        TableColumn<RunRow, Duration> duration = new TableColumn<>("Duration");
        // a running run's duration ticks with the clock; a finished one's is fixed
        duration.setCellValueFactory(c -> c.getValue().stateProperty().flatMap(r -> r.phase().isFinished()
                ? new ReadOnlyObjectWrapper<>(r.duration(Instant.now())) : clock.map(r::duration)));
        duration.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Duration d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null : DurationText.of(d));
            }
        });
        duration.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        duration.setPrefWidth(80);
        duration.setMinWidth(80);
        table.getColumns().addAll(List.of(source, name, phase, progress, started, duration));
        // never narrower than its columns: a cut "Succeeded" or start time says nothing (the
        // split pane beside it honours this minimum); the scroll bar and borders take the rest
        setMinWidth(table.getColumns().stream().mapToDouble(TableColumn::getMinWidth).sum() + 24);
        table.getSortOrder().add(started);

        filter.setId("runs-filter");
        filter.setPromptText("Filter runs (name, pipeline, source, phase)");
        filter.textProperty().addListener((o, a, b) -> {
            String q = b == null ? "" : b.trim().toLowerCase(Locale.ROOT);
            filtered.setPredicate(q.isEmpty() ? r -> true : r -> matches(r, q));
        });
        table.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        compare.setId("runs-compare");
        compare.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        compare.setOnAction(e -> compareSelected());
        compareItem.setId("runs-compare-item");
        compareItem.setOnAction(e -> compareSelected());
        table.setContextMenu(new javafx.scene.control.ContextMenu(compareItem));
        table.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (COMPARE_KEY.match(e)) {
                e.consume();
                compareSelected();
            }
        });
        table.getSelectionModel().getSelectedItems().addListener(
                (javafx.collections.ListChangeListener<RunRow>) c -> updateCompare());
        // a disabled button shows no tooltip: the reason goes on the box around it
        javafx.scene.layout.StackPane compareBox = new javafx.scene.layout.StackPane(compare);
        Tooltip.install(compareBox, compareTip);
        HBox.setHgrow(filter, javafx.scene.layout.Priority.ALWAYS);
        HBox top = new HBox(6, filter, compareBox);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        updateCompare();
        setTop(top);
        setCenter(table);

        Timeline tick = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> {
            clock.set(Instant.now());
        }));
        tick.setCycleCount(Timeline.INDEFINITE);
        tick.play();
    }

    private static boolean matches(RunRow row, String q) {
        RunState r = row.state();
        return contains(r.name(), q) || contains(r.pipelineName(), q) || contains(r.runtimeDisplayName(), q)
                || contains(PhaseStyle.of(r.phase()).label(), q);
    }

    private static boolean contains(String s, String q) {
        return s != null && s.toLowerCase(Locale.ROOT).contains(q);
    }

    private static <T> TableColumn<RunRow, T> column(String title, Function<RunState, T> value, double width) {
        TableColumn<RunRow, T> c = new TableColumn<>(title);
        c.setCellValueFactory(r -> r.getValue().stateProperty().map(value));
        c.setPrefWidth(width);
        c.setMinWidth(width);
        return c;
    }

    /** What "Compare" does with the selected rows (two or more). */
    void setOnCompare(Consumer<List<RunRow>> onCompare) {
        this.onCompare = onCompare;
    }

    /** The selected runs, in the table's order. */
    List<RunRow> selectedRuns() {
        return table.getSelectionModel().getSelectedIndices().stream().sorted()
                .map(i -> table.getItems().get(i)).toList();
    }

    private void compareSelected() {
        List<RunRow> chosen = selectedRuns();
        if (chosen.size() >= 2) {
            onCompare.accept(chosen);
        }
    }

    private void updateCompare() {
        int n = table.getSelectionModel().getSelectedItems().size();
        boolean enough = n >= 2;
        compare.setDisable(!enough);
        compareItem.setDisable(!enough);
        compareTip.setText(enough ? "Compare the " + n + " selected runs: parameters, metrics and pipelines side by side ("
                + COMPARE_KEY.getDisplayText() + ")"
                : "Select two or more runs to compare them (Ctrl+click or Shift+click in the table; "
                        + (n == 1 ? "1 run is" : "none is") + " selected)");
    }

    Button compareButton() {
        return compare;
    }

    Tooltip compareTooltip() {
        return compareTip;
    }

    TableView<RunRow> table() {
        return table;
    }

    TextField filter() {
        return filter;
    }

    /** The phase with its icon and colour, and the phase's pseudo-class on the cell for stylesheets. */
    private static final class PhaseCell extends TableCell<RunRow, Phase> {
        private final FontIcon icon = new FontIcon();
        private PseudoClass current;
        private PhaseStyle shown;

        PhaseCell() {
            getStyleClass().add("phase-cell");
        }

        @Override
        protected void updateItem(Phase phase, boolean empty) {
            super.updateItem(phase, empty);
            if (current != null) {
                pseudoClassStateChanged(current, false);
                current = null;
            }
            if (empty || phase == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            PhaseStyle s = PhaseStyle.of(phase);
            if (s != shown) {
                icon.setIconLiteral(s.iconLiteral());
                String base = icon.getStyle() == null ? "" : icon.getStyle().replaceAll("-fx-icon-color:[^;]*;?", "");
                icon.setStyle(base + (base.isBlank() || base.trim().endsWith(";") ? "" : ";") + "-fx-icon-color: "
                        + s.colour() + ";");
                shown = s;
            }
            setGraphic(icon);
            setText(s.label());
            current = PseudoClass.getPseudoClass(s.pseudoClass());
            pseudoClassStateChanged(current, true);
        }
    }
}
