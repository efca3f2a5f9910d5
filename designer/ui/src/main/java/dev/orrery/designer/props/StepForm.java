package dev.orrery.designer.props;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.orrery.core.model.Json;
import dev.orrery.core.model.Loop;
import dev.orrery.core.model.Resources;
import dev.orrery.core.model.RetryStrategy;
import dev.orrery.core.model.Step;
import dev.orrery.core.model.Template;
import dev.orrery.core.text.Counts;
import dev.orrery.designer.doc.DesignDocument;
import dev.orrery.designer.doc.Names;
import dev.orrery.designer.doc.ShownSteps;
import dev.orrery.designer.doc.StepPaths;
import dev.orrery.designer.job.PipelineEdits;
import dev.orrery.designer.job.RenameStepJob;
import dev.orrery.designer.job.StepEditJob;
import dev.orrery.designer.job.TemplateEditJob;
import dev.orrery.designer.props.ExpressionScope.Where;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Label;

/** Properties of one step and of the template it runs. The step is found again by name on every read. */
final class StepForm extends Form {
    private static final String DURATION = "(\\d+(\\.\\d+)?(ns|us|ms|s|m|h))+|\\d+|\\{\\{.+}}";
    private final DesignDocument doc;
    private String stepName;
    private final String shape;

    StepForm(DesignDocument doc, String stepName) {
        this.doc = doc;
        this.stepName = stepName;
        this.shape = shape(template());
        Step s = step();
        section("Step");
        ShownSteps.Role role = doc.isDerived(stepName) ? doc.shownSteps().role(stepName) : null;
        if (role != null) {
            derivedStepNote(role, s);
        } else {
            stepFields();
        }
        Template t = template();
        if (s.templateRef != null) {
            note("Runs template " + s.templateRef.template() + " of WorkflowTemplate " + s.templateRef.name());
            return;
        }
        if (t == null) {
            note("Template " + s.template + " does not exist.");
            return;
        }
        templateFields(t);
    }

    private void stepFields() {
        if (StepPaths.isInner(stepName)) {
            // renaming an inner step would have to follow every reference in its template; not offered yet
            note("Step " + step().name + " inside " + StepPaths.parent(stepName)
                    + " (its template's graph: shared by every step that runs it).");
        } else {
            text("Name", "prop-name", () -> step().name, this::nameProblem, v -> {
                String old = stepName;
                if (doc.execute(new RenameStepJob(doc, old, v.trim()))) {
                    this.stepName = v.trim();
                }
            });
        }
        text("Runs after", "prop-depends", () -> String.join(", ", step().dependsOn), this::dependsProblem,
                v -> editStep("Set dependencies of", st -> {
                    st.dependsOn.clear();
                    st.dependsOn.addAll(names(v));
                    st.dependsExpression = null;
                }));
        completes(text("When", "prop-when", () -> orEmpty(step().when), Form::none,
                v -> editStep("Set condition of", st -> st.when = v.isBlank() ? null : v.trim())), Where.STEP);
        if (step().loop != null && step().loop.sweep != null) {
            SweepSection.addTo(this, doc, () -> stepName);
            section("Step arguments");
        } else {
            text("Loop items", "prop-loop", this::loopText, this::loopProblem, v -> editStep("Set loop of", st -> {
                st.loop = v.isBlank() ? null : Loop.items(parseItems(v));
            }));
        }
        Field arguments = area("Parameters in", "prop-arguments", 2, this::argumentsText, v -> TextForms.keyValues(v).problem(),
                v -> editStep("Set arguments of", st -> {
                    var kv = TextForms.keyValues(v).value();
                    List<dev.orrery.core.model.Parameter> next = new java.util.ArrayList<>();
                    if (kv != null) {
                        kv.properties().forEach(e -> next.add(st.parameterArguments.stream()
                                .filter(p -> p.name.equals(e.getKey())).findFirst().map(p -> {
                                    var c = p.copy();
                                    c.value = Json.text(e.getValue().asText());
                                    return c;
                                }).orElseGet(() -> dev.orrery.core.model.Parameter.of(e.getKey(), e.getValue().asText()))));
                    }
                    st.parameterArguments = next;
                }));
        completes(arguments, Where.STEP);
        area("Artifacts in", "prop-artifact-arguments", 2, this::artifactArgumentsText,
                v -> TextForms.keyValues(v).problem(), v -> editStep("Bind artifacts of", st -> {
                    var kv = TextForms.keyValues(v).value();
                    // arguments with a storage location instead of a binding are not shown and kept as they are
                    List<dev.orrery.core.model.Artifact> next = new java.util.ArrayList<>(
                            st.artifactArguments.stream().filter(a -> a.from == null).toList());
                    if (kv != null) {
                        kv.properties().forEach(e -> {
                            var a = st.artifactArguments.stream().filter(x -> x.name.equals(e.getKey())).findFirst()
                                    .map(dev.orrery.core.model.Artifact::copy)
                                    .orElseGet(() -> new dev.orrery.core.model.Artifact(e.getKey(), null));
                            a.from = e.getValue().asText();
                            next.add(a);
                        });
                    }
                    st.artifactArguments = next;
                }));
    }

