package dev.orrery.core.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.core.model.EventKind;
import dev.orrery.core.model.EventTrigger;
import dev.orrery.core.model.Parameter;
import dev.orrery.core.model.ParameterMapping;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.testing.YamlDocuments;
import org.junit.jupiter.api.Test;

/** The Sensor's parameter resolution, simulated: gjson keys, Go templates, defaults, operations. */
class PayloadMapperTest {
    static final JsonNode DATA = YamlDocuments.parse("""
            {"body": {"repo": {"name": "churn", "full.name": "acme/churn"}, "commits": [{"id": "a1"}, {"id": "b2"}],
             "size": 3, "ratio": 0.5, "ok": true, "nothing": null, "tags": ["x", "y"]}}
            """);

    private static String key(String path) {
        ParameterMapping m = ParameterMapping.of("dep", path, "spec.arguments.parameters.0.value");
        return PayloadMapper.resolve(m, "dep", DATA).value();
    }

    private static String template(String t) {
        ParameterMapping m = ParameterMapping.of("dep", null, "spec.arguments.parameters.0.value");
        m.dataTemplate = t;
        return PayloadMapper.resolve(m, "dep", DATA).value();
    }

    @Test
    void dataKeysFollowGjsonPaths() {
        assertThat(key("body.repo.name")).isEqualTo("churn");
        assertThat(key("body.repo.full\\.name")).isEqualTo("acme/churn");
        assertThat(key("body.commits.1.id")).isEqualTo("b2");
        assertThat(key("body.commits.#")).isEqualTo("2");
        assertThat(key("body.commits.#.id")).isEqualTo("[\"a1\",\"b2\"]");
        assertThat(key("body.re*.name")).isEqualTo("churn");
        assertThat(key("body.size")).isEqualTo("3");
        assertThat(key("body.ratio")).isEqualTo("0.5");
        assertThat(key("body.ok")).isEqualTo("true");
        assertThat(key("body.nothing")).isEqualTo("null");
        assertThat(key("body.repo")).isEqualTo("{\"name\":\"churn\",\"full.name\":\"acme/churn\"}");
        assertThat(key("body.missing")).isNull();
    }

    @Test
    void dataTemplatesReadInputFieldsAsGoPrintsThem() {
        assertThat(template("{{ .Input.body.repo.name }}")).isEqualTo("churn");
        assertThat(template("repo-{{.Input.body.repo.name | upper}}-{{ .Input.body.size }}")).isEqualTo("repo-CHURN-3");
        assertThat(template("{{ .Input.body.tags }}")).isEqualTo("[x y]");
        assertThat(template("{{ .Input.body.missing }}")).as("no value: the Sensor falls back").isNull();
        assertThat(template("{{ if .Input.body.ok }}yes{{ end }}")).as("unsupported").isNull();
    }

    @Test
    void aTemplateThatFailsFallsBackToTheKeyThenToTheDefault() {
        ParameterMapping m = ParameterMapping.of("dep", "body.repo.name", "spec.arguments.parameters.0.value");
        m.dataTemplate = "{{ .Input.body.absent }}";
        assertThat(PayloadMapper.resolve(m, "dep", DATA).value()).isEqualTo("churn");
        m.dataKey = "body.absent";
        m.value = "fallback";
        assertThat(PayloadMapper.resolve(m, "dep", DATA).value()).isEqualTo("fallback");
        m.value = null;
        assertThat(PayloadMapper.resolve(m, "dep", DATA).problem()).contains("body.absent");
    }

    @Test
    void applyFillsThePipelineParametersByDestIndexWithOperations() {
        Pipeline p = new Pipeline();
        p.parameters.add(Parameter.of("repo", "none"));
        p.parameters.add(Parameter.of("tag", "v-"));
        EventTrigger t = EventTrigger.of("push", EventKind.WEBHOOK);
        t.mappings.add(ParameterMapping.of("push", "body.repo.name", ParameterMapping.parameterDest(0)));
        ParameterMapping append = ParameterMapping.of("push", "body.commits.0.id", ParameterMapping.parameterDest(1));
        append.operation = "append";
        t.mappings.add(append);

        JsonNode payload = DATA.path("body");
        PayloadMapper.Result r = PayloadMapper.apply(p, t, PayloadMapper.eventData(t, payload));

        assertThat(r.problems()).isEmpty();
        assertThat(r.parameters()).containsEntry("repo", "churn").containsEntry("tag", "v-a1");
    }
}
