package dev.orrery.runtime.local;

import static dev.orrery.runtime.local.Fixtures.bash;
import static dev.orrery.runtime.local.Fixtures.dag;
import static dev.orrery.runtime.local.Fixtures.node;
import static dev.orrery.runtime.local.Fixtures.pipeline;
import static dev.orrery.runtime.local.Fixtures.runToEnd;
import static dev.orrery.runtime.local.Fixtures.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orrery.core.model.Artifact;
import dev.orrery.core.model.Json;
import dev.orrery.core.model.Loop;
import dev.orrery.core.model.Parameter;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Step;
import dev.orrery.core.model.Template;
import dev.orrery.runtime.ArtifactRef;
import dev.orrery.runtime.NodeState;
import dev.orrery.runtime.NodeType;
import dev.orrery.runtime.Phase;
import dev.orrery.runtime.RunState;
import dev.orrery.runtime.RuntimeFailure;
import dev.orrery.runtime.SubmitOptions;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parameters, results, artifacts, when conditions and fan-out: what flows between steps. */
class DataFlowTest {
    @TempDir
    Path tmp;
    LocalRuntime runtime;

    @BeforeEach
    void start() {
        runtime = new LocalRuntime(tmp.resolve("runs"));
    }

    @AfterEach
    void stop() {
        runtime.close();
    }

    private static Pipeline producerConsumer() {
        Template produce = bash("produce", """
                echo "rows={{inputs.parameters.rows}}" > /tmp/orrery-test/out.txt
                printf 'a,b\\n1,2\\n' > /tmp/orrery-test/data.csv
                echo "hello from {{workflow.name}}"
                """);
        Fixtures.input(produce, "rows");
        Fixtures.outputParameter(produce, "summary", "/tmp/orrery-test/out.txt");
        produce.outputArtifacts.add(new Artifact("data", "/tmp/orrery-test/data.csv"));
        Template consume = bash("consume", """
                echo "got {{inputs.parameters.summary}} / {{inputs.parameters.said}}"
                wc -l < {{inputs.artifacts.data.path}}
                cat /data/in.csv | head -1
                """);
        Fixtures.input(consume, "summary");
        Fixtures.input(consume, "said");
        consume.inputArtifacts.add(new Artifact("data", "/data/in.csv"));
        Step p = Fixtures.arg(step("produce", "produce"), "rows", "{{workflow.parameters.rows}}");
        Step c = step("consume", "consume", "produce");
        Fixtures.arg(c, "summary", "{{tasks.produce.outputs.parameters.summary}}");
        Fixtures.arg(c, "said", "{{tasks.produce.outputs.result}}");
        Fixtures.artifactArg(c, "data", "{{tasks.produce.outputs.artifacts.data}}");
        Pipeline pipeline = pipeline("flow", dag("main", p, c), produce, consume);
        pipeline.parameters.add(Parameter.of("rows", "10"));
        return pipeline;
    }

    @Test
    void parametersResultsAndArtifactsPassBetweenSteps() throws Exception {
        RunState s = runToEnd(runtime, producerConsumer(), SubmitOptions.DEFAULTS.withParameter("rows", "42"));

        assertThat(s.phase()).as(Fixtures.ids(s).toString()).isEqualTo(Phase.SUCCEEDED);
        NodeState produce = node(s, "produce");
        assertThat(produce.outputs().parameters()).containsEntry("summary", "rows=42");
        assertThat(produce.outputs().result()).isEqualTo("hello from " + s.name());
        assertThat(node(s, "consume").outputs().result())
                .isEqualTo("got rows=42 / hello from " + s.name() + "\n2\na,b");
        assertThat(s.parameters()).containsEntry("rows", "42");

        List<ArtifactRef> artifacts = runtime.artifacts(s.ref());
        assertThat(artifacts).extracting(ArtifactRef::name).containsExactly("data");
        assertThat(artifacts.get(0).size()).isEqualTo(8);
        assertThat(Path.of(artifacts.get(0).location())).startsWith(tmp.resolve("runs").resolve(s.id()));
        try (InputStream in = runtime.openArtifact(artifacts.get(0))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("a,b\n1,2\n");
        }
    }

    @Test
    void aParameterWhoseValueIsNullRunsWithItsDefaultAsInArgo() throws Exception {
        Pipeline pipeline = producerConsumer();
        Parameter rows = pipeline.parameter("rows").orElseThrow();
        rows.value = Json.F.nullNode(); // `value: null` in the YAML: unset
        rows.defaultValue = Json.text("7");

        RunState s = runToEnd(runtime, pipeline, SubmitOptions.DEFAULTS);

        assertThat(s.phase()).as(Fixtures.ids(s).toString()).isEqualTo(Phase.SUCCEEDED);
        assertThat(s.parameters()).containsEntry("rows", "7");
        assertThat(node(s, "produce").outputs().parameters()).containsEntry("summary", "rows=7");
    }

