package dev.orrery.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code orrery export} on EventSource/Sensor files and on a pipeline with triggers ({@code -o DIR/}). */
class ExportEventsCliTest {
    @TempDir
    Path dir;

    static final String SENSOR = """
            apiVersion: argoproj.io/v1alpha1
            kind: Sensor
            metadata:
              name: webhook
            spec:
              template:
                serviceAccountName: operate-workflow-sa
              dependencies:
                - name: test-dep
                  eventSourceName: webhook
                  eventName: example
              triggers:
                - template:
                    name: hello
                    k8s:
                      operation: create
                      source:
                        resource: {apiVersion: v1, kind: ConfigMap, metadata: {generateName: x-}}
                      parameters:
                        - src: {dependencyName: test-dep, dataKey: body.message}
                          dest: data.message
            ---
            apiVersion: argoproj.io/v1alpha1
            kind: EventSource
            metadata:
              name: webhook
            spec:
              webhook:
                example: {port: "12000", endpoint: /example, method: POST}
            """;

    static final String PIPELINE = """
            apiVersion: orrery.dev/v1alpha1
            kind: Pipeline
            metadata: {name: retrain}
            spec:
              entrypoint: main
              parameters: [{name: dataset, value: none}]
              triggers:
                - name: landed
                  type: webhook
                  source: {port: "12000", endpoint: /retrain, method: POST, url: ""}
                  parameters:
                    - src: {dependencyName: landed, dataKey: body.dataset}
                      dest: spec.arguments.parameters.0.value
              steps:
                - name: train
                  image: python:3.12-slim
                  command: [echo, "{{workflow.parameters.dataset}}"]
            """;

    @Test
    void aFileOfOnlyEventSourcesAndSensorsGoesToNativeAndBack() throws IOException {
        Path in = dir.resolve("events.yaml");
        Files.writeString(in, SENSOR);
        Path nativeFile = dir.resolve("events.native.yaml");
        Path back = dir.resolve("events.argo.yaml");

        CliRunner.Result toNative = CliRunner.run("export", in.toString(), "--to", "native", "-o", nativeFile.toString());
        assertThat(toNative.exitCode()).as(toNative.err()).isZero();
        assertThat(Files.readString(nativeFile)).contains("apiVersion: orrery.dev/v1alpha1", "kind: Sensor",
                "dataKey: body.message");
        CliRunner.Result toArgo = CliRunner.run("export", nativeFile.toString(), "--to", "argo", "-o", back.toString());
        assertThat(toArgo.exitCode()).as(toArgo.err()).isZero();

        assertThat(documents(Files.readString(back))).isEqualTo(documents(SENSOR));
    }

    @Test
    void aPipelineWithTriggersExportsIntoAFolderAFilePerDocument() throws IOException {
        Path in = dir.resolve("retrain.yaml");
        Files.writeString(in, PIPELINE);
        Path out = dir.resolve("deploy");

        CliRunner.Result r = CliRunner.run("export", in.toString(), "--to", "argo", "-o", out + "/");
        assertThat(r.exitCode()).as(r.err()).isZero();
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted())
                    .containsExactly("eventsource-retrain.yaml", "sensor-retrain.yaml", "workflowtemplate-retrain.yaml");
        }
        JsonNode sensor = documents(Files.readString(out.resolve("sensor-retrain.yaml"))).get(0);
        assertThat(sensor.at("/spec/triggers/0/template/argoWorkflow/source/resource/spec/workflowTemplateRef/name")
                .asText()).isEqualTo("retrain");
    }

    @Test
    void aFileWithNothingToExportIsStillRefused() throws IOException {
        Path in = dir.resolve("cm.yaml");
        Files.writeString(in, "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n");
        CliRunner.Result r = CliRunner.run("export", in.toString(), "--to", "native");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(r.err()).contains("no pipeline, EventSource or Sensor in the file");
    }

    private static List<JsonNode> documents(String yaml) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (MappingIterator<JsonNode> it = new YAMLMapper().readerFor(JsonNode.class).readValues(yaml)) {
            while (it.hasNextValue()) {
                out.add(it.nextValue());
            }
        }
        return out;
    }
}
