package dev.orrery.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.core.argo.ArgoImporter;
import dev.orrery.core.diag.Diagnostic;
import dev.orrery.core.diag.Severity;
import dev.orrery.core.testing.SharedData;
import dev.orrery.core.testing.YamlDocuments;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Argo's own examples are valid: the validator must not report a single error or warning on them. */
class ArgoExamplesValidationTest {

    @Test
    void noErrorsOrWarningsOnArgosExamples() {
        Path dir = SharedData.examplesDir();
        Validator validator = new Validator();
        List<String> problems = new ArrayList<>();
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        int documents = 0;
        for (Path file : SharedData.exampleFiles()) {
            List<JsonNode> docs = YamlDocuments.read(file);
            for (int i = 0; i < docs.size(); i++) {
                JsonNode doc = docs.get(i);
                if (!ArgoImporter.isArgoPipeline(doc)) {
                    continue;
                }
                documents++;
                var pipeline = new ArgoImporter().read(doc).pipeline();
                for (Diagnostic d : validator.validate(pipeline)) {
                    counts.merge(d.severity(), 1, Integer::sum);
                    String line = dir.relativize(file) + "#" + i + ": " + d.format();
                    if (d.severity() == Severity.INFO) {
                        System.out.println("  note " + line);
                    } else {
                        problems.add(line);
                    }
                }
            }
        }
        System.out.println("Validator on Argo examples: " + documents + " documents, diagnostics by severity " + counts);
        assertThat(documents).as("Argo pipeline documents in the examples").isGreaterThan(100);
        assertThat(problems).as("errors and warnings on Argo's own examples").isEmpty();
    }
}
