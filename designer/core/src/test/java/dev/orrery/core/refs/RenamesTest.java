package dev.orrery.core.refs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.orrery.core.io.LoadResult;
import dev.orrery.core.io.PipelineFiles;
import dev.orrery.core.model.Artifact;
import dev.orrery.core.model.Container;
import dev.orrery.core.model.EnvVar;
import dev.orrery.core.model.Graph;
import dev.orrery.core.model.Json;
import dev.orrery.core.model.Loop;
import dev.orrery.core.model.Parameter;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Step;
import dev.orrery.core.model.Template;
import dev.orrery.core.testing.ArgoSchema;
import dev.orrery.core.testing.SharedData;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Renames that follow: every reference to a renamed step, output or input gets the new name, and nothing else. */
class RenamesTest {

    /** main: train → train2 → report; train and train2 run template "fit" (output parameter score, artifact model). */
    static Pipeline pipeline() {
        Pipeline p = new Pipeline();
        p.name = "renames";
        p.entrypoint = "main";
        Template main = new Template("main");
        main.graph = new Graph();
        p.templates.add(main);
        Template fit = new Template("fit");
        fit.container = new Container();
        fit.container.image = "python:3.12-slim";
        fit.container.command = List.of("python", "fit.py", "--lr", "{{inputs.parameters.lr}}",
                "--lr-min={{ inputs.parameters.lr-min }}");
        fit.container.args = List.of("{{inputs.artifacts.data.path}}");
        fit.container.env.add(EnvVar.literal("LR", "{{inputs.parameters.lr}}"));
        fit.inputParameters.add(Parameter.of("lr", null));
        fit.inputParameters.add(Parameter.of("lr-min", "0.001"));
        fit.inputArtifacts.add(new Artifact("data", "/data/in.csv"));
        Parameter score = new Parameter();
        score.name = "score";
        score.path = "/tmp/score";
        fit.outputParameters.add(score);
        fit.outputArtifacts.add(new Artifact("model", "/tmp/model"));
        p.templates.add(fit);
        Template report = new Template("report");
        report.container = new Container();
        report.container.image = "alpine:3.20";
        report.container.command = List.of("echo", "{{inputs.parameters.lr}}");
        report.inputParameters.add(Parameter.of("lr", null));
        report.inputParameters.add(Parameter.of("score", null));
        report.inputArtifacts.add(new Artifact("model", "/m"));
        p.templates.add(report);

        Step train = new Step("train", "fit");
        train.parameterArguments.add(Parameter.of("lr", "0.1"));
        train.artifactArguments.add(bound("data", "{{workflow.parameters.data}}"));
        Step train2 = new Step("train2", "fit");
        train2.dependsOn.add("train");
        train2.parameterArguments.add(Parameter.of("lr", "{{tasks.train.outputs.parameters.score}}"));
        train2.artifactArguments.add(bound("data", "{{tasks.train.outputs.artifacts.model}}"));
        Step reportStep = new Step("report", "report");
        reportStep.dependsOn.addAll(List.of("train", "train2"));
        reportStep.dependsExpression = "train.Succeeded && (train2 || train2.Failed)";
        reportStep.when = "{{ tasks.train.outputs.parameters.score }} > {{tasks.train2.outputs.parameters.score}}";
        reportStep.parameterArguments.add(Parameter.of("lr", "{{tasks['train'].outputs.result}}"));
        reportStep.parameterArguments.add(Parameter.of("score", "{{=tasks['train'].outputs.parameters['score']}}"));
        reportStep.artifactArguments.add(bound("model", "{{tasks.train2.outputs.artifacts.model}}"));
        reportStep.loop = new Loop();
        reportStep.loop.param = "{{tasks.train.outputs.result}}";
        main.graph.steps.addAll(List.of(train, train2, reportStep));

        Parameter best = new Parameter();
        best.name = "best";
        best.extra.putObject("valueFrom").put("parameter", "{{tasks.train.outputs.parameters.score}}");
        main.outputParameters.add(best);
        Parameter chosen = new Parameter();
        chosen.name = "chosen";
        chosen.extra.putObject("valueFrom").put("expression", "tasks['train'].outputs.result == 'a' ? 1 : 2");
        main.outputParameters.add(chosen);
        return p;
    }

    static Artifact bound(String name, String from) {
        Artifact a = new Artifact(name, null);
        a.from = from;
        return a;
    }

    static Graph main(Pipeline p) {
        return p.template("main").orElseThrow().graph;
    }

    static Step step(Pipeline p, String name) {
        return main(p).step(name).orElseThrow();
    }

