package dev.orrery.runtime.local;

import static dev.orrery.runtime.local.Fixtures.bash;
import static dev.orrery.runtime.local.Fixtures.dag;
import static dev.orrery.runtime.local.Fixtures.node;
import static dev.orrery.runtime.local.Fixtures.pipeline;
import static dev.orrery.runtime.local.Fixtures.runToEnd;
import static dev.orrery.runtime.local.Fixtures.step;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orrery.core.model.Template;
import dev.orrery.runtime.NodeState;
import dev.orrery.runtime.Phase;
import dev.orrery.runtime.RunState;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Steps that print or write more than the runner keeps, and results that cannot be collected. */
class BigOutputTest {
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

    private Path nodeDir(RunState s, NodeState n) {
        return runtime.runDirectory(s.ref()).resolve("nodes").resolve(NodeFolder.safe(n.id()));
    }

    @Test
    void aStepPrintingMoreThanTheCapKeepsOnlyTheFirst256KiBAsItsResult() throws Exception {
        // 600,000 characters without a line break, then 100,000 short lines
        Template t = bash("loud", "head -c 600000 /dev/zero | tr '\\0' x; echo; seq 1 100000");
        RunState s = runToEnd(runtime, pipeline("loud", t));

        NodeState n = s.nodes().get(0);
        assertThat(n.phase()).isEqualTo(Phase.SUCCEEDED);
        assertThat(n.outputs().result()).hasSize(ProcessStep.MAX_RESULT_BYTES).matches("x+");
        Path log = nodeDir(s, n).resolve("log.txt");
        var lines = NodeLog.readLines(log, 0);
        assertThat(lines).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(OutputPump.MAX_LINE_BYTES));
        assertThat(String.join("", lines.subList(0, 10))).as("the long line, in pieces").hasSize(600_000);
        assertThat(lines).endsWith("99999", "100000");
    }

    @Test
    void anOutputParameterOverTheCapEndsTheStepAsErrorWithAClearMessage() {
        Template t = bash("big", "head -c 300000 /dev/zero | tr '\\0' a > /tmp/p.txt");
        Fixtures.outputParameter(t, "p", "/tmp/p.txt");
        RunState s = runToEnd(runtime, pipeline("big", t));

        NodeState n = s.nodes().get(0);
        assertThat(n.phase()).isEqualTo(Phase.ERROR);
        assertThat(n.message()).isEqualTo("output parameter 'p': /tmp/p.txt holds more than 256 KiB, the limit for an"
                + " output parameter; pass large values as an output artifact");
        assertThat(n.outputs().parameters()).isEmpty();
    }

    @Test
    void aStepWhoseOutputCannotBeCollectedEndsAsErrorAndStateJsonSaysSo() throws Exception {
        // step a makes b's log.txt a folder, so nothing b prints can be stored
        Template breaker = bash("breaker", "mkdir -p \"$ORRERY_NODE_DIR/../{{workflow.name}}.b/log.txt\"");
        Template talker = bash("talker", "echo hello");
        RunState s = runToEnd(runtime, pipeline("broken-log", dag("main", step("a", "breaker"),
                step("b", "talker", "a")), breaker, talker));

        NodeState b = node(s, "b");
        assertThat(b.phase()).isEqualTo(Phase.ERROR);
        assertThat(b.message()).startsWith("collecting the step's output failed: cannot write the log");
        assertThat(s.phase()).isEqualTo(Phase.ERROR);
        JsonNode state = new ObjectMapper().readTree(runtime.runDirectory(s.ref()).resolve(RunStore.STATE).toFile());
        JsonNode saved = null;
        for (JsonNode node : state.path("nodes")) {
            if (node.path("id").asText().equals(b.id())) {
                saved = node;
            }
        }
        assertThat(saved).isNotNull();
        assertThat(saved.path("phase").asText()).isEqualTo("ERROR");
    }

    @Test
    void anErrorWhileReadingOutputIsKeptAndTheRestIsDrained() throws Exception {
        NodeLog log = new NodeLog(tmp.resolve("log.txt"));
        byte[] first = "before\n".getBytes(StandardCharsets.UTF_8);
        InputStream failing = new InputStream() {
            int pos;

            @Override
            public int read() throws IOException {
                throw new AssertionError("not used");
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (pos < first.length) {
                    System.arraycopy(first, 0, b, off, first.length);
                    pos = first.length;
                    return first.length;
                }
                throw new OutOfMemoryError("Java heap space");
            }
        };
        OutputPump pump = OutputPump.start(failing, log, 16, "test-pump");
        pump.join();
        log.end();

        assertThat(pump.failure()).isInstanceOf(OutOfMemoryError.class);
        assertThat(StepOutputs.describe(pump.failure())).isEqualTo(
                "Orrery ran out of memory while collecting the step's results");
        assertThat(NodeLog.readLines(tmp.resolve("log.txt"), 0)).containsExactly("before");
        assertThat(pump.captured()).isEqualTo("before");
    }
}