    /** A step derived from a template has no step fields: say what it is; its template follows. */
    private void derivedStepNote(ShownSteps.Role role, Step s) {
        Label what = new Label(role == ShownSteps.Role.EXIT ? "Exit handler (on exit)" : "Entrypoint");
        what.setId("prop-role");
        what.getStyleClass().add("form-role");
        wide(what);
        note(role == ShownSteps.Role.EXIT
                ? "The pipeline's exit handler: template " + s.template + " runs when the pipeline ends, "
                        + "whatever the outcome ({{workflow.status}} tells which). It runs after everything, so it "
                        + "has no dependencies, condition or arguments of its own."
                : "The pipeline's entrypoint: template " + s.template + " is the whole pipeline. Adding a step "
                        + "makes a DAG that runs it as its first step.");
    }

    private void templateFields(Template t) {
        section("Template " + t.name + " (" + t.effectiveKind().title() + ")");
        long sharing = doc.graph() == null ? 0 : doc.graph().steps.stream().filter(x -> t.name.equals(x.template)).count();
        if (sharing > 1) {
            note("Shared by " + Counts.of(sharing, "step") + ": changes apply to all of them.");
        }
        if (t.container != null) {
            containerFields(t.container.isScript());
            resourceFields();
        } else if (t.resource != null) {
            text("Action", "prop-action", () -> orEmpty(template().resource.action),
                    v -> v.matches("get|create|apply|delete|replace|patch") ? null
                            : "one of get, create, apply, delete, replace, patch",
                    v -> editTemplate("Set action of", x -> x.resource.action = v.trim()));
            completes(area("Manifest", "prop-manifest", 10, () -> orEmpty(template().resource.manifest), Form::none,
                    v -> editTemplate("Edit manifest of", x -> x.resource.manifest = v)), Where.TEMPLATE);
        }
        ioSections();
        section("Scheduling and failure");
        text("Node selector", "prop-node-selector", () -> TextForms.keyValues(template().nodeSelector),
                v -> TextForms.keyValues(v.replace(',', '\n')).problem(),
                v -> editTemplate("Set node selector of", x -> x.nodeSelector = TextForms.keyValues(v.replace(',', '\n')).value()));
        area("Tolerations", "prop-tolerations", 2, () -> TextForms.tolerations(template().tolerations),
                v -> TextForms.tolerations(v).problem(),
                v -> editTemplate("Set tolerations of", x -> x.tolerations = TextForms.tolerations(v).value()));
        text("Retries", "prop-retries", () -> template().retryStrategy == null ? ""
                        : TextForms.text(template().retryStrategy.limit),
                v -> v.isBlank() || v.trim().matches("\\d{1,4}|\\{\\{.+}}") ? null : "a whole number of retries, or blank for none",
                v -> editTemplate("Set retries of", x -> {
                    if (v.isBlank()) {
                        x.retryStrategy = null;
                    } else {
                        if (x.retryStrategy == null) {
                            x.retryStrategy = new RetryStrategy();
                        }
                        x.retryStrategy.limit = TextForms.scalar(v);
                    }
                }));
        text("Timeout", "prop-timeout", () -> orEmpty(template().timeout),
                v -> v.isBlank() || v.trim().matches(DURATION) ? null : "a duration such as 30s, 10m or 2h",
                v -> editTemplate("Set timeout of", x -> x.timeout = v.isBlank() ? null : v.trim()));
    }

