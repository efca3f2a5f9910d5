package dev.orrery.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.core.cron.CronException;
import dev.orrery.core.cron.CronExpression;
import dev.orrery.core.model.ArgoKind;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Schedule;
import dev.orrery.core.testing.ArgoSchema;
import dev.orrery.core.testing.SharedData;
import dev.orrery.core.testing.YamlDocuments;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Every CronWorkflow field of Argo's examples is lifted into the model (not left as passthrough),
 * survives Argo → Argo and Argo → native → Argo, and every schedule parses as Argo's controller parses it.
 */
class CronWorkflowFieldsRoundTripTest {

    @Test
    void everyCronWorkflowFieldOfTheExamplesSurvivesBothFormats() throws IOException, CronException {
        Map<String, Integer> fieldCounts = new TreeMap<>();
        int cronWorkflows = 0;
        int schedules = 0;
        for (Path file : SharedData.exampleFiles()) {
            List<JsonNode> originals = YamlDocuments.read(file).stream()
                    .filter(d -> "CronWorkflow".equals(d.path("kind").asText())).toList();
            if (originals.isEmpty()) {
                continue;
            }
            LoadResult loaded = PipelineFiles.read(file);
            List<JsonNode> direct = cronDocs(PipelineFiles.convert(loaded, PipelineFormat.ARGO, null));
            LoadResult viaNative = PipelineFiles.parse(PipelineFiles.convert(loaded, PipelineFormat.NATIVE, null), "n");
            List<JsonNode> native2 = cronDocs(PipelineFiles.convert(viaNative, PipelineFormat.ARGO, null));
            List<Pipeline> crons = loaded.documents().stream().map(LoadedDocument::pipeline)
                    .filter(p -> p.argoKind == ArgoKind.CRON_WORKFLOW).toList();
            assertThat(direct).as(file.toString()).hasSameSizeAs(originals);
            for (int i = 0; i < originals.size(); i++) {
                ObjectNode expected = specWithoutWorkflow(originals.get(i));
                assertThat(specWithoutWorkflow(direct.get(i))).as("%s direct", file).isEqualTo(expected);
                assertThat(specWithoutWorkflow(native2.get(i))).as("%s via native", file).isEqualTo(expected);
                ArgoSchema.assertValid(direct.get(i), file.toString());
                Schedule s = crons.get(i).schedule;
                assertThat(s.extra.size()).as("%s: CronWorkflow fields left unlifted: %s", file, s.extra)
                        .isEqualTo(s.extra.has("workflowMetadata") ? 1 : 0);
                for (Iterator<String> names = expected.fieldNames(); names.hasNext(); ) {
                    fieldCounts.merge(names.next(), 1, Integer::sum);
                }
                for (String cron : s.crons) {
                    CronExpression.parse(cron);
                    schedules++;
                }
                cronWorkflows++;
            }
        }
        System.out.printf("CronWorkflow round trip: %d CronWorkflows, %d schedules parsed, fields %s%n",
                cronWorkflows, schedules, fieldCounts);
        assertThat(cronWorkflows).isGreaterThanOrEqualTo(5);
        assertThat(fieldCounts).containsKeys("schedules", "timezone", "concurrencyPolicy", "startingDeadlineSeconds",
                "successfulJobsHistoryLimit", "failedJobsHistoryLimit", "suspend", "when");
    }

    @Test
    void fieldsTheExamplesLackAlsoSurvive() {
        String yaml = """
                apiVersion: argoproj.io/v1alpha1
                kind: CronWorkflow
                metadata: {name: nightly}
                spec:
                  schedules: ["0 2 * * 1-5", "@every 1h30m"]
                  timezone: Europe/Berlin
                  stopStrategy: {expression: "cronworkflow.failed >= 3"}
                  when: "{{= true }}"
                  suspend: true
                  workflowMetadata: {labels: {team: ml}}
                  workflowSpec: {entrypoint: main, templates: [{name: main, container: {image: alpine}}]}
                """;
        LoadResult loaded = PipelineFiles.parse(yaml, "t");
        Schedule s = loaded.documents().get(0).pipeline().schedule;
        assertThat(s.stopExpression).isEqualTo("cronworkflow.failed >= 3");
        assertThat(s.suspend).isTrue();
        JsonNode back = YamlDocuments.parse(PipelineFiles.convert(PipelineFiles.parse(
                PipelineFiles.convert(loaded, PipelineFormat.NATIVE, null), "n"), PipelineFormat.ARGO, null));
        assertThat(back.path("spec")).isEqualTo(YamlDocuments.parse(yaml).path("spec"));
    }

    @Test
    void theKindFollowsTheSchedule() {
        Pipeline p = PipelineFiles.parse("""
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {name: train}
                spec: {entrypoint: main, templates: [{name: main, container: {image: alpine}}]}
                """, "t").documents().get(0).pipeline();
        Schedule s = Schedule.of("0 2 * * *");
        s.timezone = "Europe/Berlin";
        p.setSchedule(s);
        JsonNode cron = YamlDocuments.parse(PipelineFiles.toArgoYaml(p));
        assertThat(cron.path("kind").asText()).isEqualTo("CronWorkflow");
        assertThat(cron.path("spec").path("schedules").get(0).asText()).isEqualTo("0 2 * * *");
        ArgoSchema.assertValidStrict(cron, "scheduled pipeline");

        p.setSchedule(null);
        assertThat(YamlDocuments.parse(PipelineFiles.toArgoYaml(p)).path("kind").asText()).isEqualTo("Workflow");
    }

    @Test
    void theRemovedSingleScheduleIsReadAndWrittenAsTheList() {
        LoadResult loaded = PipelineFiles.parse("""
                apiVersion: argoproj.io/v1alpha1
                kind: CronWorkflow
                metadata: {name: old}
                spec:
                  schedule: "30 1 * * *"
                  workflowSpec: {entrypoint: main, templates: [{name: main, container: {image: alpine}}]}
                """, "t");
        assertThat(loaded.allDiagnostics()).anySatisfy(d -> assertThat(d.message()).contains("Argo v4 removed"));
        JsonNode out = YamlDocuments.parse(PipelineFiles.convert(loaded, PipelineFormat.ARGO, null));
        assertThat(out.path("spec").has("schedule")).isFalse();
        assertThat(out.path("spec").path("schedules").get(0).asText()).isEqualTo("30 1 * * *");
    }

    private static List<JsonNode> cronDocs(String yaml) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String doc : yaml.split("(?m)^---\\s*$")) {
            if (doc.isBlank()) {
                continue;
            }
            JsonNode n = YamlDocuments.parse(doc);
            if ("CronWorkflow".equals(n.path("kind").asText())) {
                out.add(n);
            }
        }
        return out;
    }

    private static ObjectNode specWithoutWorkflow(JsonNode doc) {
        ObjectNode spec = ((ObjectNode) doc.path("spec")).deepCopy();
        spec.remove("workflowSpec");
        return spec;
    }
}
