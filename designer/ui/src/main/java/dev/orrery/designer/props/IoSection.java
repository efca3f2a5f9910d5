package dev.orrery.designer.props;

import dev.orrery.core.model.Step;
import dev.orrery.core.model.Template;
import dev.orrery.core.refs.IoKind;
import dev.orrery.designer.doc.DesignDocument;
import dev.orrery.designer.job.TemplateEditJob;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The inputs or the outputs of the step's template: one {@link IoRow} per parameter and artifact, and
 * buttons to add either. Rows are rebuilt when the names change (add, remove, rename), else refreshed.
 */
final class IoSection extends VBox {
    private final DesignDocument doc;
    private final Supplier<String> stepName;
    private final boolean output;
    private final List<IoRow> rows = new ArrayList<>();
    private final Label empty = new Label();
    private final HBox buttons;
    private List<String> shownNames;

    IoSection(DesignDocument doc, Supplier<String> stepName, boolean output) {
        super(6);
        this.doc = doc;
        this.stepName = stepName;
        this.output = output;
        String side = output ? "out" : "in";
        setId("io-" + side);
        getStyleClass().add("io-section");
        empty.setText(output ? "No outputs." : "No inputs.");
        empty.getStyleClass().add("form-note");
        Button parameter = new Button("Add parameter");
        parameter.setId("io-" + side + "-add-parameter");
        parameter.setOnAction(e -> add(IoKind.PARAMETER));
        Button artifact = new Button("Add artifact");
        artifact.setId("io-" + side + "-add-artifact");
        artifact.setOnAction(e -> add(IoKind.ARTIFACT));
        buttons = new HBox(6, parameter, artifact);
        refresh();
    }

    void refresh() {
        Template t = template();
        List<String> names = t == null ? List.of() : names(t);
        if (!names.equals(shownNames)) {
            rebuild(t);
            shownNames = names;
        } else {
            rows.forEach(IoRow::refresh);
        }
    }

    private void rebuild(Template t) {
        rows.clear();
        getChildren().clear();
        if (t != null) {
            for (IoKind kind : IoKind.values()) {
                for (String n : new IoRow.NamedList(t, output, kind).names()) {
                    rows.add(new IoRow(doc, stepName, output, kind, n));
                }
            }
        }
        if (rows.isEmpty()) {
            getChildren().add(empty);
        }
        getChildren().addAll(rows);
        getChildren().add(buttons);
    }

    /** Adds a parameter or artifact under a free name ({@code parameter}, {@code parameter-2}, …). */
    private void add(IoKind kind) {
        Template t = template();
        if (t == null) {
            return;
        }
        String base = kind == IoKind.ARTIFACT ? "artifact" : "parameter";
        List<String> taken = new IoRow.NamedList(t, output, kind).names();
        String name = base;
        for (int i = 2; taken.contains(name); i++) {
            name = base + "-" + i;
        }
        String chosen = name;
        doc.execute(new TemplateEditJob(doc, t.name, "Add " + (output ? "output " : "input ") + chosen + " to " + t.name,
                x -> {
                    if (output) {
                        IoEdits.addOutput(x, kind, chosen);
                    } else {
                        IoEdits.addInput(x, kind, chosen);
                    }
                }));
    }

    /** Names of both kinds, told apart, in the order the rows show them. */
    private List<String> names(Template t) {
        List<String> out = new ArrayList<>();
        for (IoKind kind : IoKind.values()) {
            new IoRow.NamedList(t, output, kind).names().forEach(n -> out.add(kind.word() + "/" + n));
        }
        return out;
    }

    private Template template() {
        Step s = doc.step(stepName.get()).orElse(null);
        return s == null || s.template == null || s.templateRef != null ? null
                : doc.pipeline().template(s.template).orElse(null);
    }
}