    /** The template's inputs and outputs, each editable, each input with its source. */
    private void ioSections() {
        for (boolean output : new boolean[] {false, true}) {
            section(output ? "Outputs" : "Inputs");
            IoSection io = new IoSection(doc, () -> stepName, output);
            wide(io);
            refreshing(io::refresh);
        }
    }

    private void containerFields(boolean script) {
        text("Image", "prop-image", () -> orEmpty(template().container.image),
                v -> v.isBlank() ? "an image is required, e.g. python:3.12-slim" : v.contains(" ") ? "an image name has no spaces" : null,
                v -> doc.execute(PipelineEdits.setImage(doc, template().name, v.trim())));
        Field command = text("Command", "prop-command", () -> TextForms.words(template().container.command),
                v -> TextForms.words(v).problem(),
                v -> editTemplate("Set command of", x -> {
                    List<String> w = TextForms.words(v).value();
                    x.container.command = w.isEmpty() ? null : w;
                    if (x.container.isScript()) {
                        x.container.language = null;
                    }
                }));
        completes(command, Where.TEMPLATE);
        Field args = text("Arguments", "prop-args", () -> TextForms.words(template().container.args),
                v -> TextForms.words(v).problem(),
                v -> editTemplate("Set arguments of", x -> {
                    List<String> w = TextForms.words(v).value();
                    x.container.args = w.isEmpty() ? null : w;
                }));
        completes(args, Where.TEMPLATE);
        if (script) {
            CodeField source = code("Script (Ctrl+Enter applies)", "prop-source", () -> orEmpty(template().container.source),
                    v -> editTemplate("Edit script of", x -> x.container.source = v));
            ExpressionCompletion.attach(source.area(), () -> scope(Where.TEMPLATE), this::bridge);
        }
        Field env = area("Environment", "prop-env", 3, () -> TextForms.env(template().container.env),
                v -> TextForms.env(v, List.of()).problem(),
                v -> editTemplate("Set environment of", x -> x.container.env = TextForms.env(v, x.container.env).value()));
        completes(env, Where.TEMPLATE);
    }

    /** Typing {{ in the field offers what is in scope there. */
    private void completes(Field f, Where where) {
        ExpressionCompletion.attach(f.input(), () -> scope(where), this::bridge);
    }

    private List<ExpressionScope.Entry> scope(Where where) {
        Step s = doc.step(stepName).orElse(null);
        return s == null || doc.isDerived(stepName) && where == Where.STEP ? List.of()
                : ExpressionScope.of(doc.pipeline(), doc.graphOf(stepName), s, where);
    }

    /** A chosen entry that a template field reaches through an input: the input is added and bound. */
    private void bridge(ExpressionScope.Entry e) {
        Template t = template();
        if (e.bridge() != null && t != null && !doc.isDerived(stepName)) {
            doc.execute(IoEdits.bridge(doc, stepName, t.name, e.bridge()));
        }
    }

    private void resourceFields() {
        section("Resources");
        text("CPU", "prop-cpu", () -> TextForms.text(template().container.resources.cpu), StepForm::quantityProblem,
                v -> editTemplate("Set CPU of", x -> x.container.resources.cpu = TextForms.scalar(v)));
        text("Memory", "prop-memory", () -> TextForms.text(template().container.resources.memory),
                StepForm::quantityProblem,
                v -> editTemplate("Set memory of", x -> x.container.resources.memory = TextForms.scalar(v)));
        text("GPU count", "prop-gpu-count", () -> TextForms.text(template().container.resources.gpu),
                v -> v.isBlank() || v.trim().matches("\\d{1,3}") ? null : "a whole number of GPUs (0 or blank for none)",
                v -> doc.execute(PipelineEdits.setGpuCount(doc, template().name,
                        v.isBlank() ? 0 : Integer.parseInt(v.trim()))));
        text("GPU type", "prop-gpu-type", () -> orEmpty(template().container.resources.gpuResource),
                v -> v.isBlank() || Resources.isAcceleratorName(v.trim()) ? null
                        : "an accelerator resource such as nvidia.com/gpu or amd.com/gpu",
                v -> editTemplate("Set GPU type of", x -> x.container.resources.gpuResource = v.isBlank() ? null : v.trim()));
    }

