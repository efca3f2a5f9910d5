package dev.orrery.runtime.argo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Retry plans for Argo's own failed status samples: consistent node graphs, succeeded work kept. */
class RetryPlanTest {

    @Test
    void everyFailedSampleBecomesARunningWorkflowWithoutFailedNodes() {
        int plans = 0;
        for (Path file : StatusSamples.files()) {
            ObjectNode before = ArgoResources.tree(StatusSamples.read(file));
            String phase = before.at("/status/phase").asText();
            if (!phase.equals("Failed") && !phase.equals("Error")) {
                continue;
            }
            plans++;
            RetryPlan plan = RetryPlan.of(before.deepCopy());
            JsonNode after = plan.tree();
            String label = file.getFileName().toString();
            assertThat(after.at("/status/phase").asText()).as(label).isEqualTo("Running");
            assertThat(after.at("/status/finishedAt").isMissingNode()).as(label).isTrue();
            assertThat(after.at("/metadata/labels").has(ArgoResources.LABEL_COMPLETED)).as(label).isFalse();
            JsonNode nodes = after.at("/status/nodes");
            List<String> removedPods = new ArrayList<>();
            before.at("/status/nodes").fields().forEachRemaining(e -> {
                JsonNode old = e.getValue();
                if (!nodes.has(e.getKey())) {
                    assertThat(old.path("phase").asText()).as(label + " removed " + old.path("name"))
                            .isNotEqualTo("Succeeded");
                    if (old.path("type").asText().equals("Pod")) {
                        removedPods.add(e.getKey());
                    }
                } else if (old.path("phase").asText().equals("Succeeded")) {
                    assertThat(nodes.get(e.getKey()).path("phase").asText()).isEqualTo("Succeeded");
                }
            });
            assertThat(removedPods).as(label + ": some failed pod is retried").isNotEmpty();
            assertThat(plan.pods()).hasSameSizeAs(removedPods);
            nodes.forEach(n -> {
                assertThat(n.path("phase").asText()).as(label + " " + n.path("name")).isNotIn("Failed", "Error");
                n.path("children").forEach(c -> assertThat(nodes.has(c.asText()))
                        .as(label + ": child " + c + " of " + n.path("name") + " exists").isTrue());
            });
        }
        assertThat(plans).as("failed samples").isPositive();
    }
}
