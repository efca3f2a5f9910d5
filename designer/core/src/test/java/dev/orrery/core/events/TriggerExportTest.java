package dev.orrery.core.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.core.io.LoadResult;
import dev.orrery.core.io.PipelineFiles;
import dev.orrery.core.io.PipelineFormat;
import dev.orrery.core.model.EventTrigger;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.testing.ArgoSchema;
import dev.orrery.core.testing.EventsSchema;
import dev.orrery.core.testing.YamlDocuments;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A pipeline with event triggers: native format, and the Argo export as WorkflowTemplate + EventSource + Sensor. */
class TriggerExportTest {
    static final String PIPELINE = """
            apiVersion: orrery.dev/v1alpha1
            kind: Pipeline
            metadata: {name: retrain}
            spec:
              entrypoint: main
              parameters:
                - {name: dataset, value: s3://data/latest.csv}
                - {name: epochs, value: "3"}
              triggers:
                - name: dataset-landed
                  type: webhook
                  source: {port: "12000", endpoint: /retrain, method: POST, url: "http://retrain-eventsource-svc:12000"}
                  parameters:
                    - src: {dependencyName: dataset-landed, dataKey: body.dataset}
                      dest: spec.arguments.parameters.0.value
                    - src: {dependencyName: dataset-landed, dataTemplate: "{{ .Input.body.epochs }}", value: "5"}
                      dest: spec.arguments.parameters.1.value
                  argo:
                    filters: {data: [{path: body.kind, type: string, value: [csv]}]}
                - name: nightly
                  type: calendar
                  source: {schedule: "0 2 * * *", timezone: Europe/Paris}
              steps:
                - name: train
                  image: python:3.12-slim
                  command: [python, -c, "print('{{workflow.parameters.dataset}}')"]
            """;

    @Test
    void nativeTriggersAreLiftedAndWrittenBackTheSame() {
        LoadResult loaded = PipelineFiles.parse(PIPELINE, "retrain.yaml");
        assertThat(loaded.allDiagnostics()).isEmpty();
        Pipeline p = loaded.documents().get(0).pipeline();
        assertThat(p.triggers).extracting(t -> t.name).containsExactly("dataset-landed", "nightly");
        EventTrigger webhook = p.triggers.get(0);
        assertThat(webhook.type).isEqualTo("webhook");
        assertThat(webhook.source.path("endpoint").asText()).isEqualTo("/retrain");
        assertThat(webhook.mappings.get(0).dataKey).isEqualTo("body.dataset");
        assertThat(webhook.mappings.get(1).parameterIndex()).contains(1);
        assertThat(webhook.mappings.get(1).value).isEqualTo("5");
        assertThat(webhook.dependencyExtra.has("filters")).isTrue();

        String nativeText = PipelineFiles.convert(loaded, PipelineFormat.NATIVE, null);
        assertThat(YamlDocuments.parse(nativeText).at("/spec/triggers"))
                .isEqualTo(YamlDocuments.parse(PIPELINE).at("/spec/triggers"));
    }

    @Test
    void theExportedDocumentsOpenAsThePipelineWithItsTriggersAgain() {
        LoadResult loaded = PipelineFiles.parse(PIPELINE, "retrain.yaml");
        String argo = PipelineFiles.convert(loaded, PipelineFormat.ARGO, null);

        LoadResult reopened = PipelineFiles.parse(argo, "retrain.argo.yaml");
        assertThat(reopened.others()).as("EventSource and Sensor attached to the pipeline").isEmpty();
        Pipeline p = reopened.documents().get(0).pipeline();
        assertThat(p.triggers).extracting(t -> t.name).containsExactly("dataset-landed", "nightly");
        assertThat(YamlDocuments.parse(PipelineFiles.convert(reopened, PipelineFormat.NATIVE, null)).at("/spec/triggers"))
                .isEqualTo(YamlDocuments.parse(PIPELINE).at("/spec/triggers"));
        assertThat(PipelineFiles.convert(reopened, PipelineFormat.ARGO, null)).isEqualTo(argo);

        String edited = argo.replace("conditions: nightly", "conditions: nightly || dataset-landed");
        LoadResult handEdited = PipelineFiles.parse(edited, "edited.yaml");
        assertThat(handEdited.others()).as("a Sensor edited by hand stays a document of its own").hasSize(2);
        assertThat(PipelineFiles.convert(handEdited, PipelineFormat.ARGO, null)).isEqualTo(edited);
    }

    @Test
    void exportsWorkflowTemplateEventSourceAndSensorThatSubmitsFromTheTemplate() throws Exception {
        LoadResult loaded = PipelineFiles.parse(PIPELINE, "retrain.yaml");
        List<JsonNode> docs = YamlDocuments.readAll(PipelineFiles.convert(loaded, PipelineFormat.ARGO, null));

        assertThat(docs).extracting(d -> d.path("kind").asText())
                .containsExactly("WorkflowTemplate", "EventSource", "Sensor");
        ArgoSchema.assertValidStrict(docs.get(0), "template");
        EventsSchema.assertValidStrict(docs.get(1), "event source");
        EventsSchema.assertValidStrict(docs.get(2), "sensor");

        JsonNode source = docs.get(1).path("spec");
        assertThat(source.at("/webhook/dataset-landed/endpoint").asText()).isEqualTo("/retrain");
        assertThat(source.at("/calendar/nightly/schedule").asText()).isEqualTo("0 2 * * *");
        assertThat(source.at("/service/ports/0/port").asInt()).isEqualTo(12000);

        JsonNode sensor = docs.get(2).path("spec");
        assertThat(sensor.at("/dependencies/0/eventSourceName").asText()).isEqualTo("retrain");
        assertThat(sensor.at("/dependencies/0/filters/data/0/path").asText()).isEqualTo("body.kind");
        JsonNode trigger = sensor.at("/triggers/0/template");
        assertThat(trigger.path("conditions").asText()).isEqualTo("dataset-landed");
        assertThat(trigger.at("/argoWorkflow/operation").asText()).isEqualTo("submit");
        JsonNode workflow = trigger.at("/argoWorkflow/source/resource");
        assertThat(workflow.path("kind").asText()).isEqualTo("Workflow");
        assertThat(workflow.at("/spec/workflowTemplateRef/name").asText()).isEqualTo("retrain");
        assertThat(workflow.at("/spec/arguments/parameters/1/name").asText()).isEqualTo("epochs");
        ArgoSchema.assertValidStrict(workflow, "submitted workflow");
        assertThat(trigger.at("/argoWorkflow/parameters/0/src/dataKey").asText()).isEqualTo("body.dataset");
        assertThat(trigger.at("/argoWorkflow/parameters/0/dest").asText()).isEqualTo("spec.arguments.parameters.0.value");
        assertThat(sensor.at("/triggers/1/template/conditions").asText()).isEqualTo("nightly");
    }
}
