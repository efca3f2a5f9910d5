package dev.orrery.runtime.argo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.runtime.NodeState;
import dev.orrery.runtime.Phase;
import dev.orrery.runtime.RunRef;
import dev.orrery.runtime.RunState;
import dev.orrery.runtime.SubmitOptions;
import dev.orrery.runtime.Subscription;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ArgoWatchTest {
    private final ArgoMockCluster cluster = new ArgoMockCluster();
    private final ArgoRuntime runtime = cluster.runtime();
    private final FakeArgoController controller = cluster.controller();

    @AfterEach
    void close() {
        runtime.close();
        cluster.close();
    }

    @Test
    void submitAndWatchToCompletionSeesEveryNodePhaseChangeInOrder() throws Exception {
        Recorder rec = new Recorder();
        try (Subscription ignored = runtime.watch(rec)) {
            RunRef ref = runtime.submit(Pipelines.churn(), SubmitOptions.DEFAULTS.withParameter("lr", "0.5"));
            assertThat(ref.runId()).startsWith("churn-");
            assertThat(ref.runtimeId()).isEqualTo(runtime.id());
            rec.await(ref.runId(), s -> s.phase() == Phase.PENDING);

            List<FakeArgoController.Transition> written = controller.runToEnd(ref.runId());
            RunState last = rec.await(ref.runId(), s -> s.phase() == Phase.SUCCEEDED);

            assertThat(written).hasSize(1 + 3 * 3 + 1);
            assertThat(rec.transitions(ref.runId())).containsExactlyElementsOf(written);
            assertThat(last.parameters()).containsEntry("lr", "0.5");
            assertThat(last.progress().toString()).isEqualTo("3/3");
            assertThat(last.nodes().get(0).id()).isEqualTo(ref.runId());
            assertThat(last.nodes()).extracting(NodeState::stepName).containsExactly(null, "prepare", "train",
                    "evaluate");
            assertThat(last.nodes().get(1).exitCode()).isZero();
            assertThat(last.nodes().get(1).outputs().artifacts()).extracting(a -> a.name()).containsExactly("dataset");
            assertRevisionsIncrease(rec.of(ref.runId()));
            assertThat(rec.of(ref.runId())).hasSize(written.size() + 1);
        }
    }

    @Test
    void aNewSubscriberFirstGetsEveryKnownRun() throws Exception {
        RunRef a = runtime.submit(Pipelines.churn(), SubmitOptions.DEFAULTS);
        RunRef b = runtime.submit(Pipelines.churn(), SubmitOptions.DEFAULTS);
        controller.runToEnd(a.runId());
        Recorder rec = new Recorder();
        try (Subscription ignored = runtime.watch(rec)) {
            rec.await(a.runId(), s -> s.phase() == Phase.SUCCEEDED);
            rec.await(b.runId(), s -> s.phase() == Phase.PENDING);
            assertThat(runtime.list()).extracting(RunState::id).containsExactlyInAnyOrder(a.runId(), b.runId());
        }
    }

    @Test
    void aDroppedWatchConnectionLosesNoUpdate() throws Exception {
        Recorder rec = new Recorder();
        try (Subscription ignored = runtime.watch(rec)) {
            RunRef ref = runtime.submit(Pipelines.churn(), SubmitOptions.DEFAULTS);
            rec.await(ref.runId(), s -> s.phase() == Phase.PENDING);
            controller.step(ref.runId());
            controller.step(ref.runId());
            rec.await(ref.runId(), s -> s.nodes().size() == 2);
            assertThat(cluster.dispatcher.awaitOpenWatch(10)).isTrue();

            CountDownLatch refused = cluster.dispatcher.outage(true);
            assertThat(cluster.dispatcher.dropWatches()).isEqualTo(1);
            assertThat(refused.await(10, TimeUnit.SECONDS)).as("the informer tries to reconnect").isTrue();
            rec.awaitConnectionReport(true);
            assertThat(rec.problems.get(0)).startsWith("lost the connection to the cluster at http://")
                    .endsWith("(watching workflows in ml); reconnecting");
            // While the client cannot reach the API the controller moves on: prepare runs and succeeds, train starts.
            controller.step(ref.runId());
            controller.step(ref.runId());
            controller.step(ref.runId());
            cluster.dispatcher.outage(false);
            RunState expected = runtime.get(ref); // the controller is idle now: this is the state to catch up with

            RunState caughtUp = rec.await(ref.runId(), s -> s.revision() >= expected.revision());
            assertSameNodes(caughtUp, expected);
            rec.awaitConnectionReport(false);
            assertThat(caughtUp.nodesOfStep("prepare")).extracting(NodeState::phase).containsExactly(Phase.SUCCEEDED);
            // fabric8 resumes the watch from the last resourceVersion it saw (the server replays what it missed);
            // it lists again only when the server answers 410 Gone (next test).
            List<String> log = List.copyOf(cluster.dispatcher.log);
            assertThat(log).contains("REFUSED WATCH");
            assertThat(log.subList(log.lastIndexOf("REFUSED WATCH"), log.size())).containsExactly("REFUSED WATCH",
                    "WATCH");

            controller.runToEnd(ref.runId());
            RunState last = rec.await(ref.runId(), s -> s.phase() == Phase.SUCCEEDED);
            assertThat(last.nodes()).allMatch(n -> n.phase() == Phase.SUCCEEDED);
            assertRevisionsIncrease(rec.of(ref.runId()));
        }
    }

    @Test
    void a410GoneMidRunRelistsAndLosesNoUpdate() throws Exception {
        Recorder rec = new Recorder();
        try (Subscription ignored = runtime.watch(rec)) {
            RunRef ref = runtime.submit(Pipelines.churn(), SubmitOptions.DEFAULTS);
            controller.step(ref.runId());
            rec.await(ref.runId(), s -> s.phase() == Phase.RUNNING);
            assertThat(cluster.dispatcher.awaitOpenWatch(10)).isTrue();

            CountDownLatch refused = cluster.dispatcher.outage(true);
            cluster.dispatcher.dropWatches();
            assertThat(refused.await(10, TimeUnit.SECONDS)).isTrue();
            for (int i = 0; i < 4; i++) {
                controller.step(ref.runId());
            }
            CountDownLatch gone = cluster.dispatcher.goneOnNextWatch();
            cluster.dispatcher.outage(false);
            RunState expected = runtime.get(ref);
            assertThat(gone.await(10, TimeUnit.SECONDS)).as("a watch was answered with 410 Gone").isTrue();
            controller.step(ref.runId());
            RunState afterGone = runtime.get(ref);

            RunState caughtUp = rec.await(ref.runId(), s -> s.revision() >= afterGone.revision());
            assertSameNodes(caughtUp, afterGone);

            controller.runToEnd(ref.runId());
            rec.await(ref.runId(), s -> s.phase() == Phase.SUCCEEDED);
            assertRevisionsIncrease(rec.of(ref.runId()));
            List<String> log = List.copyOf(cluster.dispatcher.log);
            assertThat(log.subList(log.indexOf("GONE"), log.size())).as("410 Gone makes the informer list again")
                    .startsWith("GONE", "LIST", "WATCH");

        }
    }

    private static void assertSameNodes(RunState actual, RunState expected) {
        assertThat(actual.revision()).isEqualTo(expected.revision());
        assertThat(actual.nodes()).extracting(NodeState::id, NodeState::phase)
                .containsExactlyElementsOf(expected.nodes().stream()
                        .map(n -> org.assertj.core.groups.Tuple.tuple(n.id(), n.phase())).toList());
    }

    @Test
    void aClosedSubscriptionGetsNothingMoreWhileOthersGoOn() throws Exception {
        Recorder first = new Recorder();
        Recorder second = new Recorder();
        RunRef ref = runtime.submit(Pipelines.churn(), SubmitOptions.DEFAULTS);
        try (Subscription keep = runtime.watch(second)) {
            Subscription gone = runtime.watch(first);
            first.await(ref.runId(), s -> true);
            gone.close();
            controller.runToEnd(ref.runId());
            second.await(ref.runId(), s -> s.phase() == Phase.SUCCEEDED);
            assertThat(first.of(ref.runId())).noneMatch(s -> s.phase() == Phase.SUCCEEDED);
        }
    }

    @Test
    void deletionIsReported() throws Exception {
        Recorder rec = new Recorder();
        try (Subscription ignored = runtime.watch(rec)) {
            RunRef ref = runtime.submit(Pipelines.churn(), SubmitOptions.DEFAULTS);
            rec.await(ref.runId(), s -> true);
            runtime.delete(ref);
            rec.awaitDeleted(ref.runId());
        }
    }

    private static void assertRevisionsIncrease(List<RunState> states) {
        for (int i = 1; i < states.size(); i++) {
            assertThat(states.get(i).revision()).as("revision of snapshot " + i)
                    .isGreaterThan(states.get(i - 1).revision());
        }
    }
}
