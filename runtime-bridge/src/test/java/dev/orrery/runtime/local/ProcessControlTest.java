package dev.orrery.runtime.local;

import static dev.orrery.runtime.local.Fixtures.bash;
import static dev.orrery.runtime.local.Fixtures.dag;
import static dev.orrery.runtime.local.Fixtures.node;
import static dev.orrery.runtime.local.Fixtures.pipeline;
import static dev.orrery.runtime.local.Fixtures.runToEnd;
import static dev.orrery.runtime.local.Fixtures.step;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.core.model.Json;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.RetryStrategy;
import dev.orrery.core.model.Template;
import dev.orrery.runtime.LogListener;
import dev.orrery.runtime.LogOptions;
import dev.orrery.runtime.NodeState;
import dev.orrery.runtime.Phase;
import dev.orrery.runtime.RunRef;
import dev.orrery.runtime.RunState;
import dev.orrery.runtime.SubmitOptions;
import dev.orrery.runtime.Subscription;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Retries, timeouts, stop and the exit handler: controlling real processes. */
class ProcessControlTest {
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

    private static RetryStrategy retries(int limit) {
        RetryStrategy r = new RetryStrategy();
        r.limit = Json.F.numberNode(limit);
        r.backoffDuration = Json.text("10ms");
        r.backoffFactor = Json.F.numberNode(2);
        return r;
    }

    @Test
    void aFailingStepIsRetriedUntilItSucceeds() throws Exception {
        Path counter = tmp.resolve("count");
        Template flaky = bash("flaky", "n=$(cat " + counter + " 2>/dev/null || echo 0); n=$((n+1)); echo $n > " + counter
                + "; echo attempt $n; [ $n -ge 3 ]");
        flaky.retryStrategy = retries(3);
        RunState s = runToEnd(runtime, pipeline("flaky", dag("main", step("a", "flaky")), flaky));

        assertThat(s.phase()).isEqualTo(Phase.SUCCEEDED);
        NodeState a = node(s, "a");
        assertThat(a.attempts()).isEqualTo(3);
        assertThat(a.exitCode()).isZero();
        assertThat(Files.readString(counter).trim()).isEqualTo("3");
        assertThat(NodeLog.readLines(runtime.runDirectory(s.ref()).resolve("nodes").resolve(NodeFolder.safe(a.id()))
                .resolve("log.txt"), 0)).contains("attempt 1", "[orrery] attempt 2 of 4", "attempt 3");
    }

    @Test
    void aBusyStepReportsItsCpuTimeAndMemory() {
        // a second of busy work in a child of the step's shell: the whole tree is counted
        Template busy = bash("busy", "python3 -c 'import time\nx=bytearray(64*1024*1024)\nt=time.time()\n"
                + "while time.time()-t<1.2: pass' ; echo done");
        RunState s = runToEnd(runtime, pipeline("busy", dag("main", step("a", "busy")), busy));

        NodeState a = node(s, "a");
        assertThat(a.phase()).isEqualTo(Phase.SUCCEEDED);
        assertThat(a.resources().cpuTime()).isNotNull();
        assertThat(a.resources().cpuTime().toMillis()).isBetween(300L, 5_000L);
        assertThat(a.resources().peakMemoryBytes()).isGreaterThan(64L * 1024 * 1024);
        assertThat(a.resources().describe()).startsWith("CPU ").contains("peak memory ").contains(" MiB");
    }

    @Test
    void retriesRunOutAndTheStepFails() {
        Template broken = bash("broken", "echo nope; exit 7");
        broken.retryStrategy = retries(2);
        RunState s = runToEnd(runtime, pipeline("broken", dag("main", step("a", "broken")), broken));

        NodeState a = node(s, "a");
        assertThat(a.phase()).isEqualTo(Phase.FAILED);
        assertThat(a.attempts()).isEqualTo(3);
        assertThat(a.exitCode()).isEqualTo(7);
        assertThat(s.phase()).isEqualTo(Phase.FAILED);
    }

    @Test
    void aTimeoutKillsTheWholeProcessTree() throws Exception {
        Path pidFile = tmp.resolve("child.pid");
        Template slow = bash("slow", "sleep 300 & echo $! > " + pidFile + "; wait");
        slow.timeout = "1s";
        RunState s = runToEnd(runtime, pipeline("slow", dag("main", step("a", "slow")), slow));

        NodeState a = node(s, "a");
        assertThat(a.phase()).isEqualTo(Phase.FAILED);
        assertThat(a.message()).contains("timed out after 1.0s");
        long child = Long.parseLong(Files.readString(pidFile).trim());
        assertGone(child);
    }

    @Test
    void aTimeoutIsNotRetriedButAnAttemptDeadlineIs() throws Exception {
        Template slow = bash("slow", "sleep 300");
        slow.timeout = "1s";
        slow.retryStrategy = retries(2);
        Template perAttempt = bash("per-attempt", "sleep 300");
        perAttempt.extra.put("activeDeadlineSeconds", 1);
        perAttempt.retryStrategy = retries(1);
        RunState s = runToEnd(runtime, pipeline("deadlines", dag("main", step("a", "slow"), step("b", "per-attempt")),
                slow, perAttempt));

        assertThat(node(s, "a").attempts()).as("the node's timeout ends it for good").isEqualTo(1);
        assertThat(node(s, "a").message()).contains("timed out after 1.0s");
        assertThat(node(s, "b").attempts()).as("each attempt gets its own deadline").isEqualTo(2);
        assertThat(node(s, "b").message()).contains("exceeded activeDeadlineSeconds (1.0s)");
    }

