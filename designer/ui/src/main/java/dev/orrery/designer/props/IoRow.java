package dev.orrery.designer.props;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.core.model.Artifact;
import dev.orrery.core.model.Graph;
import dev.orrery.core.model.Parameter;
import dev.orrery.core.model.Step;
import dev.orrery.core.model.Template;
import dev.orrery.core.refs.IoKind;
import dev.orrery.designer.doc.DesignDocument;
import dev.orrery.designer.job.BatchJob;
import dev.orrery.designer.job.RenameIoJob;
import dev.orrery.designer.job.StepEditJob;
import dev.orrery.designer.job.TemplateEditJob;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One input or output of the step's template in the property sheet: its name (renamed with every
 * reference), its fields, and for an input where its value comes from. Found again by name on every read.
 */
final class IoRow extends GridPane {
    static final String ARCHIVE_TAR = "tar (default)";
    static final String ARCHIVE_NONE = "none (plain file)";

    private final DesignDocument doc;
    private final Supplier<String> stepName;
    private final boolean output;
    private final IoKind kind;
    private final String name;
    private final String idPrefix;
    private final List<Field> fields = new ArrayList<>();
    private final List<Runnable> refreshers = new ArrayList<>();
    private int row;
    /** Set while the row shows the model's state in a list, so that the change is not taken as the user's. */
    private boolean showing;

    IoRow(DesignDocument doc, Supplier<String> stepName, boolean output, IoKind kind, String name) {
        this.doc = doc;
        this.stepName = stepName;
        this.output = output;
        this.kind = kind;
        this.name = name;
        this.idPrefix = "io-" + (output ? "out" : "in") + "-" + (kind == IoKind.ARTIFACT ? "artifact" : "parameter")
                + "-" + name;
        getStyleClass().add("io-row");
        setHgap(6);
        setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setFillWidth(true);
        getColumnConstraints().addAll(labels, values);
        header();
        if (kind == IoKind.PARAMETER) {
            if (output) {
                text("Path", "path", () -> StepForm.orEmpty(parameter().path), v -> editParameter("Set path of",
                        p -> p.path = v.isBlank() ? null : v.trim()));
            } else {
                text("Default", "default", () -> TextForms.text(parameter().defaultValue), v -> editParameter(
                        "Set default of", p -> p.defaultValue = v.isEmpty() ? null : dev.orrery.core.model.Json.text(v)));
            }
            text("Description", "description", () -> StepForm.orEmpty(parameter().description),
                    v -> editParameter("Set description of", p -> p.description = v.isBlank() ? null : v.trim()));
        } else {
            text("Path", "path", () -> StepForm.orEmpty(artifact().path), v -> editArtifact("Set path of",
                    a -> a.path = v.isBlank() ? null : v.trim()));
            if (output) {
                archive();
            }
        }
        if (!output && !doc.isDerived(stepName.get())) {
            source();
        }
        refresh();
    }

    private void header() {
        Label what = new Label(kind == IoKind.ARTIFACT ? "artifact" : "parameter");
        what.getStyleClass().addAll("io-kind", kind == IoKind.ARTIFACT ? "io-artifact" : "io-parameter");
        TextField nameField = new TextField();
        nameField.setId(idPrefix + "-name");
        Field f = new Field(nameField, () -> {
            find();
            return name;
        }, this::nameProblem, this::rename);
        Button remove = new Button("✕");
        remove.setId(idPrefix + "-remove");
        remove.setTooltip(new Tooltip("Remove " + (output ? "output " : "input ") + name));
        remove.setOnAction(e -> remove());
        HBox.setHgrow(nameField, Priority.ALWAYS);
        HBox line = new HBox(6, nameField, remove);
        add(what, 0, row);
        add(new VBox(2, line, f.message()), 1, row++);
        fields.add(f);
    }

