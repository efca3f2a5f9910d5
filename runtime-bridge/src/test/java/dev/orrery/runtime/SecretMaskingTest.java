package dev.orrery.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretMaskingTest {

    private static NodeState node(String id, String message, Map<String, String> outputs, String result) {
        return new NodeState(id, id, id, id, "t", NodeType.POD, Phase.SUCCEEDED, null, List.of(), Instant.EPOCH,
                Instant.EPOCH, message, 0, new NodeOutputs(outputs, result, List.of()), 1);
    }

    @Test
    void parametersNamedLikeSecretsAreMaskedWithTheRuleValidateUses() {
        Map<String, String> masked = SecretMasking.mask(Map.of("db-password", "hunter2", "api_key", "k-123",
                "password-file", "/run/secrets/pw", "rows", "10"));
        assertThat(masked).containsEntry("db-password", SecretMasking.MASK).containsEntry("api_key", SecretMasking.MASK)
                .containsEntry("password-file", "/run/secrets/pw").containsEntry("rows", "10");
        assertThat(SecretMasking.line("db-password", "hunter2")).isEqualTo("db-password=" + SecretMasking.MASK);
        assertThat(SecretMasking.line("rows", "10")).isEqualTo("rows=10");
    }

    @Test
    void aRunStateHidesSecretsInParametersOutputsMessagesAndResults() {
        RunState s = new RunState(new RunRef("local", "r"), "r", "p", "This computer", Phase.SUCCEEDED, Instant.EPOCH,
                Instant.EPOCH, "done with hunter2", Progress.NONE, Map.of("db-password", "hunter2", "rows", "10"),
                List.of(node("r.a", "when 'hunter2 == x' evaluated to false", Map.of("token", "t-999", "echo",
                        "pw is hunter2"), "hunter2\nrows 10")), 3);

        RunState m = SecretMasking.mask(s);

        assertThat(m.parameters()).containsEntry("db-password", SecretMasking.MASK).containsEntry("rows", "10");
        assertThat(m.message()).isEqualTo("done with " + SecretMasking.MASK);
        NodeState n = m.nodes().get(0);
        assertThat(n.message()).isEqualTo("when '" + SecretMasking.MASK + " == x' evaluated to false");
        assertThat(n.outputs().parameters()).containsEntry("token", SecretMasking.MASK)
                .containsEntry("echo", "pw is " + SecretMasking.MASK);
        assertThat(n.outputs().result()).isEqualTo(SecretMasking.MASK + "\nrows 10");
        assertThat(m.revision()).isEqualTo(3);
        assertThat(SecretMasking.maskedSecrets(m.parameters())).containsExactly("db-password");
        assertThat(SecretMasking.mask(m)).as("masking twice changes nothing").isEqualTo(m);
    }

    @Test
    void aStateWithoutSecretsIsLeftAsItIs() {
        RunState s = new RunState(new RunRef("local", "r"), "r", "p", "x", Phase.RUNNING, null, null, null, null,
                Map.of("rows", "10"), List.of(node("r.a", null, Map.of("n", "1"), "1")), 1);
        assertThat(SecretMasking.mask(s)).isSameAs(s);
    }
}
