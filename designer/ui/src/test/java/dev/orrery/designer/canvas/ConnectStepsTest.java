package dev.orrery.designer.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.core.model.Artifact;
import dev.orrery.core.model.Graph;
import dev.orrery.core.model.Parameter;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Step;
import dev.orrery.core.model.StepKind;
import dev.orrery.core.model.Template;
import dev.orrery.designer.palette.StepFactory;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import dev.orrery.designer.doc.DesignDocument;
import dev.orrery.designer.job.CanvasJobsTest;
import org.junit.jupiter.api.Test;

class ConnectStepsTest {

    @Test
    void connectingBindsAnUnboundInputArtifactToTheSourcesOutputAsOneUndoStep() {
        Pipeline p = CanvasJobsTest.chain();
        p.template("a").orElseThrow().outputArtifacts.add(new Artifact("dataset", "/tmp/data.csv"));
        p.template("c").orElseThrow().inputArtifacts.add(new Artifact("dataset", "/data/in.csv"));
        DesignDocument doc = new DesignDocument(p);

        doc.execute(ConnectSteps.connect(doc, "a", "c"));
        var c = doc.step("c").orElseThrow();
        assertThat(c.dependsOn).containsExactly("b", "a");
        assertThat(c.artifactArguments).singleElement()
                .satisfies(arg -> assertThat(arg.from).isEqualTo("{{tasks.a.outputs.artifacts.dataset}}"));
        assertThat(doc.jobs().undoDepth()).isEqualTo(1);

        doc.jobs().undo();
        assertThat(doc.step("c").orElseThrow().dependsOn).containsExactly("b");
        assertThat(doc.step("c").orElseThrow().artifactArguments).isEmpty();
    }

    @Test
    void nothingIsBoundWhenNamesDoNotMatchAndTheChoiceIsAmbiguous() {
        Pipeline p = CanvasJobsTest.chain();
        p.template("a").orElseThrow().outputArtifacts.add(new Artifact("x", "/x"));
        p.template("a").orElseThrow().outputArtifacts.add(new Artifact("y", "/y"));
        p.template("c").orElseThrow().inputArtifacts.add(new Artifact("z", "/z"));
        DesignDocument doc = new DesignDocument(p);
        doc.execute(ConnectSteps.connect(doc, "a", "c"));
        assertThat(doc.step("c").orElseThrow().artifactArguments).isEmpty();
        assertThat(doc.step("c").orElseThrow().dependsOn).contains("a");
    }

    /** The palette's four ML steps, connected in a chain in every order: the same bindings each time. */
    @Test
    void connectingThePaletteChainInAnyOrderBindsEachInputToItsNearestProducerByName() {
        List<String[]> edges = List.of(new String[] {"data-prep", "train"}, new String[] {"train", "evaluate"},
                new String[] {"evaluate", "deploy"});
        Map<String, String> expected = Map.of(
                "train.dataset", "{{tasks.data-prep.outputs.artifacts.dataset}}",
                "evaluate.model", "{{tasks.train.outputs.artifacts.model}}",
                "evaluate.dataset", "{{tasks.data-prep.outputs.artifacts.dataset}}",
                "deploy.model", "{{tasks.train.outputs.artifacts.model}}");
        for (List<Integer> order : List.of(List.of(0, 1, 2), List.of(2, 1, 0), List.of(1, 2, 0), List.of(2, 0, 1))) {
            DesignDocument doc = new DesignDocument(paletteSteps());
            order.forEach(i -> doc.execute(ConnectSteps.connect(doc, edges.get(i)[0], edges.get(i)[1])));
            assertThat(bindings(doc)).as("order " + order).isEqualTo(expected);
            assertThat(doc.step("deploy").orElseThrow().dependsOn).containsExactly("evaluate");
        }
    }

