package dev.orrery.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.orrery.core.testing.SharedData;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The engine-neutral state holds what Argo reports: every node of Argo's status samples
 * ({@code ../shared/argo/status}) maps onto {@link NodeState} with a known type and phase, and the
 * workflow onto {@link RunState}, with nothing left that the SPI has no field for.
 */
class ArgoStatusFitTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final RunRef REF = new RunRef("argo:ctx/default", "sample");

    @Test
    void everyArgoStatusSampleMapsOntoTheNeutralState() throws Exception {
        List<Path> files = SharedData.statusFiles();
        assertThat(files).isNotEmpty();
        int nodes = 0;
        for (Path f : files) {
            JsonNode wf = YAML.readTree(f.toFile());
            JsonNode status = wf.path("status");
            List<NodeState> mapped = new ArrayList<>();
            var fields = status.path("nodes").fields();
            while (fields.hasNext()) {
                JsonNode n = fields.next().getValue();
                NodeState s = node(n);
                assertThat(s.type()).as(f.getFileName() + " " + s.id() + " type " + n.path("type")).isNotEqualTo(NodeType.OTHER);
                if (!n.path("phase").asText().isEmpty()) {
                    assertThat(s.phase().argoName()).as(f.getFileName() + " " + s.id()).isEqualTo(n.path("phase").asText());
                }
                assertThat(s.children()).hasSize(n.path("children").size());
                mapped.add(s);
            }
            nodes += mapped.size();
            RunState run = new RunState(REF, wf.path("metadata").path("name").asText(), "p", "argo", Phase.fromArgo(
                    status.path("phase").asText()), time(status.path("startedAt")), time(status.path("finishedAt")),
                    text(status.path("message")), Progress.NONE, Map.of(), mapped, 1);
            String argoPhase = status.path("phase").asText();
            assertThat(run.phase().argoName()).isEqualTo(argoPhase.isEmpty() ? "Pending" : argoPhase);
            for (NodeState s : mapped) {
                for (String child : s.children()) {
                    assertThat(run.node(child)).as(f.getFileName() + ": child " + child + " of " + s.id()).isPresent();
                }
            }
        }
        assertThat(nodes).isGreaterThan(20);
    }

    private static NodeState node(JsonNode n) {
        List<String> children = new ArrayList<>();
        n.path("children").forEach(c -> children.add(c.asText()));
        JsonNode out = n.path("outputs");
        Map<String, String> params = new LinkedHashMap<>();
        out.path("parameters").forEach(p -> params.put(p.path("name").asText(), p.path("value").asText()));
        List<ArtifactRef> artifacts = new ArrayList<>();
        out.path("artifacts").forEach(a -> artifacts.add(new ArtifactRef(REF, n.path("id").asText(),
                a.path("name").asText(), -1, a.path("s3").path("key").asText(null))));
        Integer exit = out.has("exitCode") ? Integer.valueOf(out.path("exitCode").asText()) : null;
        String displayName = n.path("displayName").asText();
        return new NodeState(n.path("id").asText(), n.path("name").asText(), displayName.replaceAll("\\(.*\\)$", ""),
                displayName, text(n.path("templateName")), NodeType.fromArgo(n.path("type").asText()),
                Phase.fromArgo(n.path("phase").asText()), text(n.path("boundaryID")), children,
                time(n.path("startedAt")), time(n.path("finishedAt")), text(n.path("message")), exit,
                new NodeOutputs(params, text(out.path("result")), artifacts), 1);
    }

    private static String text(JsonNode n) {
        return n.isMissingNode() || n.isNull() ? null : n.asText();
    }

    private static Instant time(JsonNode n) {
        return n.isMissingNode() || n.isNull() || n.asText().isEmpty() ? null : Instant.parse(n.asText());
    }
}