    static String arg(Step s, String name) {
        return s.parameterArguments.stream().filter(a -> a.name.equals(name)).findFirst().orElseThrow().valueText();
    }

    static String from(Step s, String name) {
        return s.artifactArguments.stream().filter(a -> a.name.equals(name)).findFirst().orElseThrow().from;
    }

    @Test
    void stepRenameFollowsDependenciesExpressionsBindingsLoopsAndTheGraphsOutputs() {
        Pipeline p = pipeline();
        Renames.step(p, main(p), "train", "fit-base");

        assertThat(main(p).step("train")).isEmpty();
        assertThat(step(p, "train2").dependsOn).containsExactly("fit-base");
        assertThat(arg(step(p, "train2"), "lr")).isEqualTo("{{tasks.fit-base.outputs.parameters.score}}");
        assertThat(from(step(p, "train2"), "data")).isEqualTo("{{tasks.fit-base.outputs.artifacts.model}}");
        Step report = step(p, "report");
        assertThat(report.dependsOn).containsExactly("fit-base", "train2");
        assertThat(report.dependsExpression).isEqualTo("fit-base.Succeeded && (train2 || train2.Failed)");
        assertThat(report.when).isEqualTo(
                "{{ tasks.fit-base.outputs.parameters.score }} > {{tasks.train2.outputs.parameters.score}}");
        assertThat(arg(report, "lr")).isEqualTo("{{tasks['fit-base'].outputs.result}}");
        assertThat(arg(report, "score")).isEqualTo("{{=tasks['fit-base'].outputs.parameters['score']}}");
        assertThat(report.loop.param).isEqualTo("{{tasks.fit-base.outputs.result}}");
        Template main = p.template("main").orElseThrow();
        assertThat(main.outputParameters.get(0).extra.at("/valueFrom/parameter").asText())
                .isEqualTo("{{tasks.fit-base.outputs.parameters.score}}");
        assertThat(main.outputParameters.get(1).extra.at("/valueFrom/expression").asText())
                .isEqualTo("tasks['fit-base'].outputs.result == 'a' ? 1 : 2");
    }

