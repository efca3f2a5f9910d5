package dev.orrery.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.core.diag.Diagnostic;
import dev.orrery.core.diag.Severity;
import dev.orrery.core.io.LoadResult;
import dev.orrery.core.io.PipelineFiles;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.testing.YamlDocuments;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Findings on event triggers, with their lines, as the CLI and the Problems tab show them. */
class EventRulesTest {
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
                    - src: {dependencyName: landed, dataKey: body.epochs}
                      dest: spec.arguments.parameters.1.value
                - name: queue
                  type: kafak
              steps:
                - name: train
                  image: python:3.12-slim
                  command: [echo, "{{workflow.parameters.dataset}}"]
            """;

    @Test
    void aListeningPortThatIsNotANumberIsAnError() {
        assertThat(validate(PIPELINE)).noneMatch(d -> d.message().contains("not a port number"));
        assertThat(validate(PIPELINE.replace("port: \"12000\"", "port: abc"))).anySatisfy(d -> {
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.message()).contains("trigger 'landed' listens on port 'abc', which is not a port number");
        });
        assertThat(validate(PIPELINE.replace("port: \"12000\"", "port: \"70000\"")))
                .anyMatch(d -> d.message().contains("'70000', which is not a port number"));
    }

    private static List<Diagnostic> validate(String text) {
        LoadResult loaded = PipelineFiles.parse(text, "p.yaml");
        return new Validator().validate(loaded.documents().get(0).pipeline(),
                loaded.documents().get(0).lines()::lineOf);
    }

    @Test
    void aMappingToAnUndeclaredParameterAndAnUnknownTypeAreErrorsOnTheirLines() {
        List<Diagnostic> found = validate(PIPELINE);

        assertThat(found).anySatisfy(d -> {
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.message()).contains("maps to parameter 1 but the pipeline declares 1 parameter");
            assertThat(d.location().field()).isEqualTo("triggers.landed.parameters[1].dest");
            assertThat(d.location().line()).isEqualTo(15);
        });
        assertThat(found).anySatisfy(d -> {
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.message()).contains("unknown event type 'kafak'");
            assertThat(d.location().line()).isEqualTo(17);
        });
        assertThat(found).noneMatch(d -> d.message().contains("dest spec.arguments.parameters.0.value"));
    }

    @Test
    void aDataKeyTheSamplePayloadLacksIsAWarning() {
        Pipeline p = PipelineFiles.parse(PIPELINE, "p.yaml").documents().get(0).pipeline();
        List<Diagnostic> found = EventRules.checkSample(p, p.triggers.get(0),
                YamlDocuments.parse("{\"dataset\": \"s3://x\"}"));
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.message()).contains("the sample payload has no body.epochs");
        });
    }

    @Test
    void anEventNoSensorOfTheFileUsesIsAWarningWithItsLine() {
        LoadResult loaded = PipelineFiles.parse("""
                apiVersion: argoproj.io/v1alpha1
                kind: EventSource
                metadata: {name: hooks}
                spec:
                  webhook:
                    used: {port: "12000", endpoint: /a, method: POST, url: ""}
                    forgotten: {port: "12000", endpoint: /b, method: POST, url: ""}
                ---
                apiVersion: argoproj.io/v1alpha1
                kind: Sensor
                metadata: {name: s}
                spec:
                  dependencies: [{name: d, eventSourceName: hooks, eventName: used}]
                  triggers: [{template: {name: t, log: {}}}]
                """, "events.yaml");
        assertThat(loaded.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.message()).contains("event 'forgotten' of EventSource 'hooks' is referenced by no Sensor");
            assertThat(d.location().line()).isEqualTo(7);
        });
    }
}