    @Test
    void stopEndsRunningStepsAndRunsTheExitHandler() throws Exception {
        Template slow = bash("slow", "sleep 300 & echo child $!; wait");
        Template exit = bash("bye", "echo status={{workflow.status}}");
        Pipeline p = pipeline("stoppable", dag("main", step("a", "slow"), step("b", "slow", "a")), slow, exit);
        p.onExit = "bye";
        RunRef ref = runtime.submit(p, SubmitOptions.DEFAULTS);
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Subscription logs = followWhenRunning(ref, ref.runId() + ".a", lines);
        String first = lines.poll(60, TimeUnit.SECONDS);
        assertThat(first).as("the step's first log line").startsWith("child ");
        long child = Long.parseLong(first.substring(6));

        runtime.stop(ref);
        RunState s = runtime.completion(ref).get(60, TimeUnit.SECONDS);
        logs.close();

        assertThat(s.phase()).isEqualTo(Phase.FAILED);
        assertThat(s.message()).isEqualTo("Stopped by user");
        assertThat(node(s, "a").phase()).isEqualTo(Phase.FAILED);
        assertThat(node(s, "b").phase()).isEqualTo(Phase.OMITTED);
        NodeState handler = s.node(ref.runId() + ".onExit").orElseThrow();
        assertThat(handler.phase()).isEqualTo(Phase.SUCCEEDED);
        assertThat(handler.outputs().result()).isEqualTo("status=Failed");
        assertGone(child);
    }

    @Test
    void theExitHandlerSeesTheWorkflowStatus() throws Exception {
        Template exit = bash("bye", "echo {{workflow.name}} ended {{workflow.status}}; echo '{{workflow.failures}}' >&2");
        Pipeline ok = pipeline("fine", dag("main", step("a", "ok")), bash("ok", "true"), exit);
        ok.onExit = "bye";
        Pipeline bad = pipeline("bad", dag("main", step("a", "no")), bash("no", "false"), exit);
        bad.onExit = "bye";

        RunState good = runToEnd(runtime, ok);
        RunState failed = runToEnd(runtime, bad);

        assertThat(good.node(good.id() + ".onExit").orElseThrow().outputs().result())
                .isEqualTo(good.id() + " ended Succeeded");
        assertThat(failed.node(failed.id() + ".onExit").orElseThrow().outputs().result())
                .isEqualTo(failed.id() + " ended Failed");
        assertThat(failed.phase()).isEqualTo(Phase.FAILED);
        assertThat(NodeLog.readLines(runtime.runDirectory(failed.ref()).resolve("nodes")
                .resolve(NodeFolder.safe(failed.id() + ".onExit")).resolve("log.txt"), 0))
                .anySatisfy(line -> assertThat(line).contains("\"displayName\":\"a\"").contains("\"phase\":\"Failed\"")
                        .contains("\"message\":\"exit code 1\""));
    }

    @Test
    void logsStreamLiveWhileAStepRuns() throws Exception {
        Path gate = tmp.resolve("gate");
        // the step prints, then waits for the test to create the gate file (a step-side wait, bounded)
        Template talk = bash("talk", "echo one; for i in $(seq 600); do [ -f " + gate + " ] && break; sleep 0.1; done;"
                + " echo two >&2");
        RunRef ref = runtime.submit(pipeline("talk", dag("main", step("a", "talk")), talk), SubmitOptions.DEFAULTS);
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Subscription sub = followWhenRunning(ref, ref.runId() + ".a", lines);

        assertThat(lines.poll(60, TimeUnit.SECONDS)).isEqualTo("one");
        Files.createFile(gate);
        assertThat(lines.poll(60, TimeUnit.SECONDS)).isEqualTo("two");
        assertThat(lines.poll(60, TimeUnit.SECONDS)).as("end of log").isEqualTo("<end>");
        sub.close();
        assertThat(runtime.completion(ref).get(60, TimeUnit.SECONDS).phase()).isEqualTo(Phase.SUCCEEDED);
    }

    /** Subscribes to a node's log as soon as the node exists; lines and an end marker go to the queue. */
    private Subscription followWhenRunning(RunRef ref, String nodeId, BlockingQueue<String> lines) throws Exception {
        BlockingQueue<Boolean> exists = new LinkedBlockingQueue<>();
        try (Subscription w = runtime.watch(state -> {
            if (state.ref().equals(ref) && state.node(nodeId).isPresent()) {
                exists.offer(true);
            }
        })) {
            assertThat(exists.poll(60, TimeUnit.SECONDS)).as("node " + nodeId + " appears").isTrue();
        }
        return runtime.logs(ref, nodeId, LogOptions.FOLLOW, new LogListener() {
            @Override
            public void onLine(String line) {
                lines.add(line);
            }

            @Override
            public void onEnd(Throwable error) {
                lines.add("<end>");
            }
        });
    }

    private static void assertGone(long pid) throws Exception {
        Optional<ProcessHandle> h = ProcessHandle.of(pid);
        if (h.isPresent()) {
            h.get().onExit().get(30, TimeUnit.SECONDS);
        }
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).as("process " + pid + " alive")
                .isFalse();
    }
}
