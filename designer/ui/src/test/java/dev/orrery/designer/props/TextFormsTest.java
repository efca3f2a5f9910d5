package dev.orrery.designer.props;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.core.model.EnvVar;
import dev.orrery.core.model.Json;
import dev.orrery.core.model.KeyRef;
import dev.orrery.core.model.Parameter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The property sheet's line forms: what a user types becomes the model and back; a bad line is named by number. */
class TextFormsTest {

    @Test
    void envLinesReadLiteralsSecretAndConfigMapKeysAndSkipBlankLines() {
        TextForms.Parsed<List<EnvVar>> p = TextForms.env(
                "MODE=train\n\n  \nTOKEN=secret:hf-token/value\nCFG=configmap:settings/yaml\nEMPTY=", List.of());

        assertThat(p.problem()).isNull();
        List<EnvVar> env = p.value();
        assertThat(env).extracting(e -> e.name).containsExactly("MODE", "TOKEN", "CFG", "EMPTY");
        assertThat(env.get(0).value.asText()).isEqualTo("train");
        assertThat(env.get(1).secretRef).isEqualTo(new KeyRef("hf-token", "value"));
        assertThat(env.get(2).configMapRef).isEqualTo(new KeyRef("settings", "yaml"));
        assertThat(env.get(3).value.asText()).isEmpty();
        assertThat(TextForms.env(env)).isEqualTo("MODE=train\nTOKEN=secret:hf-token/value\nCFG=configmap:settings/yaml\nEMPTY=");
    }

    @Test
    void anEnvVariableKeepsItsPassthroughFieldsWhileItsNameStays() {
        EnvVar old = EnvVar.literal("MODE", "eval");
        old.extra.put("x-note", "kept");

        List<EnvVar> env = TextForms.env("MODE=train\nOTHER=1", List.of(old)).value();

        assertThat(env.get(0).extra.path("x-note").asText()).isEqualTo("kept");
        assertThat(env.get(1).extra.isEmpty()).isTrue();
    }

    @Test
    void aBadEnvLineIsNamedByItsNumberCountingBlankLines() {
        assertThat(TextForms.env("A=1\n\nnot a variable", List.of()).problem())
                .startsWith("line 3: write NAME=value");
        assertThat(TextForms.env("A=1\n9LIVES=x", List.of()).problem())
                .isEqualTo("line 2: '9LIVES' is not a valid variable name");
        assertThat(TextForms.env("T=secret:no-key", List.of()).problem())
                .isEqualTo("line 1: a reference is secret:NAME/KEY or configmap:NAME/KEY");
        assertThat(TextForms.env("T=secret:no-key", List.of()).value()).isNull();
    }

    @Test
    void keyValueLinesBecomeAnObjectAndNothingWhenEmpty() {
        TextForms.Parsed<ObjectNode> p = TextForms.keyValues("gpu = a100\n\nzone=eu-west-1a");

        assertThat(p.problem()).isNull();
        assertThat(p.value().path("gpu").asText()).isEqualTo("a100");
        assertThat(p.value().path("zone").asText()).isEqualTo("eu-west-1a");
        assertThat(TextForms.keyValues(p.value())).isEqualTo("gpu=a100\nzone=eu-west-1a");
        assertThat(TextForms.keyValues(" \n").value()).isNull();
        assertThat(TextForms.keyValues("gpu=a100\n=x").problem()).isEqualTo("line 2: write key=value");
    }

    @Test
    void tolerationLinesReadKeyValueAndEffectWithExistsWhenNoValue() {
        TextForms.Parsed<ArrayNode> p = TextForms.tolerations(
                "nvidia.com/gpu=present:NoSchedule\n\ndedicated\n:NoExecute");

        assertThat(p.problem()).isNull();
        ArrayNode a = p.value();
        assertThat(a).hasSize(3);
        assertThat(a.get(0)).isEqualTo(Json.object().put("key", "nvidia.com/gpu").put("operator", "Equal")
                .put("value", "present").put("effect", "NoSchedule"));
        assertThat(a.get(1)).isEqualTo(Json.object().put("key", "dedicated").put("operator", "Exists"));
        assertThat(a.get(2)).isEqualTo(Json.object().put("operator", "Exists").put("effect", "NoExecute"));
        assertThat(TextForms.tolerations(a)).isEqualTo("nvidia.com/gpu=present:NoSchedule\ndedicated\n:NoExecute");
        assertThat(TextForms.tolerations("").value()).isNull();
        assertThat(TextForms.tolerations("gpu\ngpu:Never").problem())
                .isEqualTo("line 2: the effect must be NoSchedule, PreferNoSchedule or NoExecute");
    }

    @Test
    void parameterLinesKeepTheOtherFieldsOfAParameterThatStays() {
        Parameter old = new Parameter("epochs", Json.text("10"));
        old.defaultValue = Json.text("5");

        TextForms.Parsed<List<Parameter>> p = TextForms.parameters("epochs = 20\n\nnotes", List.of(old));

        assertThat(p.problem()).isNull();
        assertThat(p.value()).extracting(x -> x.name).containsExactly("epochs", "notes");
        assertThat(p.value().get(0).value.asText()).isEqualTo("20");
        assertThat(p.value().get(0).defaultValue.asText()).as("kept").isEqualTo("5");
        assertThat(p.value().get(1).value).isNull();
        assertThat(old.value.asText()).as("the previous list is not changed").isEqualTo("10");
        assertThat(TextForms.parameters(p.value())).isEqualTo("epochs=20\nnotes");
        assertThat(TextForms.parameters("a=1\nbad name=2", List.of()).problem()).isEqualTo("line 2: write name=value");
    }
}
