package dev.orrery.runtime.local;

import static dev.orrery.runtime.local.Fixtures.bash;
import static dev.orrery.runtime.local.Fixtures.dag;
import static dev.orrery.runtime.local.Fixtures.node;
import static dev.orrery.runtime.local.Fixtures.pipeline;
import static dev.orrery.runtime.local.Fixtures.runToEnd;
import static dev.orrery.runtime.local.Fixtures.step;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.core.model.GraphStyle;
import dev.orrery.core.model.Json;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Template;
import dev.orrery.runtime.NodeType;
import dev.orrery.runtime.Phase;
import dev.orrery.runtime.RunRef;
import dev.orrery.runtime.RunState;
import dev.orrery.runtime.SubmitOptions;
import dev.orrery.runtime.Subscription;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Steps-style graphs, approval (suspend) steps with resume, terminate, resource steps. */
class ControlFlowTest {
    @TempDir
    Path tmp;
    LocalRuntime runtime;

    @BeforeEach
    void start() {
        runtime = new LocalRuntime(tmp.resolve("runs"));
    }

    @AfterEach
    void stop() {
        runtime.close();
    }

    @Test
    void stepsStyleGraphsRunGroupByGroup() {
        Template main = dag("main", step("one", "say"), step("two-a", "say", "one"), step("two-b", "say", "one"),
                step("three", "say", "two-a", "two-b"));
        main.graph.style = GraphStyle.STEPS;
        RunState s = runToEnd(runtime, pipeline("steps", main, bash("say", "echo hi")));

        assertThat(s.phase()).isEqualTo(Phase.SUCCEEDED);
        assertThat(s.nodes().get(0).type()).isEqualTo(NodeType.STEPS);
        assertThat(node(s, "three").startedAt()).isAfterOrEqualTo(node(s, "two-b").finishedAt());
    }

    @Test
    void anApprovalStepWaitsForResume() throws Exception {
        Template approve = new Template("approve");
        approve.suspend = Json.object();
        Pipeline p = pipeline("gated", dag("main", step("gate", "approve"), step("ship", "say", "gate")), approve,
                bash("say", "echo shipped"));
        RunRef ref = runtime.submit(p, SubmitOptions.DEFAULTS);
        CountDownLatch waiting = new CountDownLatch(1);
        try (Subscription w = runtime.watch(s -> {
            if (s.ref().equals(ref) && s.node(ref.runId() + ".gate").map(n -> n.phase() == Phase.RUNNING).orElse(false)) {
                waiting.countDown();
            }
        })) {
            assertThat(waiting.await(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(runtime.get(ref).nodesOfStep("ship")).as("not started before the approval").isEmpty();

        runtime.resume(ref);
        RunState s = runtime.completion(ref).get(60, TimeUnit.SECONDS);

        assertThat(s.phase()).isEqualTo(Phase.SUCCEEDED);
        assertThat(node(s, "gate").type()).isEqualTo(NodeType.SUSPEND);
        assertThat(node(s, "ship").outputs().result()).isEqualTo("shipped");
    }

    @Test
    void suspendLetsRunningStepsFinishButStartsNoNewOneUntilResume() throws Exception {
        Path gate = tmp.resolve("gate");
        Template first = bash("first", "for i in $(seq 600); do [ -f " + gate + " ] && break; sleep 0.1; done; echo one");
        Pipeline p = pipeline("pausable", dag("main", step("first", "first"), step("second", "say", "first")), first,
                bash("say", "echo two"));
        RunRef ref = runtime.submit(p, SubmitOptions.DEFAULTS);
        String firstId = ref.runId() + ".first";
        String secondId = ref.runId() + ".second";
        awaitState(ref, s -> s.node(firstId).map(n -> n.phase() == Phase.RUNNING).orElse(false));

        runtime.suspend(ref);
        assertThat(runtime.get(ref).message()).startsWith("Suspended");
        java.nio.file.Files.createFile(gate);
        awaitState(ref, s -> s.node(secondId).map(n -> "waiting: the run is suspended".equals(n.message())).orElse(false));
        RunState held = runtime.get(ref);
        assertThat(held.node(firstId).orElseThrow().phase()).as("a running step goes on").isEqualTo(Phase.SUCCEEDED);
        assertThat(held.node(secondId).orElseThrow().phase()).isEqualTo(Phase.PENDING);
        assertThat(held.phase()).isEqualTo(Phase.RUNNING);

        runtime.resume(ref);
        RunState s = runtime.completion(ref).get(60, TimeUnit.SECONDS);
        assertThat(s.phase()).isEqualTo(Phase.SUCCEEDED);
        assertThat(node(s, "second").outputs().result()).isEqualTo("two");
    }

    private void awaitState(RunRef ref, java.util.function.Predicate<RunState> condition) throws Exception {
        CountDownLatch reached = new CountDownLatch(1);
        try (Subscription w = runtime.watch(s -> {
            if (s.ref().equals(ref) && condition.test(s)) {
                reached.countDown();
            }
        })) {
            assertThat(reached.await(60, TimeUnit.SECONDS)).as("the run reaches the expected state").isTrue();
        }
    }

    @Test
    void terminateSkipsTheExitHandler() throws Exception {
        Template approve = new Template("approve");
        approve.suspend = Json.object();
        Pipeline p = pipeline("terminated", dag("main", step("gate", "approve")), approve, bash("bye", "echo bye"));
        p.onExit = "bye";
        RunRef ref = runtime.submit(p, SubmitOptions.DEFAULTS);
        CountDownLatch waiting = new CountDownLatch(1);
        try (Subscription w = runtime.watch(s -> {
            if (s.ref().equals(ref) && s.node(ref.runId() + ".gate").map(n -> n.phase() == Phase.RUNNING).orElse(false)) {
                waiting.countDown();
            }
        })) {
            assertThat(waiting.await(60, TimeUnit.SECONDS)).isTrue();
        }

        runtime.terminate(ref);
        RunState s = runtime.completion(ref).get(60, TimeUnit.SECONDS);

        assertThat(s.phase()).isEqualTo(Phase.FAILED);
        assertThat(s.message()).isEqualTo("Terminated by user");
        assertThat(s.node(ref.runId() + ".onExit")).isEmpty();
    }

    @Test
    void kubernetesResourceStepsErrorWithAReason() {
        Template resource = new Template("create-cm");
        resource.resource = new dev.orrery.core.model.ResourceAction();
        resource.resource.action = "create";
        RunState s = runToEnd(runtime, pipeline("k8s", dag("main", step("cm", "create-cm")), resource));

        assertThat(node(s, "cm").phase()).isEqualTo(Phase.ERROR);
        assertThat(node(s, "cm").message()).contains("cannot run on this computer");
        assertThat(s.phase()).isEqualTo(Phase.ERROR);
    }
}
