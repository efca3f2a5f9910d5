package dev.orrery.runtime.local;

import static dev.orrery.runtime.local.Fixtures.bash;
import static dev.orrery.runtime.local.Fixtures.dag;
import static dev.orrery.runtime.local.Fixtures.node;
import static dev.orrery.runtime.local.Fixtures.pipeline;
import static dev.orrery.runtime.local.Fixtures.runToEnd;
import static dev.orrery.runtime.local.Fixtures.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orrery.core.model.Parameter;
import dev.orrery.core.model.Pipeline;
import dev.orrery.runtime.LogListener;
import dev.orrery.runtime.LogOptions;
import dev.orrery.runtime.NodeState;
import dev.orrery.runtime.Phase;
import dev.orrery.runtime.RunListener;
import dev.orrery.runtime.RunNotFoundException;
import dev.orrery.runtime.RunRef;
import dev.orrery.runtime.RunState;
import dev.orrery.runtime.SubmitOptions;
import dev.orrery.runtime.Subscription;
import dev.orrery.runtime.UnsupportedRunOperationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** state.json, reloading past runs, crash recovery, watching, resubmit and delete. */
class PersistenceTest {
    @TempDir
    Path tmp;

    private static Pipeline twoSteps() {
        Pipeline p = pipeline("keep", dag("main", step("a", "say"), step("b", "say", "a")),
                bash("say", "echo said {{workflow.parameters.word}}"));
        p.parameters.add(Parameter.of("word", "hi"));
        return p;
    }

    @Test
    void pastRunsAndTheirLogsAreThereAfterARestart() throws Exception {
        Path runs = tmp.resolve("runs");
        RunState done;
        try (LocalRuntime first = new LocalRuntime(runs)) {
            done = runToEnd(first, twoSteps(), SubmitOptions.DEFAULTS.withParameter("word", "bye"));
        }
        assertThat(runs.resolve(done.id()).resolve("state.json")).exists();

        try (LocalRuntime second = new LocalRuntime(runs)) {
            List<RunState> listed = second.list();
            assertThat(listed).extracting(RunState::id).containsExactly(done.id());
            RunState reloaded = listed.get(0);
            assertThat(reloaded.phase()).isEqualTo(Phase.SUCCEEDED);
            assertThat(reloaded.parameters()).containsEntry("word", "bye");
            assertThat(reloaded.nodes()).hasSize(3);
            assertThat(node(reloaded, "b").outputs().result()).isEqualTo("said bye");
            assertThat(reloaded.runtimeDisplayName()).isEqualTo("This computer");
            assertThat(reloaded.finishedAt()).isEqualTo(done.finishedAt());

            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            second.logs(reloaded.ref(), done.id() + ".b", LogOptions.FROM_START, collect(lines));
            assertThat(lines.poll(30, TimeUnit.SECONDS)).isEqualTo("said bye");
            assertThat(lines.poll(30, TimeUnit.SECONDS)).isEqualTo("<end>");

            Pipeline kept = second.pipelineOf(reloaded.ref()).orElseThrow();
            assertThat(kept.mainGraph().orElseThrow().steps).extracting(st -> st.name).containsExactly("a", "b");

            RunState again = second.completion(second.resubmit(reloaded.ref())).get(60, TimeUnit.SECONDS);
            assertThat(again.id()).isNotEqualTo(done.id());
            assertThat(node(again, "b").outputs().result()).as("resubmit keeps the parameters").isEqualTo("said bye");
        }
    }

    @Test
    void runsLeftRunningByADeadProcessAreMarkedErrorAtStart() throws Exception {
        Path runs = tmp.resolve("runs");
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        RunState running;
        try (LocalRuntime first = new LocalRuntime(runs)) {
            running = runToEnd(first, twoSteps());
        }
        // make it look like an app that died mid-run: Running, one node Running, owned by a dead pid
        RunStore store = new RunStore(runs);
        List<NodeState> nodes = new ArrayList<>();
        for (NodeState n : running.nodes()) {
            nodes.add(n.withPhase(n.stepName() == null || n.stepName().equals("a") ? Phase.RUNNING : Phase.PENDING, null));
        }
        RunState stale = new RunState(running.ref(), running.name(), running.pipelineName(),
                running.runtimeDisplayName(), Phase.RUNNING, running.startedAt(), null, null, running.progress(),
                running.parameters(), nodes, running.revision());
        store.write(stale);
        Files.writeString(runs.resolve(running.id()).resolve("owner.json"), "{\"pid\": " + gone.pid() + "}");

        try (LocalRuntime second = new LocalRuntime(runs)) {
            RunState recovered = second.get(running.ref());
            assertThat(recovered.phase()).isEqualTo(Phase.ERROR);
            assertThat(recovered.message()).contains("pid " + gone.pid()).contains("ended before the run finished");
            assertThat(recovered.finishedAt()).isNotNull();
            assertThat(node(recovered, "a").phase()).isEqualTo(Phase.ERROR);
            assertThat(store.read(runs.resolve(running.id())).orElseThrow().phase()).isEqualTo(Phase.ERROR);
        }
    }