    static String quantityProblem(String v) {
        return v.isBlank() || v.trim().matches("\\d+(\\.\\d+)?(m|k|Ki|M|Mi|G|Gi|T|Ti|P|Pi|E|Ei)?|\\{\\{.+}}") ? null
                : "a Kubernetes quantity such as 500m, 2, 16Gi";
    }

    private String nameProblem(String v) {
        String p = Names.problem(v.trim());
        if (p == null && !v.trim().equals(stepName) && doc.step(v.trim()).isPresent()) {
            return "another step is already named " + v.trim();
        }
        return p;
    }

    private String dependsProblem(String v) {
        String group = StepPaths.parent(stepName);
        for (String n : names(v)) {
            if (doc.step(group == null ? n : StepPaths.child(group, n)).isEmpty()) {
                return "no step is named " + n;
            }
            if (n.equals(StepPaths.leaf(stepName))) {
                return "a step cannot run after itself";
            }
        }
        return null;
    }

    private static List<String> names(String v) {
        return java.util.Arrays.stream(v.split("[,\\s]+")).filter(x -> !x.isBlank()).toList();
    }

    private String argumentsText() {
        StringBuilder sb = new StringBuilder();
        step().parameterArguments.forEach(p -> sb.append(p.name).append('=').append(orEmpty(p.valueText())).append('\n'));
        return sb.toString().stripTrailing();
    }

    private String artifactArgumentsText() {
        StringBuilder sb = new StringBuilder();
        step().artifactArguments.stream().filter(a -> a.from != null)
                .forEach(a -> sb.append(a.name).append('=').append(a.from).append('\n'));
        return sb.toString().stripTrailing();
    }

    private String loopText() {
        Loop l = step().loop;
        if (l == null || l.items == null) {
            return l == null ? "" : l.param != null ? l.param : "";
        }
        return l.items.toString();
    }

    private String loopProblem(String v) {
        if (v.isBlank()) {
            return null;
        }
        return parseItems(v) == null ? "a JSON list such as [\"0.01\", \"0.1\"] or comma-separated values" : null;
    }

    /** A JSON array, or comma-separated plain values. */
    static ArrayNode parseItems(String v) {
        String t = v.trim();
        if (t.startsWith("[")) {
            try {
                JsonNode n = new com.fasterxml.jackson.databind.ObjectMapper().readTree(t);
                return n.isArray() ? (ArrayNode) n : null;
            } catch (Exception e) {
                return null;
            }
        }
        ArrayNode a = Json.array();
        for (String part : t.split(",")) {
            if (!part.isBlank()) {
                a.add(part.trim());
            }
        }
        return a.isEmpty() ? null : a;
    }

    private void editStep(String what, Consumer<Step> edit) {
        doc.execute(new StepEditJob(doc, stepName, what + " " + stepName, edit));
    }

    private void editTemplate(String what, Consumer<Template> edit) {
        Template t = template();
        doc.execute(new TemplateEditJob(doc, t.name, what + " " + t.name, edit));
    }

    private Step step() {
        return doc.step(stepName).orElseThrow();
    }

    private Template template() {
        Step s = doc.step(stepName).orElse(null);
        return s == null || s.template == null ? null : doc.pipeline().template(s.template).orElse(null);
    }

    String stepName() {
        return stepName;
    }

    /** Whether this form still describes the same kind of thing for the step (else it is rebuilt). */
    boolean fits(String name) {
        return doc.step(name).isPresent() && name.equals(stepName) && shape(template()).equals(shape);
    }


    private static String shape(Template t) {
        return t == null ? "none" : t.name + ":" + t.type();
    }

    static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