    @Test
    void severalStepsRenamedAtOnceGiveWhatRenamingThemOneByOneGives() {
        Pipeline oneByOne = pipeline();
        Renames.step(oneByOne, main(oneByOne), "train", "fit-base");
        Renames.step(oneByOne, main(oneByOne), "train2", "fit-more");
        Pipeline atOnce = pipeline();
        Renames.steps(atOnce, main(atOnce), java.util.Map.of("train", "fit-base", "train2", "fit-more"));
        assertThat(dev.orrery.core.io.PipelineFiles.toNativeYaml(atOnce))
                .isEqualTo(dev.orrery.core.io.PipelineFiles.toNativeYaml(oneByOne))
                .contains("fit-base.Succeeded && (fit-more || fit-more.Failed)")
                .doesNotContain("tasks.train");
        assertThatThrownBy(() -> Renames.steps(atOnce, main(atOnce), java.util.Map.of("report", "fit-base")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fit-base");
    }

    @Test
    void namesMatchWholeOnly() {
        Pipeline p = pipeline();
        Renames.step(p, main(p), "train", "base");
        // train2 shares a prefix with train: none of its references, dependencies or expressions moved
        Step report = step(p, "report");
        assertThat(report.dependsOn).containsExactly("base", "train2");
        assertThat(report.dependsExpression).contains("(train2 || train2.Failed)");
        assertThat(report.when).endsWith("{{tasks.train2.outputs.parameters.score}}");
        assertThat(from(report, "model")).isEqualTo("{{tasks.train2.outputs.artifacts.model}}");

        assertThat(RefRewrite.step("a", "b").inBraces("{{tasks.ab.x}} {{subtasks.a.x}} {{workflow.tasks.a.x}} tasks.a.x"))
                .as("only whole names, only inside braces").isEqualTo("{{tasks.ab.x}} {{subtasks.a.x}} {{workflow.tasks.a.x}} tasks.a.x");
        assertThat(RefRewrite.input(IoKind.PARAMETER, "lr", "rate").inBraces("{{inputs.parameters.lr-min}} {{inputs.parameters.lr}}"))
                .isEqualTo("{{inputs.parameters.lr-min}} {{inputs.parameters.rate}}");
        assertThat(RefRewrite.step("a", "b").inBraces("{{\n  steps.a.outputs.result\n}}")).isEqualTo("{{\n  steps.b.outputs.result\n}}");
    }

    @Test
    void stepRenameStaysInItsGraphAndRefusesATakenName() {
        Pipeline p = pipeline();
        Template other = new Template("other");
        other.graph = new Graph();
        Step inner = new Step("consume", "report");
        inner.parameterArguments.add(Parameter.of("lr", "{{tasks.train.outputs.result}}"));
        other.graph.steps.add(new Step("train", "fit"));
        other.graph.steps.add(inner);
        p.templates.add(other);
        Renames.step(p, main(p), "train", "base");
        assertThat(arg(inner, "lr")).as("another graph's step train is another step").isEqualTo("{{tasks.train.outputs.result}}");
        assertThatThrownBy(() -> Renames.step(p, main(p), "base", "train2")).hasMessageContaining("already named train2");
        assertThatThrownBy(() -> Renames.step(p, main(p), "nope", "x")).hasMessageContaining("no step is named nope");
    }

    @Test
    void outputParameterRenameFollowsEveryStepRunningTheTemplateAndLeavesResultAlone() {
        Pipeline p = pipeline();
        Renames.output(p, "fit", IoKind.PARAMETER, "score", "accuracy");

        assertThat(p.template("fit").orElseThrow().outputParameters.get(0).name).isEqualTo("accuracy");
        assertThat(arg(step(p, "train2"), "lr")).isEqualTo("{{tasks.train.outputs.parameters.accuracy}}");
        Step report = step(p, "report");
        assertThat(report.when).isEqualTo(
                "{{ tasks.train.outputs.parameters.accuracy }} > {{tasks.train2.outputs.parameters.accuracy}}");
        assertThat(arg(report, "score")).isEqualTo("{{=tasks['train'].outputs.parameters['accuracy']}}");
        assertThat(arg(report, "lr")).as("outputs.result is not an output parameter").isEqualTo("{{tasks['train'].outputs.result}}");
        assertThat(report.parameterArguments.get(1).name).as("report's own input 'score' is another thing").isEqualTo("score");
        assertThat(p.template("main").orElseThrow().outputParameters.get(0).extra.at("/valueFrom/parameter").asText())
                .isEqualTo("{{tasks.train.outputs.parameters.accuracy}}");
        // the artifact of the same template is untouched
        assertThat(from(step(p, "train2"), "data")).isEqualTo("{{tasks.train.outputs.artifacts.model}}");
    }

    @Test
    void outputArtifactRenameFollowsBindingsOfEveryProducer() {
        Pipeline p = pipeline();
        Renames.output(p, "fit", IoKind.ARTIFACT, "model", "weights");
        assertThat(p.template("fit").orElseThrow().outputArtifacts.get(0).name).isEqualTo("weights");
        assertThat(from(step(p, "train2"), "data")).isEqualTo("{{tasks.train.outputs.artifacts.weights}}");
        assertThat(from(step(p, "report"), "model")).isEqualTo("{{tasks.train2.outputs.artifacts.weights}}");
        assertThat(from(step(p, "report"), "model")).as("the input it is bound to keeps its name").isNotNull();
        assertThat(p.template("report").orElseThrow().inputArtifacts.get(0).name).isEqualTo("model");
        assertThatThrownBy(() -> Renames.output(p, "fit", IoKind.ARTIFACT, "model", "x"))
                .hasMessageContaining("no output artifact is named model");
    }

    @Test
    void inputParameterRenameFollowsUsesInsideAndArgumentsOfCallers() {
        Pipeline p = pipeline();
        Renames.input(p, "fit", IoKind.PARAMETER, "lr", "learning-rate");
        Template fit = p.template("fit").orElseThrow();
        assertThat(fit.inputParameters.get(0).name).isEqualTo("learning-rate");
        assertThat(fit.container.command).containsExactly("python", "fit.py", "--lr",
                "{{inputs.parameters.learning-rate}}", "--lr-min={{ inputs.parameters.lr-min }}");
        assertThat(fit.container.env.get(0).value.asText()).isEqualTo("{{inputs.parameters.learning-rate}}");
        assertThat(step(p, "train").parameterArguments.get(0).name).isEqualTo("learning-rate");
        assertThat(step(p, "train2").parameterArguments.get(0).name).isEqualTo("learning-rate");
        // report has an input lr of its own: neither its template nor its step's argument changes
        assertThat(p.template("report").orElseThrow().container.command).containsExactly("echo", "{{inputs.parameters.lr}}");
        assertThat(step(p, "report").parameterArguments.get(0).name).isEqualTo("lr");
        assertThatThrownBy(() -> Renames.input(p, "fit", IoKind.PARAMETER, "learning-rate", "lr-min"))
                .hasMessageContaining("already named lr-min");
    }

    @Test
    void inputArtifactRenameFollowsPathsAndBindings() {
        Pipeline p = pipeline();
        Renames.input(p, "fit", IoKind.ARTIFACT, "data", "dataset");
        Template fit = p.template("fit").orElseThrow();
        assertThat(fit.inputArtifacts.get(0).name).isEqualTo("dataset");
        assertThat(fit.container.args).containsExactly("{{inputs.artifacts.dataset.path}}");
        assertThat(from(step(p, "train"), "dataset")).isEqualTo("{{workflow.parameters.data}}");
        assertThat(from(step(p, "train2"), "dataset")).isEqualTo("{{tasks.train.outputs.artifacts.model}}");
        assertThat(step(p, "train").parameterArguments.get(0).name).as("parameters are another kind").isEqualTo("lr");
    }

    @Test
    void argoDiamondOfStepsRenamesAStepAndAnInputEverywhere() throws Exception {
        Pipeline p = read("dag-diamond-steps.yaml");
        Renames.step(p, p.template("diamond").orElseThrow().graph, "A", "start");
        Renames.input(p, "echo-thrice", IoKind.PARAMETER, "message", "text");
        Renames.input(p, "echo", IoKind.PARAMETER, "message", "line");
        String yaml = exportedAndValid(p);
        assertThat(yaml).doesNotContain("message").doesNotContainPattern("depends: \"?A\"?\\n")
                .contains("{{inputs.parameters.line}}", "{{inputs.parameters.text}}{{item}}");
        Graph diamond = p.template("diamond").orElseThrow().graph;
        assertThat(diamond.step("B").orElseThrow().dependsOn).containsExactly("start");
        assertThat(diamond.step("start").orElseThrow().parameterArguments.get(0).name).isEqualTo("text");
    }

    @Test
    void argoArtifactPassingRenamesStepOutputAndInput() throws Exception {
        Pipeline p = read("artifact-passing.yaml");
        Graph g = p.template("artifact-example").orElseThrow().graph;
        Renames.step(p, g, "generate-artifact", "make");
        Renames.output(p, "hello-world-to-file", IoKind.ARTIFACT, "hello-art", "greeting");
        Renames.input(p, "print-message-from-file", IoKind.ARTIFACT, "message", "note");
        String yaml = exportedAndValid(p);
        assertThat(yaml).doesNotContain("generate-artifact", "hello-art", "name: message")
                .contains("{{steps.make.outputs.artifacts.greeting}}");
        assertThat(from(g.step("consume-artifact").orElseThrow(), "note")).isEqualTo("{{steps.make.outputs.artifacts.greeting}}");
    }

    @Test
    void argoConditionalParametersFollowAStepRenameIntoTheOutputsExpression() throws Exception {
        Pipeline p = read("dag-conditional-parameters.yaml");
        Renames.step(p, p.template("main").orElseThrow().graph, "flip-coin", "toss");
        String yaml = exportedAndValid(p);
        assertThat(yaml).doesNotContain("tasks.flip-coin", "tasks['flip-coin']", "depends: flip-coin")
                .contains("{{tasks.toss.outputs.result}} == heads", "tasks['toss'].outputs.result == 'heads'");
    }

    private static Pipeline read(String example) throws Exception {
        Path file = SharedData.examplesDir().resolve(example);
        LoadResult loaded = PipelineFiles.read(file);
        assertThat(loaded.hasErrors()).as("import of %s", example).isFalse();
        return loaded.documents().get(0).pipeline();
    }

    /** Exported to Argo YAML, schema-valid, and read back without errors. */
    private static String exportedAndValid(Pipeline p) throws Exception {
        String yaml = PipelineFiles.toArgoYaml(p);
        JsonNode doc = new YAMLMapper().readTree(yaml);
        ArgoSchema.assertValid(doc, p.displayName());
        assertThat(PipelineFiles.parse(yaml, "renamed").hasErrors()).as("re-read of%n%s", yaml).isFalse();
        return yaml;
    }

    @Test
    void jsonFieldsKeepTheirPlaceAndNonTextValues() {
        Pipeline p = pipeline();
        Step report = step(p, "report");
        report.extra.putObject("hooks").putObject("exit").put("expression", "tasks.train.status == 'Failed'")
                .put("retries", 3);
        Renames.step(p, main(p), "train", "base");
        assertThat(report.extra.toString()).isEqualTo(
                Json.object().set("hooks", Json.object().set("exit", Json.object()
                        .put("expression", "tasks.base.status == 'Failed'").put("retries", 3))).toString());
    }
}
