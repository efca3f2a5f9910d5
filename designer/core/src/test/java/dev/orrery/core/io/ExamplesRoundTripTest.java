package dev.orrery.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.orrery.core.argo.ArgoImporter;
import dev.orrery.core.diag.Diagnostic;
import dev.orrery.core.testing.ArgoSchema;
import dev.orrery.core.testing.SemanticJson;
import dev.orrery.core.testing.SharedData;
import dev.orrery.core.testing.YamlDocuments;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The foundation's acceptance: every Argo document of Argo's own examples survives
 * Argo → native → Argo, and Argo → Argo, semantically equal and schema-valid, byte-stable.
 * The expected side is parsed by plain Jackson, independently of Orrery's reader.
 */
class ExamplesRoundTripTest {
    private static final YAMLMapper JACKSON = new YAMLMapper();

    @Test
    void everyExampleSurvivesNativeAndDirectRoundTrips() throws IOException {
        int pipelines = 0;
        int files = 0;
        for (Path file : SharedData.exampleFiles()) {
            List<JsonNode> original = YamlDocuments.read(file);
            LoadResult loaded = PipelineFiles.read(file);
            assertThat(errors(loaded)).as("import errors in %s", file).isEmpty();

            String nativeText = PipelineFiles.convert(loaded, PipelineFormat.NATIVE, null);
            LoadResult nativeLoaded = PipelineFiles.parse(nativeText, file + " (native)");
            assertThat(errors(nativeLoaded)).as("native re-read errors in %s:%n%s", file, nativeText).isEmpty();
            String viaNative = PipelineFiles.convert(nativeLoaded, PipelineFormat.ARGO, null);
            assertSameDocuments(original, viaNative, file + " via native");

            String direct = PipelineFiles.convert(loaded, PipelineFormat.ARGO, null);
            assertSameDocuments(original, direct, file + " direct");

            assertThat(PipelineFiles.convert(PipelineFiles.read(file), PipelineFormat.ARGO, null))
                    .as("Argo export of %s is deterministic", file).isEqualTo(direct);
            assertThat(PipelineFiles.convert(nativeLoaded, PipelineFormat.NATIVE, null))
                    .as("native export of %s is stable", file).isEqualTo(nativeText);
            pipelines += loaded.documents().size();
            files++;
        }
        System.out.printf("Round trip: %d Argo pipeline documents in %d example files, all equal and schema-valid%n",
                pipelines, files);
        assertThat(pipelines).isGreaterThan(200);
    }

    private static void assertSameDocuments(List<JsonNode> expected, String actualText, String label) throws IOException {
        List<JsonNode> actual = new ArrayList<>();
        try (MappingIterator<JsonNode> it = JACKSON.readerFor(JsonNode.class).readValues(actualText)) {
            while (it.hasNextValue()) {
                JsonNode n = it.nextValue();
                if (n != null && !n.isNull() && !n.isMissingNode()) {
                    actual.add(n);
                }
            }
        }
        assertThat(actual).as("document count of %s", label).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            SemanticJson.assertSemanticallyEqual(asWritten(expected.get(i)), actual.get(i), label + " document " + (i + 1));
            if (ArgoImporter.isArgoPipeline(actual.get(i))) {
                ArgoSchema.assertValidStrict(actual.get(i), label + " document " + (i + 1));
            }
        }
    }

    /**
     * The source as the exporter writes it on purpose: resource quantities and the IntOrString fields it
     * lifts (retryStrategy limit, backoff factor) as strings, which Kubernetes decodes the same and
     * Argo's published schema requires.
     */
    static JsonNode asWritten(JsonNode source) {
        JsonNode copy = source.deepCopy();
        textify(copy, null);
        return copy;
    }

    private static void textify(JsonNode node, String key) {
        if (node instanceof ObjectNode o) {
            if ("resources".equals(key)) {
                numbersToText(o.get("limits"), false);
                numbersToText(o.get("requests"), false);
            }
            if ("retryStrategy".equals(key)) {
                numbersToText(o, true, "limit");
                numbersToText(o.get("backoff"), true, "factor");
            }
            o.properties().forEach(e -> textify(e.getValue(), e.getKey()));
        } else if (node instanceof ArrayNode a) {
            a.forEach(x -> textify(x, null));
        }
    }

    private static void numbersToText(JsonNode node, boolean integersOnly, String... only) {
        if (!(node instanceof ObjectNode o)) {
            return;
        }
        List<String> keys = new ArrayList<>(List.of(only));
        if (keys.isEmpty()) {
            o.fieldNames().forEachRemaining(keys::add);
        }
        for (String k : keys) {
            JsonNode v = o.get(k);
            if (v != null && (integersOnly ? v.isIntegralNumber() : v.isNumber())) {
                o.put(k, v.asText());
            }
        }
    }

    private static List<Diagnostic> errors(LoadResult r) {
        return r.allDiagnostics().stream().filter(Diagnostic::isError).toList();
    }
}
