package dev.orrery.app.compare;

import dev.orrery.core.text.DurationText;
import dev.orrery.runtime.Phase;
import dev.orrery.runtime.PhaseStyle;
import dev.orrery.runtime.compare.ComparedRun;
import dev.orrery.runtime.compare.RunComparison;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The runs side by side, one row per run (so a thousand runs scroll in a virtualised table): run,
 * source, phase, duration, then a column per parameter and per shown metric. A column whose values are
 * not all equal ({@link RunComparison#parameterDiffers}, {@link RunComparison#metricDiffers}) has the
 * style class {@code differs} (its header) and its cells the pseudo-class {@code :differs}. A series
 * metric shows its last value. Every column sorts; numbers as numbers.
 */
final class ComparisonTable {
    static final PseudoClass DIFFERS = PseudoClass.getPseudoClass("differs");
    static final String DIFFERS_CLASS = "differs";
    /** One height for every row: the table then skips laying out cells outside the viewport. */
    static final double ROW_HEIGHT = 26;

    private final TableView<ComparedRun> table = new TableView<>();
    private List<String> columnsFor = List.of();

    ComparisonTable() {
        table.setId("compare-table");
        table.getStyleClass().add("compare-table");
        table.setFixedCellSize(ROW_HEIGHT);
        table.setPlaceholder(new Label("No runs to compare"));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    }

    TableView<ComparedRun> view() {
        return table;
    }

    /** Shows the comparison: its runs and, as columns, its parameters and chosen metrics. */
    void show(RunComparison c) {
        List<String> wanted = new ArrayList<>();
        c.parameters().forEach(p -> wanted.add("p\u0000" + p + "\u0000" + c.parameterDiffers(p)));
        c.metrics().forEach(m -> wanted.add("m\u0000" + m + "\u0000" + c.metricDiffers(m) + c.isSeries(m)));
        if (!wanted.equals(columnsFor)) {
            columnsFor = wanted;
            var sort = List.copyOf(table.getSortOrder());
            rebuild(c);
            List<TableColumn<ComparedRun, ?>> keep = new ArrayList<>();
            for (TableColumn<ComparedRun, ?> old : sort) {
                leaves().stream().filter(n -> n.getId().equals(old.getId())).findFirst().ifPresent(keep::add);
            }
            table.getSortOrder().setAll(keep);
        }
        table.getItems().setAll(c.runs());
        table.sort();
    }

    private List<TableColumn<ComparedRun, ?>> leaves() {
        List<TableColumn<ComparedRun, ?>> out = new ArrayList<>();
        for (TableColumn<ComparedRun, ?> col : table.getColumns()) {
            if (col.getColumns().isEmpty()) {
                out.add(col);
            } else {
                out.addAll(col.getColumns());
            }
        }
        return out;
    }

    private void rebuild(RunComparison c) {
        List<TableColumn<ComparedRun, ?>> columns = new ArrayList<>();
        TableColumn<ComparedRun, String> run = text("Run", "compare-col-run", ComparedRun::label, false);
        run.setPrefWidth(200);
        run.setMinWidth(120);
        columns.add(run);
        TableColumn<ComparedRun, String> source = text("Source", "compare-col-source", ComparedRun::source, false);
        source.setPrefWidth(130);
        source.setMinWidth(130);
        columns.add(source);
        TableColumn<ComparedRun, Phase> phase = new TableColumn<>("Phase");
        phase.setId("compare-col-phase");
        phase.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(r.getValue().phase()));
        phase.setCellFactory(col -> new PhaseCell());
        phase.setPrefWidth(125);
        phase.setMinWidth(125);
        columns.add(phase);
        TableColumn<ComparedRun, Duration> duration = new TableColumn<>("Duration");
        duration.setId("compare-col-duration");
        duration.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(r.getValue().duration()));
        duration.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        duration.setCellFactory(col -> new ValueCell<>(false, d -> DurationText.of(d)));
        duration.setPrefWidth(90);
        duration.setMinWidth(90);
        columns.add(duration);
        if (!c.parameters().isEmpty()) {
            TableColumn<ComparedRun, String> group = new TableColumn<>("Parameters");
            group.setId("compare-group-parameters");
            for (String p : c.parameters()) {
                TableColumn<ComparedRun, String> col = text(p, "compare-col-param-" + p,
                        r -> r.parameters().getOrDefault(p, ""), c.parameterDiffers(p));
                col.setComparator(CompareText::compareValues);
                group.getColumns().add(col);
            }
            columns.add(group);
        }
        if (!c.metrics().isEmpty()) {
            TableColumn<ComparedRun, Double> group = new TableColumn<>("Metrics");
            group.setId("compare-group-metrics");
            for (String m : c.metrics()) {
                group.getColumns().add(metric(m, c.metricDiffers(m), c.isSeries(m)));
            }
            columns.add(group);
        }
        table.getColumns().setAll(columns);
    }

    private static TableColumn<ComparedRun, String> text(String title, String id, Function<ComparedRun, String> value,
            boolean differs) {
        TableColumn<ComparedRun, String> col = new TableColumn<>(title);
        col.setId(id);
        col.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(value.apply(r.getValue())));
        col.setCellFactory(x -> new ValueCell<>(differs, s -> s));
        fit(col, differs);
        mark(col, differs, "The runs' values differ");
        return col;
    }

    private static TableColumn<ComparedRun, Double> metric(String key, boolean differs, boolean series) {
        TableColumn<ComparedRun, Double> col = new TableColumn<>(key);
        col.setId("compare-col-metric-" + key);
        col.setCellValueFactory(r -> {
            OptionalDouble v = r.getValue().value(key);
            return new ReadOnlyObjectWrapper<>(v.isPresent() ? v.getAsDouble() : null);
        });
        col.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        col.setCellFactory(x -> new ValueCell<>(differs, CompareText::number));
        fit(col, differs);
        if (series) {
            col.getStyleClass().add("series");
        }
        mark(col, differs, (series ? "A series (one value per epoch): its last value is shown. " : "")
                + (differs ? "The runs' values differ" : "Every run has the same value"));
        return col;
    }

    /** Wide enough for its (bold) title and the differs mark: a cut title says nothing. */
    private static void fit(TableColumn<ComparedRun, ?> col, boolean differs) {
        double width = Math.max(80, Math.min(280, 8.5 * col.getText().length() + 30 + (differs ? 18 : 0)));
        col.setPrefWidth(width);
        col.setMinWidth(Math.min(width, 140));
    }

    /** A differing column: the style class (header and cells) and a not-equal mark with the reason. */
    private static void mark(TableColumn<ComparedRun, ?> col, boolean differs, String tip) {
        col.setUserData(tip);
        if (differs) {
            col.getStyleClass().add(DIFFERS_CLASS);
            FontIcon icon = new FontIcon("mdi2n-not-equal-variant");
            icon.getStyleClass().add("differs-mark");
            Tooltip.install(icon, new Tooltip(tip));
            col.setGraphic(icon);
        }
    }

    /** A value as text; in a column whose values differ, the pseudo-class {@code :differs}. */
    static final class ValueCell<T> extends TableCell<ComparedRun, T> {
        private final boolean differs;
        private final Function<T, String> text;

        ValueCell(boolean differs, Function<T, String> text) {
            this.differs = differs;
            this.text = text;
            getStyleClass().add("compare-cell");
        }

        @Override
        protected void updateItem(T value, boolean empty) {
            super.updateItem(value, empty);
            setText(empty || value == null ? null : text.apply(value));
            pseudoClassStateChanged(DIFFERS, differs && !empty);
        }
    }

    /** The phase with its icon and colour ({@link PhaseStyle}). */
    private static final class PhaseCell extends TableCell<ComparedRun, Phase> {
        private final FontIcon icon = new FontIcon();

        @Override
        protected void updateItem(Phase phase, boolean empty) {
            super.updateItem(phase, empty);
            if (empty || phase == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            PhaseStyle s = PhaseStyle.of(phase);
            icon.setIconLiteral(s.iconLiteral());
            icon.setIconColor(javafx.scene.paint.Color.web(s.colour()));
            setGraphic(icon);
            setText(s.label());
        }
    }
}
