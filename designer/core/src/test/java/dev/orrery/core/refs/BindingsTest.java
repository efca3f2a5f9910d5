package dev.orrery.core.refs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.core.argo.ArgoImporter;
import dev.orrery.core.model.Artifact;
import dev.orrery.core.model.Graph;
import dev.orrery.core.model.GraphStyle;
import dev.orrery.core.model.Parameter;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Step;
import dev.orrery.core.model.Template;
import dev.orrery.core.testing.SharedData;
import dev.orrery.core.testing.YamlDocuments;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Which input of which step is fed by which output of which other step. */
class BindingsTest {

    @Test
    void artifactAndParameterArgumentsNamingOutputsAreBindings() {
        Step evaluate = new Step("evaluate", "evaluate");
        Artifact model = new Artifact("model", null);
        model.from = "{{tasks.train.outputs.artifacts.model}}";
        evaluate.artifactArguments.add(model);
        evaluate.parameterArguments.add(Parameter.of("threshold", "{{ tasks['tune'].outputs.parameters.best }}"));
        evaluate.parameterArguments.add(Parameter.of("note", "{{workflow.outputs.parameters.x}} {{inputs.parameters.y}}"));
        evaluate.parameterArguments.add(Parameter.of("plain", "0.5"));

        assertThat(Bindings.into(evaluate)).containsExactly(
                new Binding("evaluate", IoKind.PARAMETER, "threshold", "tune", IoKind.PARAMETER, "best",
                        "tasks['tune'].outputs.parameters.best"),
                new Binding("evaluate", IoKind.ARTIFACT, "model", "train", IoKind.ARTIFACT, "model",
                        "tasks.train.outputs.artifacts.model"));
    }

    @Test
    void resultAndStepsFormAndEveryReferenceOfAnExpression() {
        Step s = new Step("report", "report");
        s.parameterArguments.add(Parameter.of("both", "{{steps.a.outputs.result}}-{{steps.b.outputs.parameters.n}}"));
        s.parameterArguments.add(Parameter.of("all", "{{steps.loop.outputs.parameters}} {{steps.a.outputs.resultx}}"));
        Artifact pick = new Artifact("pick", null);
        pick.extra.put("fromExpression",
                "tasks['flip'].outputs.result == 'heads' ? tasks.heads.outputs.artifacts.out : tasks.tails.outputs.artifacts.out");
        s.artifactArguments.add(pick);

        List<Binding> found = Bindings.into(s);
        assertThat(found).extracting(Binding::producer).containsExactly("a", "b", "loop", "flip", "heads", "tails");
        assertThat(found).extracting(Binding::output).containsExactly("result", "n", "parameters", "result", "out", "out");
        assertThat(found.get(3).kindsDiffer()).as("an artifact fed by a result parameter").isTrue();
        assertThat(found.get(4).kindsDiffer()).isFalse();
    }

    @Test
    void aStepNameThatOnlyStartsLikeAReferenceIsNotOne() {
        Step s = new Step("x", "x");
        s.parameterArguments.add(Parameter.of("p", "{{workflow.tasks.a.outputs.result}} {{subtasks.a.outputs.result}}"));
        assertThat(Bindings.into(s)).isEmpty();
    }

    @Test
    void edgesListWhatFlowsOnThemAndAnOrderingEdgeCarriesNothing() {
        Graph g = new Graph();
        Step train = new Step("train", "t");
        Step evaluate = new Step("evaluate", "e");
        evaluate.dependsOn.add("train");
        Step deploy = new Step("deploy", "d");
        deploy.dependsOn.addAll(List.of("train", "evaluate"));
        g.steps.addAll(List.of(train, evaluate, deploy));
        Bindings.bind(evaluate, GraphStyle.DAG, IoKind.ARTIFACT, "model", "train", "model");
        Bindings.bind(evaluate, GraphStyle.DAG, IoKind.PARAMETER, "lr", "train", "lr");
        Bindings.bind(deploy, GraphStyle.DAG, IoKind.ARTIFACT, "model", "train", "model");

        Bindings b = Bindings.of(g);
        assertThat(b.between("train", "evaluate")).extracting(Binding::label).containsExactly("lr", "model");
        assertThat(b.between("evaluate", "deploy")).isEmpty();
        assertThat(b.from("train")).hasSize(3);
        assertThat(b.into("deploy")).extracting(Binding::reference)
                .containsExactly("tasks.train.outputs.artifacts.model");
    }