    @Test
    void resourcesUsedAreKeptInTheSavedState() throws Exception {
        Path runs = tmp.resolve("runs");
        RunState done;
        try (LocalRuntime first = new LocalRuntime(runs)) {
            done = runToEnd(first, twoSteps());
        }
        var used = new dev.orrery.runtime.NodeResources(java.util.Map.of("cpu", 3L), java.time.Duration.ofMillis(1250),
                42L * 1024 * 1024);
        List<NodeState> nodes = new ArrayList<>();
        for (NodeState n : done.nodes()) {
            nodes.add(new NodeState(n.id(), n.name(), n.stepName(), n.displayName(), n.templateName(), n.type(),
                    n.phase(), n.boundaryId(), n.children(), n.startedAt(), n.finishedAt(), n.message(), n.exitCode(),
                    n.outputs(), n.attempts(), used));
        }
        RunStore store = new RunStore(runs);
        store.write(new RunState(done.ref(), done.name(), done.pipelineName(), done.runtimeDisplayName(), done.phase(),
                done.startedAt(), done.finishedAt(), done.message(), done.progress(), done.parameters(), nodes,
                done.revision()));

        RunState read = store.read(runs.resolve(done.id())).orElseThrow();
        assertThat(node(read, "a").resources()).isEqualTo(used);
        assertThat(node(read, "a").resources().describe()).isEqualTo("CPU 1.3s, peak memory 42 MiB, 3s×(1 cpu)");
    }

    @Test
    void watchDeliversTheCurrentStateThenEveryChangeInOrder() throws Exception {
        try (LocalRuntime runtime = new LocalRuntime(tmp.resolve("runs"))) {
            RunState earlier = runToEnd(runtime, twoSteps());
            List<RunState> seen = new ArrayList<>();
            CountDownLatch finished = new CountDownLatch(1);
            RunRef[] newer = new RunRef[1];
            CountDownLatch submitted = new CountDownLatch(1);
            RunListener listener = s -> {
                synchronized (seen) {
                    seen.add(s);
                }
                try {
                    submitted.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                if (s.ref().equals(newer[0]) && s.phase().isFinished()) {
                    finished.countDown();
                }
            };
            newer[0] = runtime.submit(twoSteps(), SubmitOptions.DEFAULTS);
            try (Subscription sub = runtime.watch(listener)) {
                submitted.countDown();
                assertThat(finished.await(60, TimeUnit.SECONDS)).isTrue();
            }
            synchronized (seen) {
                assertThat(seen).extracting(RunState::ref).contains(earlier.ref());
                List<Long> revisions = seen.stream().filter(s -> s.ref().equals(newer[0])).map(RunState::revision)
                        .toList();
                assertThat(revisions).isSorted().doesNotHaveDuplicates();
                assertThat(seen.get(seen.size() - 1).phase()).isEqualTo(Phase.SUCCEEDED);
            }
        }
    }

    @Test
    void deleteRemovesTheRunAndItsFolder() {
        try (LocalRuntime runtime = new LocalRuntime(tmp.resolve("runs"))) {
            RunState s = runToEnd(runtime, twoSteps());
            Path dir = runtime.runDirectory(s.ref());
            runtime.delete(s.ref());
            assertThat(dir).doesNotExist();
            assertThat(runtime.list()).isEmpty();
            assertThatThrownBy(() -> runtime.get(s.ref())).isInstanceOf(RunNotFoundException.class);
            assertThatThrownBy(() -> runtime.retry(s.ref())).isInstanceOf(RunNotFoundException.class);
        }
    }

    @Test
    void retryOfALocalRunIsUnsupportedAndSaysWhatToDoInstead() {
        try (LocalRuntime runtime = new LocalRuntime(tmp.resolve("runs"))) {
            RunState s = runToEnd(runtime, twoSteps());
            assertThatThrownBy(() -> runtime.retry(s.ref())).isInstanceOf(UnsupportedRunOperationException.class)
                    .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("resubmit");
        }
    }

    @Test
    void runNamesComeFromThePipelineOrTheSubmission() {
        try (LocalRuntime runtime = new LocalRuntime(tmp.resolve("runs"))) {
            RunState generated = runToEnd(runtime, twoSteps());
            RunState named = runToEnd(runtime, twoSteps(), new SubmitOptions(Map.of(), 0, "exactly-this", Map.of()));
            assertThat(generated.id()).matches("keep-[a-z0-9]{5}");
            assertThat(named.id()).isEqualTo("exactly-this");
            assertThat(named.startedAt()).isBefore(Instant.now());
        }
    }

    private static LogListener collect(BlockingQueue<String> lines) {
        return new LogListener() {
            @Override
            public void onLine(String line) {
                lines.add(line);
            }

            @Override
            public void onEnd(Throwable error) {
                lines.add("<end>");
            }
        };
    }
}
