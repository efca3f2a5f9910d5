package dev.orrery.runtime.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.runtime.Phase;
import dev.orrery.runtime.RunState;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app ending mid-run, politely (SIGTERM: the shutdown hook) or not (SIGKILL: recovery at the next start). */
class CrashTest {
    @TempDir
    Path tmp;

    private Process victim(Path runs, BlockingQueue<String> lines) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), CrashVictim.class.getName(),
                runs.toString()).redirectErrorStream(true).start();
        Thread.ofVirtual().start(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    lines.add(line);
                }
            } catch (Exception e) {
                lines.add("<error " + e + ">");
            }
        });
        return p;
    }

    private static long childPid(BlockingQueue<String> lines) throws InterruptedException {
        StringBuilder seen = new StringBuilder();
        while (true) {
            String line = lines.poll(60, TimeUnit.SECONDS);
            assertThat(line).as("the victim's step reports its child; it printed: " + seen).isNotNull();
            seen.append(line).append('\n');
            if (line.startsWith("child ")) {
                return Long.parseLong(line.substring(6).trim());
            }
        }
    }

    @Test
    void whenTheAppIsTerminatedTheShutdownHookKillsTheStepsAndSavesTheRunAsError() throws Exception {
        Path runs = tmp.resolve("runs");
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Process app = victim(runs, lines);
        long child = childPid(lines);

        app.destroy(); // SIGTERM
        assertThat(app.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertGone(child);
        try (LocalRuntime after = new LocalRuntime(runs)) {
            List<RunState> all = after.list();
            assertThat(all).hasSize(1);
            assertThat(all.get(0).phase()).isEqualTo(Phase.ERROR);
            assertThat(all.get(0).message()).contains("Orrery exited while the run was going");
        }
    }

    @Test
    void whenTheAppIsKilledTheNextStartEndsTheLeftoversAndMarksTheRun() throws Exception {
        Path runs = tmp.resolve("runs");
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Process app = victim(runs, lines);
        long child = childPid(lines);
        long appPid = app.pid();

        app.destroyForcibly(); // SIGKILL: no hook runs; the step lives on in its own session
        assertThat(app.waitFor(60, TimeUnit.SECONDS)).isTrue();

        try (LocalRuntime after = new LocalRuntime(runs)) {
            RunState s = after.list().get(0);
            assertThat(s.phase()).isEqualTo(Phase.ERROR);
            assertThat(s.message()).contains("pid " + appPid).contains("ended before the run finished");
        }
        assertGone(child);
    }

    private static void assertGone(long pid) throws Exception {
        Optional<ProcessHandle> h = ProcessHandle.of(pid);
        if (h.isPresent()) {
            h.get().onExit().get(30, TimeUnit.SECONDS);
        }
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).as("process " + pid).isFalse();
    }
}
