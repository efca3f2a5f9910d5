package dev.orrery.core.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.core.diag.Diagnostic;
import dev.orrery.core.io.LoadResult;
import dev.orrery.core.io.PipelineFiles;
import dev.orrery.core.io.PipelineFormat;
import dev.orrery.core.testing.ArgoSchema;
import dev.orrery.core.testing.ArgoWrittenForms;
import dev.orrery.core.testing.EventsSchema;
import dev.orrery.core.testing.SemanticJson;
import dev.orrery.core.testing.YamlDocuments;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Issue 16's acceptance for events: every file of Argo Events' examples goes Argo → native → Argo (the path of
 * {@code orrery export FILE --to native}, then {@code --to argo}) and comes back semantically equal, document by
 * document, and no less schema-valid than it was; the native form is a real model (events, dependencies,
 * triggers and mappings are lifted), not the Argo tree carried whole.
 */
class EventExamplesRoundTripTest {

    @Test
    void everyEventSourceAndSensorSurvivesNativeAndBack() throws java.io.IOException {
        Map<String, Integer> counts = new TreeMap<>();
        int files = 0;
        int mappings = 0;
        int invalidInputs = 0;
        for (Path file : EventsSchema.exampleFiles()) {
            List<JsonNode> original = YamlDocuments.read(file);
            LoadResult loaded = PipelineFiles.read(file);
            assertThat(errors(loaded)).as("import errors in %s", file).isEmpty();

            String nativeText = PipelineFiles.convert(loaded, PipelineFormat.NATIVE, null);
            LoadResult nativeLoaded = PipelineFiles.parse(nativeText, file + " (native)");
            assertThat(errors(nativeLoaded)).as("native re-read errors in %s:%n%s", file, nativeText).isEmpty();
            List<JsonNode> nativeDocs = YamlDocuments.readAll(nativeText);
            List<JsonNode> back = YamlDocuments.readAll(PipelineFiles.convert(nativeLoaded, PipelineFormat.ARGO, null));

            assertThat(back).as("documents of %s", file).hasSameSizeAs(original);
            for (int i = 0; i < original.size(); i++) {
                JsonNode in = original.get(i);
                String label = file.getFileName() + " document " + (i + 1);
                String kind = in.path("kind").asText();
                SemanticJson.assertSemanticallyEqual(ArgoWrittenForms.asWritten(in), back.get(i), label);
                if (EventDocument.isArgoEvents(in)) {
                    assertThat(nativeDocs.get(i).path("apiVersion").asText()).as(label).startsWith("orrery.dev/");
                    List<String> inputProblems = EventsSchema.validate(in);
                    assertThat(EventsSchema.validate(back.get(i))).as("schema problems of %s", label)
                            .isSubsetOf(inputProblems);
                    invalidInputs += inputProblems.isEmpty() ? 0 : 1;
                    mappings += liftedMappings(nativeDocs.get(i));
                } else if (ArgoSchema.validate(in).isEmpty() && YamlDocuments.isArgo(in)) {
                    ArgoSchema.assertValid(back.get(i), label);
                } else if (kind.equals("EventBus")) {
                    assertThat(EventsSchema.validate(back.get(i))).as(label).isEmpty();
                }
                counts.merge(kind, 1, Integer::sum);
            }
            files++;
        }
        System.out.printf("Argo Events round trip: %d files, %s documents (%d parameter mappings lifted), all equal"
                + " and schema-valid as their input (%d inputs already break the schema: required fields left out)%n",
                files, counts, mappings, invalidInputs);
        assertThat(counts.get("EventSource")).isGreaterThanOrEqualTo(30);
        assertThat(counts.get("Sensor")).isGreaterThanOrEqualTo(70);
        assertThat(mappings).isGreaterThan(20);
    }

    private static int liftedMappings(JsonNode nativeDoc) {
        int n = 0;
        for (JsonNode t : nativeDoc.path("spec").path("triggers")) {
            n += t.path("parameters").size();
        }
        return n;
    }

    private static List<Diagnostic> errors(LoadResult r) {
        return r.allDiagnostics().stream().filter(Diagnostic::isError).toList();
    }
}
