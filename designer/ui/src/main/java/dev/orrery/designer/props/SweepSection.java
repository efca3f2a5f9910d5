package dev.orrery.designer.props;

import dev.orrery.core.model.Graph;
import dev.orrery.core.model.Loop;
import dev.orrery.core.model.Parameter;
import dev.orrery.core.model.Step;
import dev.orrery.core.model.Sweep;
import dev.orrery.core.model.Template;
import dev.orrery.designer.doc.DesignDocument;
import dev.orrery.designer.job.BatchJob;
import dev.orrery.designer.job.StepEditJob;
import dev.orrery.designer.job.TemplateEditJob;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;

/**
 * The "Sweep" section of a sweep step's sheet: its parameters (lists or ranges), product or zip, and
 * the parallelism of the graph it is in (Argo limits a loop only through its graph's template-level
 * {@code parallelism}). Every change is one undo step; adding a parameter also wires the step's
 * {@code {{item.NAME}}} argument and the template's input of that name.
 */
final class SweepSection {
    private final DesignDocument doc;
    private final Supplier<String> stepName;
    private final Label summary = new Label();
    private final ChoiceBox<Sweep.Mode> mode = new ChoiceBox<>();
    private boolean refreshing;

    private SweepSection(DesignDocument doc, Supplier<String> stepName) {
        this.doc = doc;
        this.stepName = stepName;
    }

    static void addTo(Form form, DesignDocument doc, Supplier<String> stepName) {
        new SweepSection(doc, stepName).build(form);
    }

    private void build(Form form) {
        form.section("Sweep");
        form.area("Parameters", "prop-sweep-parameters", 3, () -> SweepText.render(sweep()), this::parametersProblem,
                this::setParameters);
        form.note("One a line: lr: 0.1, 0.01, 0.001 (values) or batch: 16 to 64 step 16 (a range, stop included);"
                + " each run gets them as {{item.lr}}, {{item.batch}}.");
        mode.setId("prop-sweep-mode");
        mode.getItems().setAll(Sweep.Mode.values());
        mode.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Sweep.Mode m) {
                return m == null ? "" : m == Sweep.Mode.PRODUCT ? "Product (every combination)" : "Zip (i-th with i-th)";
            }

            @Override
            public Sweep.Mode fromString(String s) {
                return null;
            }
        });
        mode.setOnAction(e -> {
            if (!refreshing && mode.getValue() != null && mode.getValue() != sweep().mode) {
                setMode(mode.getValue());
            }
        });
        form.custom("Combine", mode);
        summary.setId("prop-sweep-summary");
        summary.getStyleClass().add("form-note");
        summary.setWrapText(true);
        form.custom("", summary);
        form.text("Parallelism", "prop-sweep-parallelism", this::parallelismText,
                v -> v.isBlank() || v.trim().matches("[1-9]\\d{0,5}") ? null : "a whole number, 1 or more (empty: no limit)",
                this::setParallelism);
        form.note("Argo limits a loop through the graph it is in: at most this many of graph " + graphTemplateName()
                + "'s steps run at once, each sweep run counting as one. To limit the sweep alone, give it a"
                + " sub-pipeline of its own.");
        form.refreshing(this::refresh);
        refresh();
    }

    private void refresh() {
        Step s = doc.step(stepName.get()).orElse(null);
        if (s == null || s.loop == null || s.loop.sweep == null) {
            return;
        }
        refreshing = true;
        try {
            mode.setValue(s.loop.sweep.mode);
        } finally {
            refreshing = false;
        }
        summary.setText(describe(s.loop.sweep));
    }

    static String describe(Sweep s) {
        try {
            int n = s.items().size();
            List<String> parts = new ArrayList<>();
            for (Sweep.Axis a : s.axes) {
                parts.add(a.name + " (" + a.expand().size() + ")");
            }
            return n + (n == 1 ? " run: " : " runs: ") + String.join(s.mode == Sweep.Mode.PRODUCT ? " × " : " with ",
                    parts);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private String parametersProblem(String text) {
        SweepText.Parsed parsed = SweepText.parse(text);
        if (parsed.problem() != null) {
            return parsed.problem();
        }
        Sweep next = new Sweep();
        next.mode = sweep().mode;
        next.axes.addAll(parsed.axes());
        try {
            next.items();
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private void setParameters(String text) {
        Sweep next = sweep().copy();
        next.axes.clear();
        next.axes.addAll(SweepText.parse(text).axes());
        List<String> before = sweep().axes.stream().map(a -> a.name).toList();
        List<String> after = next.axes.stream().map(a -> a.name).toList();
        String name = stepName.get();
        BatchJob job = new BatchJob("Set sweep parameters of " + name);
        job.add(new StepEditJob(doc, name, "Set sweep of " + name, st -> {
            st.loop = Loop.sweep(next);
            st.parameterArguments.removeIf(p -> before.contains(p.name) && !after.contains(p.name)
                    && ("{{item." + p.name + "}}").equals(p.effectiveText()));
            for (String n : after) {
                if (st.parameterArguments.stream().noneMatch(p -> p.name.equals(n))) {
                    st.parameterArguments.add(Parameter.of(n, "{{item." + n + "}}"));
                }
            }
        }));
        Template t = sweptTemplate();
        if (t != null && after.stream().anyMatch(n -> t.inputParameters.stream().noneMatch(p -> p.name.equals(n)))) {
            job.add(new TemplateEditJob(doc, t.name, "Add inputs to " + t.name, x -> {
                for (String n : after) {
                    if (x.inputParameters.stream().noneMatch(p -> p.name.equals(n))) {
                        x.inputParameters.add(new Parameter(n, null));
                    }
                }
            }));
        }
        doc.execute(job);
    }

    private void setMode(Sweep.Mode m) {
        Sweep next = sweep().copy();
        next.mode = m;
        try {
            next.items();
        } catch (IllegalArgumentException e) {
            summary.setText(e.getMessage());
            refreshing = true;
            mode.setValue(sweep().mode);
            refreshing = false;
            return;
        }
        String name = stepName.get();
        doc.execute(new StepEditJob(doc, name, "Combine sweep of " + name + " as " + m.id(), st -> st.loop = Loop.sweep(next)));
    }

    private String parallelismText() {
        Template g = graphTemplate();
        return g == null || !g.extra.has("parallelism") ? "" : g.extra.get("parallelism").asText();
    }

    private void setParallelism(String v) {
        Template g = graphTemplate();
        if (g == null) {
            return;
        }
        doc.execute(new TemplateEditJob(doc, g.name, (v.isBlank() ? "Remove parallelism of " : "Limit parallelism of ")
                + g.name, t -> {
                    if (v.isBlank()) {
                        t.extra.remove("parallelism");
                    } else {
                        t.extra.put("parallelism", Integer.parseInt(v.trim()));
                    }
                }));
    }

    private Sweep sweep() {
        return doc.step(stepName.get()).orElseThrow().loop.sweep;
    }

    private Template sweptTemplate() {
        Step s = doc.step(stepName.get()).orElse(null);
        return s == null || s.template == null ? null : doc.pipeline().template(s.template).orElse(null);
    }

    /** The template whose graph holds the step (the pipeline's graph, or a sub-pipeline's). */
    private Template graphTemplate() {
        Graph g = doc.graphOf(stepName.get());
        return doc.pipeline().templates.stream().filter(t -> t.graph == g).findFirst().orElse(null);
    }

    private String graphTemplateName() {
        Template g = graphTemplate();
        return g == null ? "?" : g.name;
    }
}
