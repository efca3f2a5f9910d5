package dev.orrery.designer.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.core.model.EventKind;
import dev.orrery.core.model.EventTrigger;
import dev.orrery.core.model.Parameter;
import dev.orrery.core.model.ParameterMapping;
import dev.orrery.core.model.Pipeline;
import org.junit.jupiter.api.Test;

/** The test event dialog's sample payload and what a typed payload maps to. */
class TestEventMappingTest {
    static Pipeline pipeline(String type) {
        Pipeline p = new Pipeline();
        p.name = "retrain";
        p.parameters.add(Parameter.of("dataset", "none"));
        p.parameters.add(Parameter.of("epochs", "3"));
        p.parameters.add(Parameter.of("branch", ""));
        EventTrigger t = EventTrigger.of("landed", EventKind.fromType(type).orElseThrow());
        t.mappings.add(ParameterMapping.of("landed", type.equals("webhook") ? "body.dataset.uri" : "dataset.uri",
                ParameterMapping.parameterDest(0)));
        ParameterMapping epochs = ParameterMapping.of("landed", null, ParameterMapping.parameterDest(1));
        epochs.dataTemplate = "{{ .Input.body.config.epochs }}";
        t.mappings.add(epochs);
        t.mappings.add(ParameterMapping.of("landed", "body.ref", ParameterMapping.parameterDest(2)));
        p.triggers.add(t);
        return p;
    }

    @Test
    void aWebhookSampleHoldsEachMappedBodyFieldWithItsParametersValue() {
        Pipeline p = pipeline("webhook");
        JsonNode sample = SamplePayload.of(p, p.triggers.get(0));
        assertThat(sample.at("/dataset/uri").asText()).isEqualTo("none");
        assertThat(sample.at("/config/epochs").asText()).as("a template's .Input path").isEqualTo("3");
        assertThat(sample.at("/ref").asText()).as("a parameter without value gets a sample").isEqualTo("sample-branch");
        assertThat(sample.has("body")).as("the request body itself, without body.").isFalse();
    }

    @Test
    void anotherSourcesSampleIsTheEventDataItself() {
        Pipeline p = pipeline("kafka");
        JsonNode sample = SamplePayload.of(p, p.triggers.get(0));
        assertThat(sample.at("/dataset/uri").asText()).isEqualTo("none");
        assertThat(sample.at("/body/config/epochs").asText()).isEqualTo("3");
    }

    @Test
    void theSampleMapsBackToTheParametersValues() {
        Pipeline p = pipeline("webhook");
        TestEventDialog.Mapped m = TestEventDialog.map(p, p.triggers.get(0), SamplePayload.text(p, p.triggers.get(0)));
        assertThat(m.invalid()).isNull();
        assertThat(m.result().parameters()).containsEntry("dataset", "none").containsEntry("epochs", "3")
                .containsEntry("branch", "sample-branch");
    }

    @Test
    void aTypedPayloadGivesTheMappedValuesAndWhatIsMissing() {
        Pipeline p = pipeline("webhook");
        TestEventDialog.Mapped m = TestEventDialog.map(p, p.triggers.get(0),
                "{\"dataset\": {\"uri\": \"s3://b/new.csv\"}, \"config\": {\"epochs\": 7}}");
        assertThat(m.result().parameters()).containsEntry("dataset", "s3://b/new.csv").containsEntry("epochs", "7");
        assertThat(m.result().problems()).singleElement().asString().contains("dataKey body.ref is not in the event");
    }

    @Test
    void invalidJsonSaysSoAndMapsNothing() {
        Pipeline p = pipeline("webhook");
        TestEventDialog.Mapped m = TestEventDialog.map(p, p.triggers.get(0), "{\"dataset\": ");
        assertThat(m.invalid()).startsWith("not valid JSON");
        assertThat(m.result()).isNull();
        assertThat(TestEventDialog.map(p, p.triggers.get(0), "  ").invalid()).contains("empty");
    }
}
