package dev.orrery.designer.props;

import dev.orrery.core.model.Graph;
import dev.orrery.core.refs.Binding;
import dev.orrery.core.refs.Bindings;
import dev.orrery.core.refs.IoKind;
import dev.orrery.designer.doc.DesignDocument;
import dev.orrery.designer.doc.Selection;
import dev.orrery.designer.doc.StepPaths;
import dev.orrery.designer.job.DependencyJob;
import dev.orrery.designer.job.StepEditJob;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The selected edge: which step feeds which, and what flows on it, one row per binding
 * ({@code input ← producer.output}, parameter or artifact) with a button that removes it. An edge
 * that carries nothing only orders its steps; the form says so and offers to remove the dependency.
 * Every removal is one undo step. The rows are read again on every refresh (each revision).
 */
final class EdgeForm extends Form {
    private final DesignDocument doc;
    private final Selection.Edge edge;
    private final Label title = new Label();
    private final VBox rows = new VBox(6);

    EdgeForm(DesignDocument doc, Selection.Edge edge) {
        this.doc = doc;
        this.edge = edge;
        setId("edge-form");
        section("Edge");
        title.setId("edge-title");
        title.getStyleClass().add("edge-title");
        wide(title);
        wide(rows);
        refresh();
    }

    boolean fits(Selection.Edge e) {
        return edge.equals(e);
    }

    @Override
    void refresh() {
        super.refresh();
        title.setText(edge.from() + " → " + edge.to());
        List<Binding> flows = bindings();
        rows.getChildren().clear();
        if (flows.isEmpty()) {
            orderingOnly();
            return;
        }
        Label what = new Label("Inputs of " + edge.to() + " fed by " + edge.from() + ":");
        what.getStyleClass().add("form-note");
        rows.getChildren().add(what);
        // an argument that names several outputs of the producer is one row: removing it removes them all
        Map<String, List<Binding>> byInput = new LinkedHashMap<>();
        for (Binding b : flows) {
            byInput.computeIfAbsent(b.inputKind() + " " + b.input(), k -> new ArrayList<>()).add(b);
        }
        byInput.values().forEach(bs -> rows.getChildren().add(row(bs)));
    }

    /** What flows from the edge's source into its target, through the one reader of references. */
    private List<Binding> bindings() {
        Graph g = doc.graphOf(edge.to());
        // inside an expanded group steps are named by path; references name their siblings plainly
        return g == null ? List.of() : Bindings.of(g).between(StepPaths.leaf(edge.from()), StepPaths.leaf(edge.to()));
    }

    private HBox row(List<Binding> same) {
        Binding b = same.get(0);
        Label text = new Label(b.input() + " ← "
                + same.stream().map(x -> x.producer() + "." + x.output()).distinct().collect(Collectors.joining(", ")));
        text.setId("edge-binding-" + b.input());
        text.getStyleClass().add("mono");
        Label kind = new Label(kind(b.inputKind()) + (b.kindsDiffer() ? " from a " + kind(b.outputKind()) : ""));
        kind.getStyleClass().add("form-note");
        VBox words = new VBox(1, text, kind);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button remove = new Button("Remove");
        remove.setId("edge-unbind-" + b.input());
        remove.setDisable(doc.isDerived(b.consumer()));
        remove.setOnAction(e -> doc.execute(new StepEditJob(doc, edge.to(), "Unbind " + b.input() + " of " + b.consumer(),
                s -> Bindings.unbind(s, b))));
        HBox row = new HBox(8, words, gap, remove);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("edge-binding");
        return row;
    }

    private void orderingOnly() {
        Label l = new Label(edge.to() + " runs after " + edge.from() + "; no data flows on this edge.");
        l.setId("edge-ordering-only");
        l.setWrapText(true);
        l.getStyleClass().add("form-note");
        DependencyJob removal = DependencyJob.disconnect(doc, edge.from(), edge.to());
        Button remove = new Button("Remove Dependency");
        remove.setId("edge-remove-dependency");
        remove.setDisable(!removal.isExecutable());
        remove.setOnAction(e -> doc.execute(DependencyJob.disconnect(doc, edge.from(), edge.to())));
        rows.getChildren().addAll(l, remove);
    }

    private static String kind(IoKind k) {
        return k == IoKind.ARTIFACT ? "artifact" : "parameter";
    }
}
