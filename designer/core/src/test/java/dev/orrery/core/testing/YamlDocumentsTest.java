package dev.orrery.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YamlDocumentsTest {

    @Test
    void readsEveryDocumentOfAMultiDocumentFileAndSkipsEmptyOnes(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("multi.yaml");
        Files.writeString(file, """
                apiVersion: v1
                kind: ConfigMap
                ---
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                ---
                """);

        List<JsonNode> documents = YamlDocuments.read(file);

        assertThat(documents).extracting(d -> d.path("kind").asText()).containsExactly("ConfigMap", "Workflow");
        assertThat(documents).extracting(YamlDocuments::isArgo).containsExactly(false, true);
    }

    @Test
    void keepsYamlScalarTypes() {
        JsonNode node = YamlDocuments.parse("{quoted: \"5\", plain: 5, decimal: 0.5, flag: true}");

        assertThat(node.get("quoted").isTextual()).isTrue();
        assertThat(node.get("plain").isInt()).isTrue();
        assertThat(node.get("decimal").isFloatingPointNumber()).isTrue();
        assertThat(node.get("flag").isBoolean()).isTrue();
    }
}