    private void text(String label, String field, Supplier<String> read, Consumer<String> write) {
        TextField tf = new TextField();
        tf.setId(idPrefix + "-" + field);
        Field f = new Field(tf, read, Form::none, write);
        Label l = new Label(label);
        l.setLabelFor(tf);
        l.getStyleClass().add("form-label");
        add(l, 0, row);
        add(new VBox(2, tf, f.message()), 1, row++);
        fields.add(f);
    }

    /** Argo tars an output artifact unless told {@code archive: {none: {}}}; other strategies are kept as written. */
    private void archive() {
        ComboBox<String> box = new ComboBox<>();
        box.setId(idPrefix + "-archive");
        box.setMaxWidth(Double.MAX_VALUE);
        box.setOnAction(e -> {
            if (showing || box.getValue() == null) {
                return;
            }
            String now = archiveText();
            if (!box.getValue().equals(now) && (ARCHIVE_TAR.equals(box.getValue()) || ARCHIVE_NONE.equals(box.getValue()))) {
                boolean none = ARCHIVE_NONE.equals(box.getValue());
                editArtifact("Set archiving of", a -> {
                    if (none) {
                        a.extra.putObject("archive").putObject("none");
                    } else {
                        a.extra.remove("archive");
                    }
                });
            }
        });
        refreshers.add(() -> {
            String now = archiveText();
            showing = true;
            try {
                box.getItems().setAll(ARCHIVE_TAR, ARCHIVE_NONE);
                if (!box.getItems().contains(now)) {
                    box.getItems().add(now);
                }
                box.setValue(now);
            } finally {
                showing = false;
            }
        });
        Label l = new Label("Archive");
        l.getStyleClass().add("form-label");
        add(l, 0, row);
        add(box, 1, row++);
    }

    private String archiveText() {
        JsonNode a = artifact().extra.get("archive");
        if (a == null || a.isNull() || a.isObject() && a.size() == 1 && a.has("tar") && a.get("tar").isEmpty()) {
            return ARCHIVE_TAR;
        }
        if (a.isObject() && a.size() == 1 && a.has("none")) {
            return ARCHIVE_NONE;
        }
        return "as written: " + a;
    }

    /** The input's source: nothing, or an output of the same kind of a step that runs before this one. */
    private void source() {
        ComboBox<InputSource.Choice> box = new ComboBox<>();
        box.setId(idPrefix + "-source");
        box.setMaxWidth(Double.MAX_VALUE);
        box.setOnAction(e -> {
            InputSource.Choice c = box.getValue();
            if (showing || c == null || c.equals(currentSource(box.getItems()))) {
                return;
            }
            if (c.type() == InputSource.Type.OUTPUT) {
                doc.execute(IoEdits.bind(doc, stepName.get(), kind, name, c.producer(), c.output()));
            } else if (c.type() == InputSource.Type.NONE) {
                doc.execute(IoEdits.unbind(doc, stepName.get(), kind, name));
            }
        });
        refreshers.add(() -> {
            Step s = doc.step(stepName.get()).orElse(null);
            Graph g = doc.graphOf(stepName.get());
            if (s == null) {
                return;
            }
            List<InputSource.Choice> choices = new ArrayList<>(InputSource.choices(doc.pipeline(), g, s, kind,
                    template(), name));
            InputSource.Choice now = InputSource.current(s, kind, name, choices);
            if (!choices.contains(now)) {
                choices.add(now);
            }
            showing = true;
            try {
                box.getItems().setAll(choices);
                box.setValue(now);
            } finally {
                showing = false;
            }
        });
        Label l = new Label("Source");
        l.getStyleClass().add("form-label");
        l.setLabelFor(box);
        add(l, 0, row);
        add(box, 1, row++);
    }

    private InputSource.Choice currentSource(List<InputSource.Choice> choices) {
        Step s = doc.step(stepName.get()).orElse(null);
        return s == null ? null : InputSource.current(s, kind, name, choices);
    }

    void refresh() {
        fields.forEach(Field::refresh);
        try {
            refreshers.forEach(Runnable::run);
        } catch (NoSuchElementException gone) {
            // the entry was removed or renamed: its section rebuilds its rows
        }
    }