    @Test
    void bindWritesTheGraphsFormAndReplacesAnEarlierSource() {
        Step s = new Step("evaluate", "e");
        Artifact old = new Artifact("model", null);
        old.extra.put("fromExpression", "tasks.a.outputs.artifacts.m");
        s.artifactArguments.add(old);
        Bindings.bind(s, GraphStyle.STEPS, IoKind.ARTIFACT, "model", "train", "model");
        Bindings.bind(s, GraphStyle.STEPS, IoKind.PARAMETER, "lr", "tune", "best");

        assertThat(s.artifactArguments).hasSize(1);
        assertThat(s.artifactArguments.get(0).from).isEqualTo("{{steps.train.outputs.artifacts.model}}");
        assertThat(s.artifactArguments.get(0).extra.has("fromExpression")).isFalse();
        assertThat(s.parameterArguments.get(0).valueText()).isEqualTo("{{steps.tune.outputs.parameters.best}}");
    }

    @Test
    void unbindRemovesOnlyThatArgument() {
        Step s = new Step("evaluate", "e");
        Bindings.bind(s, GraphStyle.DAG, IoKind.ARTIFACT, "model", "train", "model");
        Bindings.bind(s, GraphStyle.DAG, IoKind.ARTIFACT, "dataset", "prep", "dataset");
        Binding model = Bindings.into(s).get(0);

        assertThat(Bindings.unbind(s, model)).isTrue();
        assertThat(Bindings.into(s)).extracting(Binding::input).containsExactly("dataset");
        assertThatThrownBy(() -> Bindings.unbind(new Step("other", "o"), model))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Every argument reference to another step's output in Argo's examples, counted from the YAML
     * itself, is a binding of the imported model (and no more).
     */
    @Test
    void everyBindingOfArgosExamplesIsFound() {
        Pattern rawReference = Pattern.compile("(?<![\\w.\\-])(tasks|steps)(\\.[\\w-]+|\\['[^']+'])\\.outputs\\.");
        int documents = 0;
        int expected = 0;
        int found = 0;
        List<String> differing = new ArrayList<>();
        for (Path file : SharedData.exampleFiles()) {
            List<JsonNode> docs = YamlDocuments.read(file);
            for (int i = 0; i < docs.size(); i++) {
                JsonNode doc = docs.get(i);
                if (!ArgoImporter.isArgoPipeline(doc)) {
                    continue;
                }
                documents++;
                int inYaml = 0;
                for (String text : argumentTexts(doc)) {
                    Matcher m = rawReference.matcher(text);
                    while (m.find()) {
                        inYaml++;
                    }
                }
                Pipeline p = new ArgoImporter().read(doc).pipeline();
                int inModel = 0;
                for (Template t : p.templates) {
                    inModel += t.graph == null ? 0 : Bindings.of(t.graph).all().size();
                }
                expected += inYaml;
                found += inModel;
                if (inYaml != inModel) {
                    differing.add(file.getFileName() + "#" + i + ": yaml " + inYaml + ", model " + inModel);
                }
            }
        }
        assertThat(documents).isGreaterThan(100);
        assertThat(expected).as("bindings in the examples").isGreaterThan(30);
        assertThat(differing).isEmpty();
        assertThat(found).isEqualTo(expected);
    }

    /** The text of every argument of every task and step of the document's templates. */
    private static List<String> argumentTexts(JsonNode doc) {
        List<String> out = new ArrayList<>();
        JsonNode spec = doc.path("spec").has("workflowSpec") ? doc.path("spec").path("workflowSpec") : doc.path("spec");
        for (JsonNode t : spec.path("templates")) {
            List<JsonNode> calls = new ArrayList<>();
            t.path("dag").path("tasks").forEach(calls::add);
            for (JsonNode group : t.path("steps")) {
                group.forEach(calls::add);
            }
            for (JsonNode call : calls) {
                call.path("arguments").path("parameters").forEach(p -> out.add(p.path("value").asText("")));
                call.path("arguments").path("artifacts").forEach(a -> {
                    out.add(a.path("from").asText(""));
                    out.add(a.path("fromExpression").asText(""));
                });
            }
        }
        return out;
    }
}
