package dev.orrery.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.runtime.local.LocalRuntime;
import dev.orrery.runtime.Phase;
import dev.orrery.runtime.RunState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code orrery trigger FILE --event payload.json --local}: the Sensor's mapping, then a local run. */
class TriggerCommandTest {
    @TempDir
    Path dir;

    static final String PIPELINE = """
            apiVersion: orrery.dev/v1alpha1
            kind: Pipeline
            metadata: {name: retrain}
            spec:
              entrypoint: main
              parameters:
                - {name: dataset, value: none}
                - {name: epochs, value: "1"}
                - {name: branch, value: main}
              triggers:
                - name: landed
                  type: webhook
                  source: {port: "12000", endpoint: /retrain, method: POST, url: ""}
                  parameters:
                    - src: {dependencyName: landed, dataKey: body.dataset.uri}
                      dest: spec.arguments.parameters.0.value
                    - src: {dependencyName: landed, dataTemplate: "{{ .Input.body.config.epochs }}"}
                      dest: spec.arguments.parameters.1.value
                    - src: {dependencyName: landed, dataKey: body.ref, value: develop}
                      dest: spec.arguments.parameters.2.value
              steps:
                - name: train
                  image: debian:stable-slim
                  script:
                    language: bash
                    source: echo "{{workflow.parameters.dataset}} {{workflow.parameters.epochs}} {{workflow.parameters.branch}}"
            """;

    @Test
    void aLocalTestEventRunsThePipelineWithTheMappedValues() throws IOException {
        Path file = dir.resolve("retrain.yaml");
        Files.writeString(file, PIPELINE);
        Path payload = dir.resolve("payload.json");
        Files.writeString(payload, "{\"dataset\": {\"uri\": \"s3://bucket/new.csv\"}, \"config\": {\"epochs\": 7}}");
        Path runs = dir.resolve("runs");

        CliRunner.Result r = CliRunner.run("trigger", file.toString(), "--event", payload.toString(), "--local",
                "--runs-dir", runs.toString());

        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("parameter dataset = s3://bucket/new.csv", "parameter epochs = 7",
                "parameter branch = develop");
        try (LocalRuntime runtime = new LocalRuntime(runs)) {
            List<RunState> all = runtime.list();
            assertThat(all).hasSize(1);
            assertThat(all.get(0).phase()).isEqualTo(Phase.SUCCEEDED);
            assertThat(all.get(0).nodesOfStep("train").get(0).outputs().result())
                    .isEqualTo("s3://bucket/new.csv 7 develop");
        }
    }

    @Test
    void validateShowsTriggerFindingsWithTheirLines() throws IOException {
        Path file = dir.resolve("retrain.yaml");
        Files.writeString(file, PIPELINE.replace("parameters.2.value", "parameters.5.value"));

        CliRunner.Result r = CliRunner.run("validate", file.toString());

        assertThat(r.exitCode()).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(r.out() + r.err()).contains("retrain.yaml:20: error: triggers.landed.parameters[2].dest: dest"
                + " spec.arguments.parameters.5.value maps to parameter 5 but the pipeline declares 3 parameters");
    }

    @Test
    void aPayloadWithoutTheMappedFieldStartsNothing() throws IOException {
        Path file = dir.resolve("retrain.yaml");
        Files.writeString(file, PIPELINE);
        Path payload = dir.resolve("payload.json");
        Files.writeString(payload, "{\"config\": {\"epochs\": 7}}");

        CliRunner.Result r = CliRunner.run("trigger", file.toString(), "--event", payload.toString(), "--local",
                "--runs-dir", dir.resolve("runs").toString());

        assertThat(r.exitCode()).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(r.err()).contains("dataKey body.dataset.uri is not in the event").doesNotContain("Exception");
        assertThat(r.err()).contains("warning: triggers.landed.parameters[0].src: the sample payload has no"
                + " body.dataset.uri");
        assertThat(dir.resolve("runs")).doesNotExist();
    }
}