    private String nameProblem(String v) {
        String n = v.trim();
        if (!n.matches("[A-Za-z0-9_-]+")) {
            return "letters, digits, - and _ only";
        }
        Template t = template();
        boolean taken = t != null && !n.equals(name) && names(t).contains(n);
        return taken ? "another " + (output ? "output " : "input ") + kindWord() + " is named " + n : null;
    }

    private void rename(String v) {
        Template t = template();
        String n = v.trim();
        doc.execute(output ? RenameIoJob.output(doc, t.name, kind, name, n) : RenameIoJob.input(doc, t.name, kind, name, n));
    }

    /** Removes the entry; an input also loses what this step passed to it, in the same undo step. */
    private void remove() {
        Template t = template();
        if (t == null) {
            return;
        }
        BatchJob batch = new BatchJob("Remove " + (output ? "output " : "input ") + name + " of " + t.name);
        batch.add(new TemplateEditJob(doc, t.name, batch.description(), x -> list(x).removeIf(name::equals)));
        if (!output && !doc.isDerived(stepName.get())) {
            batch.add(new StepEditJob(doc, stepName.get(), "Remove argument " + name, st -> {
                if (kind == IoKind.ARTIFACT) {
                    st.artifactArguments.removeIf(a -> name.equals(a.name));
                } else {
                    st.parameterArguments.removeIf(p -> name.equals(p.name));
                }
            }));
        }
        doc.execute(batch);
    }

    /** The names on this row's list, as a removable view. */
    private NamedList list(Template t) {
        return new NamedList(t, output, kind);
    }

    private List<String> names(Template t) {
        return list(t).names();
    }

    private String kindWord() {
        return kind == IoKind.ARTIFACT ? "artifact" : "parameter";
    }

    private void editParameter(String what, Consumer<Parameter> edit) {
        Template t = template();
        doc.execute(new TemplateEditJob(doc, t.name, what + " " + name + " of " + t.name, x -> edit.accept(
                (output ? x.outputParameters : x.inputParameters).stream().filter(p -> name.equals(p.name))
                        .findFirst().orElseThrow())));
    }

    private void editArtifact(String what, Consumer<Artifact> edit) {
        Template t = template();
        doc.execute(new TemplateEditJob(doc, t.name, what + " " + name + " of " + t.name, x -> edit.accept(
                (output ? x.outputArtifacts : x.inputArtifacts).stream().filter(a -> name.equals(a.name))
                        .findFirst().orElseThrow())));
    }

    private Parameter parameter() {
        Template t = find();
        return (output ? t.outputParameters : t.inputParameters).stream().filter(p -> name.equals(p.name)).findFirst()
                .orElseThrow();
    }

    private Artifact artifact() {
        Template t = find();
        return (output ? t.outputArtifacts : t.inputArtifacts).stream().filter(a -> name.equals(a.name)).findFirst()
                .orElseThrow();
    }

    /** The template, which must still declare this entry (else the row is about to be rebuilt). */
    private Template find() {
        Template t = template();
        if (t == null || !names(t).contains(name)) {
            throw new NoSuchElementException(name);
        }
        return t;
    }

    private Template template() {
        Step s = doc.step(stepName.get()).orElse(null);
        return s == null || s.template == null || s.templateRef != null ? null
                : doc.pipeline().template(s.template).orElse(null);
    }

    /** One of a template's four lists, by name. */
    record NamedList(Template t, boolean output, IoKind kind) {
        List<String> names() {
            return kind == IoKind.ARTIFACT ? (output ? t.outputArtifacts : t.inputArtifacts).stream().map(a -> a.name).toList()
                    : (output ? t.outputParameters : t.inputParameters).stream().map(p -> p.name).toList();
        }

        void removeIf(Function<String, Boolean> named) {
            if (kind == IoKind.ARTIFACT) {
                (output ? t.outputArtifacts : t.inputArtifacts).removeIf(a -> named.apply(a.name));
            } else {
                (output ? t.outputParameters : t.inputParameters).removeIf(p -> named.apply(p.name));
            }
        }
    }
}
