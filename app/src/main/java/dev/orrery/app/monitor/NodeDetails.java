package dev.orrery.app.monitor;

import dev.orrery.core.text.DurationText;
import dev.orrery.runtime.ArtifactRef;
import dev.orrery.runtime.NodeState;
import dev.orrery.runtime.PhaseStyle;
import dev.orrery.runtime.RunState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The selected step's node(s) of the selected run: phase, times, attempts, exit code, resources used,
 * message and outputs. A step that ran more than once (fan-out items, retries) offers its nodes in a chooser;
 * the chosen node is also the one whose log is shown.
 */
final class NodeDetails extends VBox {
    private final ComboBox<NodeState> nodes = new ComboBox<>();
    private final GridPane grid = new GridPane();
    private final ReadOnlyObjectWrapper<NodeState> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final Label empty = new Label("Select a step on the graph");
    private boolean updating;
    private NodeState filled;

    NodeDetails() {
        super(8);
        setId("node-details");
        getStyleClass().add("node-details");
        nodes.setId("node-choice");
        // A set width: otherwise the combo box measures a cell for each of its items to size itself,
        // thousands for a sweep's step, on every change of the list
        nodes.setPrefWidth(260);
        nodes.setMaxWidth(Double.MAX_VALUE);
        nodes.setConverter(new StringConverter<>() {
            @Override
            public String toString(NodeState n) {
                return n == null ? "" : label(n);
            }

            @Override
            public NodeState fromString(String s) {
                return null;
            }
        });
        nodes.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(NodeState n, boolean isEmpty) {
                super.updateItem(n, isEmpty);
                setText(isEmpty || n == null ? null : label(n));
                setGraphic(isEmpty || n == null ? null : icon(n));
            }
        });
        nodes.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!updating) {
                selected.set(b);
                fill(b);
            }
        });
        grid.setHgap(12);
        grid.setVgap(4);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        getChildren().addAll(empty, nodes, scroll);
        nodes.setVisible(false);
    }

    private static String label(NodeState n) {
        return (n.displayName() != null ? n.displayName() : n.id()) + " — " + PhaseStyle.of(n.phase()).label();
    }

    static FontIcon icon(NodeState n) {
        PhaseStyle s = PhaseStyle.of(n.phase());
        FontIcon i = new FontIcon(s.iconLiteral());
        i.setStyle(i.getStyle() + "; -fx-icon-color: " + s.colour() + ";");
        return i;
    }

    /** Shows the nodes of a step of a run's snapshot; keeps the chosen node when it is still there. */
    void show(RunState run, String step) {
        List<NodeState> found = run == null || step == null ? List.of() : run.nodesOfStep(step).stream()
                .filter(n -> n.type().isLeaf()).toList();
        if (found.isEmpty() && run != null && step != null) {
            found = run.nodesOfStep(step);
        }
        NodeState before = selected.get();
        int pick = found.size() - 1;
        for (int i = 0; i < found.size(); i++) {
            if (before != null && found.get(i).id().equals(before.id())) {
                pick = i;
            }
        }
        updating = true;
        try {
            updateItems(found);
            nodes.getSelectionModel().select(pick);
        } finally {
            updating = false;
        }
        nodes.setVisible(!found.isEmpty());
        empty.setVisible(found.isEmpty());
        empty.setManaged(found.isEmpty());
        empty.setText(step == null ? "Select a step on the graph" : "The step " + step + " has not started");
        NodeState picked = pick < 0 ? null : found.get(pick);
        if (!Objects.equals(picked, before)) {
            selected.set(picked);
        }
        fill(picked);
    }

    /**
     * Brings the chooser's items up to date, replacing only the nodes that changed when the same nodes
     * are there in the same order: a sweep's step has thousands, and a run's snapshot changes few.
     */
    private void updateItems(List<NodeState> found) {
        var items = nodes.getItems();
        boolean sameNodes = items.size() == found.size();
        for (int i = 0; sameNodes && i < found.size(); i++) {
            sameNodes = items.get(i).id().equals(found.get(i).id());
        }
        if (!sameNodes) {
            items.setAll(found);
            return;
        }
        for (int i = 0; i < found.size(); i++) {
            if (items.get(i) != found.get(i) && !items.get(i).equals(found.get(i))) {
                items.set(i, found.get(i));
            }
        }
    }

    private void fill(NodeState n) {
        if (Objects.equals(n, filled) && n != null && n.phase().isFinished()) {
            return; // a running node's duration still moves
        }
        filled = n;
        grid.getChildren().clear();
        if (n == null) {
            return;
        }
        int row = 0;
        Instant now = Instant.now();
        row = add(row, "Phase", PhaseStyle.of(n.phase()).label());
        row = add(row, "Node", n.name() != null ? n.name() : n.id());
        row = add(row, "Template", n.templateName());
        row = add(row, "Started", n.startedAt() == null ? null : RunsTable.TIME.format(n.startedAt()));
        row = add(row, "Finished", n.finishedAt() == null ? null : RunsTable.TIME.format(n.finishedAt()));
        Duration d = n.duration(now);
        row = add(row, "Duration", d == null ? null : DurationText.of(d));
        row = add(row, "Attempts", n.attempts() > 1 ? String.valueOf(n.attempts()) : null);
        row = add(row, "Exit code", n.exitCode() == null ? null : String.valueOf(n.exitCode()));
        row = add(row, "Resources used", n.resources().describe());
        row = add(row, "Message", n.message());
        for (var p : n.outputs().parameters().entrySet()) {
            row = add(row, "Output " + p.getKey(), p.getValue());
        }
        row = add(row, "Result", n.outputs().result());
        add(row, "Artifacts", n.outputs().artifacts().isEmpty() ? null : n.outputs().artifacts().stream()
                .map(ArtifactRef::name).collect(Collectors.joining(", ")));
    }

    private int add(int row, String key, String value) {
        if (value == null || value.isBlank()) {
            return row;
        }
        Label k = new Label(key);
        k.getStyleClass().add("detail-key");
        Label v = new Label(value);
        v.setWrapText(true);
        v.setId("detail-" + key.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
        grid.addRow(row, k, v);
        return row + 1;
    }

    /** The node chosen now (its log is the one shown), or null. */
    ReadOnlyObjectProperty<NodeState> selectedProperty() {
        return selected.getReadOnlyProperty();
    }
}