    @Test
    void aBindingTheNewEdgeMakesPossibleDownstreamIsPartOfTheSameUndoStep() {
        DesignDocument doc = new DesignDocument(paletteSteps());
        doc.execute(ConnectSteps.connect(doc, "evaluate", "deploy"));
        assertThat(doc.step("deploy").orElseThrow().artifactArguments)
                .as("evaluate makes no model, and train (which does) is not upstream yet: nothing bound, not metrics")
                .isEmpty();
        doc.execute(ConnectSteps.connect(doc, "train", "evaluate"));
        assertThat(bindings(doc)).containsEntry("deploy.model", "{{tasks.train.outputs.artifacts.model}}");

        doc.jobs().undo();
        assertThat(bindings(doc)).isEmpty();
        assertThat(doc.step("evaluate").orElseThrow().dependsOn).isEmpty();
    }

    @Test
    void anInputParameterWithoutDefaultBindsToAnUpstreamOutputOfTheSameName() {
        Pipeline p = CanvasJobsTest.chain();
        Parameter out = new Parameter("threshold", null);
        out.path = "/tmp/threshold";
        p.template("a").orElseThrow().outputParameters.add(out);
        p.template("c").orElseThrow().inputParameters.add(new Parameter("threshold", null));
        p.template("c").orElseThrow().inputParameters.add(Parameter.of("kept", "its default"));
        p.mainGraph().orElseThrow().step("b").orElseThrow().dependsOn.clear();
        DesignDocument doc = new DesignDocument(p);

        doc.execute(ConnectSteps.connect(doc, "a", "b"));
        assertThat(doc.step("c").orElseThrow().parameterArguments).extracting(x -> x.name + "=" + x.value.asText())
                .containsExactly("threshold={{tasks.a.outputs.parameters.threshold}}");
    }

    /**
     * A long chain of steps sharing one template that makes nothing, one step of an unknown template
     * and a producer far upstream: connecting the producer to the end binds the end's input to it
     * (the templates are looked up by name once per connect, issue 18's edit benchmark).
     */
    @Test
    void inADeepChainTheInputBindsToTheOnlyProducerFarUpstreamPastStepsOfSharedAndUnknownTemplates() {
        Pipeline p = new Pipeline();
        p.name = "deep";
        p.entrypoint = "main";
        Template main = new Template("main");
        main.graph = new Graph();
        p.templates.add(main);
        Template producer = new Template("producer");
        producer.outputArtifacts.add(new Artifact("model", "/tmp/model"));
        Template relay = new Template("relay");
        relay.outputArtifacts.add(new Artifact("log", "/tmp/log"));
        Template consumer = new Template("consumer");
        consumer.inputArtifacts.add(new Artifact("model", "/in/model"));
        p.templates.addAll(List.of(producer, relay, consumer));
        main.graph.steps.add(new Step("make", "producer"));
        String previous = null;
        for (int i = 0; i < 300; i++) {
            Step s = new Step("relay-" + i, i == 150 ? "no-such-template" : "relay");
            if (previous != null) {
                s.dependsOn.add(previous);
            }
            main.graph.steps.add(s);
            previous = s.name;
        }
        Step use = new Step("use", "consumer");
        use.dependsOn.add(previous);
        main.graph.steps.add(use);
        DesignDocument doc = new DesignDocument(p);

        doc.execute(ConnectSteps.connect(doc, "make", "relay-0"));

        assertThat(bindings(doc)).containsExactly(Map.entry("use.model", "{{tasks.make.outputs.artifacts.model}}"));
        doc.jobs().undo();
        assertThat(bindings(doc)).isEmpty();
        assertThat(doc.step("relay-0").orElseThrow().dependsOn).isEmpty();
    }

    private static Pipeline paletteSteps() {
        Pipeline p = new Pipeline();
        p.name = "wired";
        p.entrypoint = "main";
        Template main = new Template("main");
        main.graph = new Graph();
        p.templates.add(main);
        for (StepKind kind : List.of(StepKind.DATA_PREP, StepKind.TRAIN, StepKind.EVALUATE, StepKind.DEPLOY)) {
            StepFactory.NewStep created = StepFactory.create(kind, p);
            p.templates.add(created.template());
            main.graph.steps.add(created.step());
        }
        return p;
    }

    private static Map<String, String> bindings(DesignDocument doc) {
        Map<String, String> all = new TreeMap<>();
        for (Step s : doc.graph().steps) {
            s.artifactArguments.forEach(a -> all.put(s.name + "." + a.name, a.from));
        }
        return all;
    }
}