    @Test
    void unknownAndMissingParametersAreRefusedAtSubmit() {
        Pipeline p = producerConsumer();
        assertThatThrownBy(() -> runtime.submit(p, SubmitOptions.DEFAULTS.withParameter("colums", "3")))
                .isInstanceOf(RuntimeFailure.class).hasMessageContaining("no parameter 'colums'")
                .hasMessageContaining("rows");
        p.parameters.get(0).value = null;
        assertThatThrownBy(() -> runtime.submit(p, SubmitOptions.DEFAULTS))
                .isInstanceOf(RuntimeFailure.class).hasMessageContaining("-p rows=VALUE");
    }

    @Test
    void whenFalseSkipsAStepAndWhenTrueRunsIt() {
        Step heads = step("on-heads", "ok", "flip");
        heads.when = "'{{tasks.flip.outputs.result}}' == 'heads'";
        Step tails = step("on-tails", "ok", "flip");
        tails.when = "{{tasks.flip.outputs.result}} == tails";
        Step big = step("big", "ok", "flip");
        big.when = "{{workflow.parameters.n}} > 9 && {{workflow.parameters.n}} < 100";
        Step after = step("after", "ok", "on-tails");
        Pipeline p = pipeline("coin", dag("main", step("flip", "flip"), heads, tails, big, after),
                bash("flip", "echo heads"), bash("ok", "echo ran"));
        p.parameters.add(Parameter.of("n", "10"));

        RunState s = runToEnd(runtime, p);

        assertThat(node(s, "on-heads").phase()).isEqualTo(Phase.SUCCEEDED);
        assertThat(node(s, "on-tails").phase()).isEqualTo(Phase.SKIPPED);
        assertThat(node(s, "on-tails").type()).isEqualTo(NodeType.SKIPPED);
        assertThat(node(s, "on-tails").message()).contains("heads == tails");
        assertThat(node(s, "big").phase()).as("numbers compare as numbers: 10 > 9").isEqualTo(Phase.SUCCEEDED);
        assertThat(node(s, "after").phase()).as("a skipped dependency does not block").isEqualTo(Phase.SUCCEEDED);
        assertThat(s.phase()).isEqualTo(Phase.SUCCEEDED);
    }

    @Test
    void fanOutOverItemsRunsOneNodePerItemAndAggregatesOutputs() {
        Template square = bash("square", "echo $(( {{inputs.parameters.n}} * {{inputs.parameters.n}} )) > /tmp/sq;"
                + " echo item={{inputs.parameters.n}}");
        Fixtures.input(square, "n");
        Fixtures.outputParameter(square, "sq", "/tmp/sq");
        Step fan = Fixtures.arg(step("fan", "square"), "n", "{{item}}");
        fan.loop = Loop.items(Json.array().add(2).add(3).add(4));
        Step objects = Fixtures.arg(step("objects", "echo"), "msg", "{{item.name}}:{{item.size}}");
        objects.loop = Loop.items(Json.array().add(Json.object().put("name", "a").put("size", 1))
                .add(Json.object().put("name", "b").put("size", 2)));
        Step seq = Fixtures.arg(step("seq", "echo"), "msg", "#{{item}}");
        seq.loop = new Loop();
        seq.loop.sequence = Json.object().put("count", "3").put("start", "5");
        Step gather = Fixtures.arg(step("gather", "echo", "fan"), "msg", "{{tasks.fan.outputs.parameters.sq}}");
        Step overParam = Fixtures.arg(step("over-param", "echo", "fan"), "msg", "p{{item}}");
        overParam.loop = new Loop();
        overParam.loop.param = "{{tasks.fan.outputs.parameters.sq}}";
        Template echo = Fixtures.input(bash("echo", "echo '{{inputs.parameters.msg}}'"), "msg");
        Pipeline p = pipeline("fan", dag("main", fan, objects, seq, gather, overParam), square, echo);

        RunState s = runToEnd(runtime, p);

        assertThat(s.phase()).as(Fixtures.ids(s).toString()).isEqualTo(Phase.SUCCEEDED);
        NodeState group = s.node(s.id() + ".fan").orElseThrow();
        assertThat(group.type()).isEqualTo(NodeType.TASK_GROUP);
        assertThat(group.children()).containsExactly(s.id() + ".fan(0:2)", s.id() + ".fan(1:3)", s.id() + ".fan(2:4)");
        assertThat(s.nodesOfStep("fan")).hasSize(4);
        assertThat(node(s, "gather").outputs().result()).isEqualTo("[\"4\",\"9\",\"16\"]");
        assertThat(s.nodesOfStep("objects").stream().map(n -> n.outputs().result()).filter(r -> r != null))
                .containsExactlyInAnyOrder("a:1", "b:2");
        assertThat(s.nodesOfStep("seq").stream().map(n -> n.outputs().result()).filter(r -> r != null))
                .containsExactlyInAnyOrder("#5", "#6", "#7");
        assertThat(s.nodesOfStep("over-param").stream().map(n -> n.outputs().result()).filter(r -> r != null))
                .containsExactlyInAnyOrder("p4", "p9", "p16");
    }
}
