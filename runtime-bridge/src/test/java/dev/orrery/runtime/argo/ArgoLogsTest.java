package dev.orrery.runtime.argo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orrery.runtime.LogListener;
import dev.orrery.runtime.LogOptions;
import dev.orrery.runtime.NodeState;
import dev.orrery.runtime.RunRef;
import dev.orrery.runtime.RuntimeFailure;
import dev.orrery.runtime.SubmitOptions;
import dev.orrery.runtime.Subscription;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ArgoLogsTest {
    private final ArgoMockCluster cluster = new ArgoMockCluster();
    private final ArgoRuntime runtime = cluster.runtime();
    private final FakeArgoController controller = cluster.controller();

    @AfterEach
    void close() {
        runtime.close();
        cluster.close();
    }

    /** Collects lines and waits (on a future) for the end. */
    static final class Lines implements LogListener {
        final List<String> lines = new CopyOnWriteArrayList<>();
        final CompletableFuture<Throwable> end = new CompletableFuture<>();

        @Override
        public void onLine(String line) {
            lines.add(line);
        }

        @Override
        public void onEnd(Throwable error) {
            end.complete(error);
        }

        Throwable awaitEnd() throws Exception {
            return end.get(10, TimeUnit.SECONDS);
        }
    }

    private NodeState train(RunRef ref) {
        return runtime.get(ref).nodesOfStep("train").get(0);
    }

    private String podOf(RunRef ref, NodeState n) {
        return PodNames.podName(ref.runId(), n.name(), n.templateName(), n.id(), "v2");
    }

    private String logPath(String pod, String query) {
        return "/api/v1/namespaces/" + ArgoMockCluster.NAMESPACE + "/pods/" + pod + "/log?pretty=false&container=main"
                + query;
    }

    @Test
    void logsOfAStepComeFromTheMainContainerOfItsV2NamedPod() throws Exception {
        RunRef ref = runtime.submit(Pipelines.churn(), SubmitOptions.DEFAULTS);
        controller.runToEnd(ref.runId());
        NodeState train = train(ref);
        String pod = podOf(ref, train);
        assertThat(pod).startsWith(ref.runId() + "-train-");
        cluster.server.expect().get().withPath(logPath(pod, "")).andReturn(200, "epoch 1 loss 0.9\nepoch 2 loss 0.4\n")
                .once();

        Lines lines = new Lines();
        runtime.logs(ref, train.id(), LogOptions.FROM_START, lines);

        assertThat(lines.awaitEnd()).isNull();
        assertThat(lines.lines).containsExactly("epoch 1 loss 0.9", "epoch 2 loss 0.4");
    }

    @Test
    void followAndTailAskTheApiServerForThem() throws Exception {
        RunRef ref = runtime.submit(Pipelines.churn(), SubmitOptions.DEFAULTS);
        controller.runToEnd(ref.runId());
        NodeState train = train(ref);
        String pod = podOf(ref, train);
        cluster.server.expect().get().withPath(logPath(pod, "&tailLines=1&follow=true")).andReturn(200, "done\n").once();

        Lines lines = new Lines();
        Subscription sub = runtime.logs(ref, train.id(), LogOptions.tail(1, true), lines);

        assertThat(lines.awaitEnd()).isNull();
        assertThat(lines.lines).containsExactly("done");
        sub.close();
    }

    @Test
    void followingAStepWhosePodIsNotThereYetWaitsForIt() throws Exception {
        RunRef ref = runtime.submit(Pipelines.churn(), SubmitOptions.DEFAULTS);
        controller.step(ref.runId());
        controller.step(ref.runId()); // prepare: node Pending, pod created
        NodeState prepare = runtime.get(ref).nodesOfStep("prepare").get(0);
        String pod = podOf(ref, prepare);
        var created = cluster.client.pods().inNamespace(ArgoMockCluster.NAMESPACE).withName(pod).get();
        cluster.client.pods().inNamespace(ArgoMockCluster.NAMESPACE).withName(pod).delete();
        cluster.client.pods().inNamespace(ArgoMockCluster.NAMESPACE).withName(pod)
                .waitUntilCondition(java.util.Objects::isNull, 10, TimeUnit.SECONDS);
        cluster.server.expect().get().withPath(logPath(pod, "&follow=true")).andReturn(200, "started\n").once();

        Lines lines = new Lines();
        runtime.logs(ref, prepare.id(), LogOptions.FOLLOW, lines);
        assertThat(lines.end).as("no pod yet: still waiting").isNotDone();
        created.getMetadata().setResourceVersion(null);
        cluster.client.pods().inNamespace(ArgoMockCluster.NAMESPACE).resource(created).create();

        assertThat(lines.awaitEnd()).isNull();
        assertThat(lines.lines).containsExactly("started");
    }

    @Test
    void aStepWithoutPodHasNoLogAndSaysWhy() throws Exception {
        RunRef ref = runtime.submit(Pipelines.churn(), SubmitOptions.DEFAULTS);
        controller.runToEnd(ref.runId());
        NodeState train = train(ref);
        cluster.client.pods().inNamespace(ArgoMockCluster.NAMESPACE).withName(podOf(ref, train)).delete();

        Lines lines = new Lines();
        runtime.logs(ref, train.id(), LogOptions.FROM_START, lines);

        assertThat(lines.awaitEnd()).isInstanceOf(RuntimeFailure.class).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> runtime.logs(ref, ref.runId(), LogOptions.FROM_START, new Lines()))
                .isInstanceOf(RuntimeFailure.class).hasMessageContaining("only steps that ran a pod have logs");
    }
}
