package dev.orrery.runtime.argo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.core.testing.ArgoSchema;
import dev.orrery.runtime.RunRef;
import dev.orrery.runtime.SubmitOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The test-side controller writes what Argo writes: after every step, the Workflow (with the status it
 * wrote) is valid against Argo's JSON schema with unknown fields refused, and so is the Workflow the
 * runtime submits and the ones retry and resubmit write.
 */
class FakeArgoControllerTest {
    private final ArgoMockCluster cluster = new ArgoMockCluster();
    private final ArgoRuntime runtime = cluster.runtime();
    private final FakeArgoController controller = cluster.controller();

    @AfterEach
    void close() {
        runtime.close();
        cluster.close();
    }

    private JsonNode workflow(RunRef ref) {
        return ArgoResources.tree(cluster.client.genericKubernetesResources(ArgoResources.WORKFLOWS)
                .inNamespace(ArgoMockCluster.NAMESPACE).withName(ref.runId()).get());
    }

    @Test
    void everyStatusTheControllerWritesIsValidArgo() {
        controller.withS3Repository("minio:9000", "my-bucket", "my-minio-cred").failing("train", 1);
        RunRef ref = runtime.submit(Pipelines.churn(), SubmitOptions.DEFAULTS.withParameter("lr", "0.5"));
        ArgoSchema.assertValidStrict(workflow(ref), "submitted");
        int steps = 0;
        while (!controller.step(ref.runId()).isEmpty()) {
            ArgoSchema.assertValidStrict(workflow(ref), "after step " + ++steps);
        }
        assertThat(workflow(ref).at("/status/phase").asText()).isEqualTo("Failed");
        runtime.retry(ref);
        ArgoSchema.assertValidStrict(workflow(ref), "after retry");
        controller.runToEnd(ref.runId());
        ArgoSchema.assertValidStrict(workflow(ref), "after the retried run");
        assertThat(workflow(ref).at("/status/phase").asText()).isEqualTo("Succeeded");
        ArgoSchema.assertValidStrict(workflow(runtime.resubmit(ref)), "resubmitted");
    }

    @Test
    void aStoppedRunIsValidArgo() {
        RunRef ref = runtime.submit(Pipelines.churn(), SubmitOptions.DEFAULTS);
        controller.step(ref.runId());
        controller.step(ref.runId());
        runtime.stop(ref);
        controller.runToEnd(ref.runId());
        ArgoSchema.assertValidStrict(workflow(ref), "stopped");
    }
}
