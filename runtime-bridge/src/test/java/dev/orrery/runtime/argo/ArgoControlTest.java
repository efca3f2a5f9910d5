package dev.orrery.runtime.argo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orrery.runtime.NodeState;
import dev.orrery.runtime.Phase;
import dev.orrery.runtime.RunNotFoundException;
import dev.orrery.runtime.RunRef;
import dev.orrery.runtime.RunState;
import dev.orrery.runtime.RuntimeFailure;
import dev.orrery.runtime.SubmitOptions;
import dev.orrery.runtime.Subscription;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ArgoControlTest {
    private final ArgoMockCluster cluster = new ArgoMockCluster();
    private final ArgoRuntime runtime = cluster.runtime();
    private final FakeArgoController controller = cluster.controller();

    @AfterEach
    void close() {
        runtime.close();
        cluster.close();
    }

    private GenericKubernetesResource workflow(RunRef ref) {
        return cluster.client.genericKubernetesResources(ArgoResources.WORKFLOWS).inNamespace(ArgoMockCluster.NAMESPACE)
                .withName(ref.runId()).get();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> spec(RunRef ref) {
        return (Map<String, Object>) workflow(ref).getAdditionalProperties().get("spec");
    }

    @Test
    void stopPatchesShutdownStopAndTheControllerEndsTheRun() throws Exception {
        Recorder rec = new Recorder();
        try (Subscription ignored = runtime.watch(rec)) {
            RunRef ref = runtime.submit(Pipelines.churn(), SubmitOptions.DEFAULTS);
            controller.step(ref.runId());
            controller.step(ref.runId());
            controller.step(ref.runId());
            runtime.stop(ref);
            assertThat(spec(ref)).containsEntry("shutdown", "Stop");
            controller.runToEnd(ref.runId());
            RunState last = rec.await(ref.runId(), s -> s.phase().isFinished());
            assertThat(last.phase()).isEqualTo(Phase.FAILED);
            assertThat(last.message()).isEqualTo("Stopped with strategy 'Stop'");
            assertThat(last.nodesOfStep("prepare")).extracting(NodeState::phase).containsExactly(Phase.FAILED);
            assertThatThrownBy(() -> runtime.stop(ref)).isInstanceOf(RuntimeFailure.class)
                    .hasMessageContaining("already finished");
        }
    }

    @Test
    void terminatePatchesShutdownTerminate() {
        RunRef ref = runtime.submit(Pipelines.churn(), SubmitOptions.DEFAULTS);
        controller.step(ref.runId());
        runtime.terminate(ref);
        assertThat(spec(ref)).containsEntry("shutdown", "Terminate");
    }

    @Test
    void suspendHoldsTheRunAndResumeLetsItFinish() {
        RunRef ref = runtime.submit(Pipelines.churn(), SubmitOptions.DEFAULTS);
        controller.step(ref.runId());
        runtime.suspend(ref);
        assertThat(spec(ref)).containsEntry("suspend", true);
        assertThat(controller.step(ref.runId())).as("a suspended run does not move").isEmpty();
        runtime.resume(ref);
        assertThat(spec(ref)).doesNotContainKey("suspend");
        controller.runToEnd(ref.runId());
        assertThat(runtime.get(ref).phase()).isEqualTo(Phase.SUCCEEDED);
    }

    @Test
    void resumeMarksRunningSuspendNodesSucceededWithTheirDefaults() {
        RunRef ref = runtime.submit(Pipelines.churn(), SubmitOptions.DEFAULTS);
        controller.step(ref.runId());
        var tree = ArgoResources.tree(workflow(ref));
        var node = tree.withObjectProperty("status").withObjectProperty("nodes").putObject(ref.runId() + "-1");
        node.put("id", ref.runId() + "-1").put("name", ref.runId() + ".approve").put("displayName", "approve")
                .put("type", "Suspend").put("phase", "Running");
        node.putObject("outputs").putArray("parameters").addObject().put("name", "ok").putObject("valueFrom")
                .put("default", "yes").putObject("supplied");
        cluster.controllerClient.genericKubernetesResources(ArgoResources.WORKFLOWS)
                .inNamespace(ArgoMockCluster.NAMESPACE).resource(ArgoResources.resource(tree)).update();

        runtime.resume(ref);

        NodeState approve = runtime.get(ref).node(ref.runId() + "-1").orElseThrow();
        assertThat(approve.phase()).isEqualTo(Phase.SUCCEEDED);
        assertThat(approve.finishedAt()).isNotNull();
        assertThat(approve.outputs().parameters()).containsEntry("ok", "yes");
    }

    @Test
    void retryResetsFailedNodesDeletesTheirPodsAndTheRunSucceeds() throws Exception {
        controller.failing("train", 1);
        Recorder rec = new Recorder();
        try (Subscription ignored = runtime.watch(rec)) {
            RunRef ref = runtime.submit(Pipelines.churn(), SubmitOptions.DEFAULTS);
            controller.runToEnd(ref.runId());
            RunState failed = rec.await(ref.runId(), s -> s.phase() == Phase.FAILED);
            NodeState train = failed.nodesOfStep("train").get(0);
            assertThat(train.exitCode()).isEqualTo(1);
            String trainPod = PodNames.podName(ref.runId(), train.name(), "train", train.id(), "v2");
            assertThat(cluster.client.pods().inNamespace(ArgoMockCluster.NAMESPACE).withName(trainPod).get()).isNotNull();

            assertThat(runtime.retry(ref)).isEqualTo(ref);

            GenericKubernetesResource wf = workflow(ref);
            assertThat(wf.getMetadata().getLabels()).doesNotContainKey(ArgoResources.LABEL_COMPLETED);
            RunState reset = runtime.get(ref);
            assertThat(reset.phase()).isEqualTo(Phase.RUNNING);
            assertThat(reset.finishedAt()).isNull();
            assertThat(reset.nodesOfStep("train")).isEmpty();
            assertThat(reset.nodesOfStep("prepare")).extracting(NodeState::phase).containsExactly(Phase.SUCCEEDED);
            assertThat(reset.node(ref.runId()).orElseThrow().phase()).isEqualTo(Phase.RUNNING);
            assertThat(cluster.client.pods().inNamespace(ArgoMockCluster.NAMESPACE).withName(trainPod).get()).isNull();

            controller.runToEnd(ref.runId());
            RunState last = rec.await(ref.runId(), s -> s.phase() == Phase.SUCCEEDED);
            assertThat(last.nodes()).allMatch(n -> n.phase() == Phase.SUCCEEDED);
        }
    }

    @Test
    void retryAlsoRunsTheExitHandlerAgain() {
        controller.failing("train", 1);
        RunRef ref = runtime.submit(Pipelines.churn(), SubmitOptions.DEFAULTS);
        controller.runToEnd(ref.runId());
        var tree = ArgoResources.tree(workflow(ref));
        String exitId = ref.runId() + "-" + Integer.toUnsignedString(PodNames.fnv32a(ref.runId() + ".onExit"));
        tree.withObjectProperty("status").withObjectProperty("nodes").putObject(exitId).put("id", exitId)
                .put("name", ref.runId() + ".onExit").put("displayName", ref.runId() + ".onExit").put("type", "Pod")
                .put("templateName", "notify").put("phase", "Succeeded");
        cluster.controllerClient.genericKubernetesResources(ArgoResources.WORKFLOWS)
                .inNamespace(ArgoMockCluster.NAMESPACE).resource(ArgoResources.resource(tree)).update();

        runtime.retry(ref);

        RunState reset = runtime.get(ref);
        assertThat(reset.node(exitId)).isEmpty();
        assertThat(reset.nodesOfStep("prepare")).extracting(NodeState::phase).containsExactly(Phase.SUCCEEDED);
    }

    @Test
    void retryOfARunThatDidNotFailIsRefused() {
        RunRef ref = runtime.submit(Pipelines.churn(), SubmitOptions.DEFAULTS);
        controller.runToEnd(ref.runId());
        assertThatThrownBy(() -> runtime.retry(ref)).isInstanceOf(RuntimeFailure.class)
                .hasMessageContaining("only a Failed or Error run can be retried");
    }

    @Test
    void resubmitCreatesANewWorkflowFromTheOldSpec() {
        RunRef ref = runtime.submit(Pipelines.churn(), SubmitOptions.DEFAULTS.withParameter("lr", "0.2"));
        controller.runToEnd(ref.runId());

        RunRef again = runtime.resubmit(ref);

        assertThat(again.runId()).isNotEqualTo(ref.runId()).startsWith("churn-");
        GenericKubernetesResource wf = workflow(again);
        assertThat(wf.getMetadata().getLabels()).containsEntry(ArgoResources.LABEL_RESUBMITTED_FROM, ref.runId())
                .doesNotContainKeys(ArgoResources.LABEL_COMPLETED, ArgoResources.LABEL_PHASE);
        assertThat(wf.getAdditionalProperties()).doesNotContainKey("status");
        RunState fresh = runtime.get(again);
        assertThat(fresh.phase()).isEqualTo(Phase.PENDING);
        assertThat(fresh.parameters()).containsEntry("lr", "0.2");
        controller.runToEnd(again.runId());
        assertThat(runtime.get(again).phase()).isEqualTo(Phase.SUCCEEDED);
    }

    @Test
    void deleteRemovesTheRunAndAnUnknownRunIsNotFound() {
        RunRef ref = runtime.submit(Pipelines.churn(), SubmitOptions.DEFAULTS);
        runtime.delete(ref);
        assertThat(workflow(ref)).isNull();
        assertThatThrownBy(() -> runtime.get(ref)).isInstanceOf(RunNotFoundException.class);
        assertThatThrownBy(() -> runtime.delete(ref)).isInstanceOf(RunNotFoundException.class);
        assertThatThrownBy(() -> runtime.stop(ref)).isInstanceOf(RunNotFoundException.class);
    }
}
