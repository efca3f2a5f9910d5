package dev.orrery.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.core.argo.ArgoExporter;
import dev.orrery.core.diag.Diagnostic;
import dev.orrery.core.model.ArgoKind;
import dev.orrery.core.model.Graph;
import dev.orrery.core.model.Json;
import dev.orrery.core.model.Loop;
import dev.orrery.core.model.Parameter;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Step;
import dev.orrery.core.model.Sweep;
import dev.orrery.core.model.SweepJson;
import dev.orrery.core.model.Template;
import dev.orrery.core.testing.ArgoSchema;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * A parameter sweep exports as Argo's withItems of objects with {@code {{item.NAME}}} arguments (valid
 * against Argo's published schema), and reads back, from Argo and from the native format, as the same sweep.
 */
class SweepRoundTripTest {

    static Pipeline pipeline() {
        Pipeline p = new Pipeline();
        p.name = "grid";
        p.entrypoint = "main";
        Template train = new Template("train");
        train.container = new dev.orrery.core.model.Container();
        train.container.image = "python:3.12-slim";
        train.container.language = "python";
        train.container.source = "print('{{inputs.parameters.lr}} {{inputs.parameters.batch}}')\n";
        train.inputParameters.add(new Parameter("lr", null));
        train.inputParameters.add(new Parameter("batch", null));
        Sweep sweep = new Sweep();
        sweep.axes.add(Sweep.Axis.list("lr", Json.array().add(0.1).add(0.01).add(0.001)));
        sweep.axes.add(Sweep.Axis.range("batch", new BigDecimal("16"), new BigDecimal("32"), new BigDecimal("16")));
        Step s = new Step("train", "train");
        s.loop = Loop.sweep(sweep);
        s.parameterArguments.add(Parameter.of("lr", "{{item.lr}}"));
        s.parameterArguments.add(Parameter.of("batch", "{{item.batch}}"));
        Template main = new Template("main");
        main.graph = new Graph();
        main.graph.steps.add(s);
        main.extra.put("parallelism", 2);
        p.templates.add(main);
        p.templates.add(train);
        return p;
    }

    private static Step train(Pipeline p) {
        return p.mainGraph().orElseThrow().step("train").orElseThrow();
    }

    @Test
    void exportsAsWithItemsOfObjectsAndReadsBackAsTheSameSweep() {
        Pipeline p = pipeline();
        JsonNode wf = new ArgoExporter().export(p, ArgoKind.WORKFLOW);
        JsonNode main = wf.at("/spec/templates/0");
        JsonNode task = main.at("/dag/tasks/0");
        assertThat(task.get("withItems").toString()).isEqualTo("[{\"lr\":0.1,\"batch\":16},{\"lr\":0.1,\"batch\":32},"
                + "{\"lr\":0.01,\"batch\":16},{\"lr\":0.01,\"batch\":32},{\"lr\":0.001,\"batch\":16},"
                + "{\"lr\":0.001,\"batch\":32}]");
        assertThat(task.at("/arguments/parameters/0/value").asText()).isEqualTo("{{item.lr}}");
        assertThat(main.get("parallelism").asInt()).as("Argo's limit on the graph holding the sweep").isEqualTo(2);
        assertThat(main.at("/metadata/annotations").get("orrery.dev/sweeps").asText())
                .contains("\"range\":{\"start\":16,\"stop\":32,\"step\":16}");
        ArgoSchema.assertValid(wf, "sweep as Workflow");
        assertThat(ArgoSchema.validatePublished(wf)).isEmpty();

        String yaml = PipelineFiles.toArgoYaml(p, ArgoKind.WORKFLOW);
        LoadResult back = PipelineFiles.parse(yaml, "grid.yaml");
        assertThat(back.allDiagnostics()).extracting(Diagnostic::format).isEmpty();
        Pipeline read = back.documents().get(0).pipeline();
        Step s = train(read);
        assertThat(SweepJson.write(s.loop.sweep)).isEqualTo(SweepJson.write(train(p).loop.sweep));
        assertThat(s.loop.items).isEqualTo(train(p).loop.items);
        assertThat(read.template("main").orElseThrow().extra.get("parallelism").asInt()).isEqualTo(2);
        assertThat(read.template("main").orElseThrow().extra.has("metadata")).as("the annotation is taken out").isFalse();
        assertThat(PipelineFiles.toArgoYaml(read, ArgoKind.WORKFLOW)).isEqualTo(yaml);
    }

    @Test
    void theNativeFormWritesTheSweepNotItsItems() {
        Pipeline p = pipeline();
        String yaml = PipelineFiles.toNativeYaml(p);
        assertThat(yaml).contains("sweep:").contains("mode: product").doesNotContain("items:");

        LoadResult back = PipelineFiles.parse(yaml, "grid.orrery.yaml");
        assertThat(back.allDiagnostics()).extracting(Diagnostic::format).isEmpty();
        Step s = train(back.documents().get(0).pipeline());
        assertThat(SweepJson.write(s.loop.sweep)).isEqualTo(SweepJson.write(train(p).loop.sweep));
        assertThat(s.loop.items.size()).isEqualTo(6);
        assertThat(PipelineFiles.toNativeYaml(back.documents().get(0).pipeline())).isEqualTo(yaml);
    }

    @Test
    void handEditedItemsReadAsAPlainLoopWithAWarning() {
        String yaml = PipelineFiles.toArgoYaml(pipeline(), ArgoKind.WORKFLOW)
                .replace("- lr: 0.001\n", "- lr: 0.5\n");
        LoadResult back = PipelineFiles.parse(yaml, "grid.yaml");
        Step s = train(back.documents().get(0).pipeline());
        assertThat(s.loop.sweep).isNull();
        assertThat(s.loop.items.toString()).contains("0.5");
        assertThat(back.allDiagnostics()).extracting(Diagnostic::message).anyMatch(m -> m.contains(
                "step train: its withItems no longer match the sweep"));
    }

    @Test
    void aNativeSweepThatDoesNotExpandIsAnError() {
        String yaml = PipelineFiles.toNativeYaml(pipeline()).replace("step: 16", "step: -16");
        LoadResult back = PipelineFiles.parse(yaml, "grid.orrery.yaml");
        assertThat(back.allDiagnostics()).extracting(Diagnostic::message)
                .contains("parameter batch: a step of -16 never gets from 16 to 32");
    }
}
