package dev.orrery.runtime.local;

import static dev.orrery.runtime.local.Fixtures.bash;
import static dev.orrery.runtime.local.Fixtures.pipeline;
import static dev.orrery.runtime.local.Fixtures.runToEnd;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.runtime.LogListener;
import dev.orrery.runtime.LogOptions;
import dev.orrery.runtime.RunState;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A step's log: stored once, in bounded lines, replayed by streaming. */
class NodeLogTest {
    @TempDir
    Path tmp;

    /** Collects the lines a subscription delivers and completes at its end. */
    private static class Lines implements LogListener {
        final List<String> lines = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        final CompletableFuture<Throwable> end = new CompletableFuture<>();

        @Override
        public void onLine(String line) {
            lines.add(line);
        }

        @Override
        public void onEnd(Throwable error) {
            end.complete(error);
        }

        List<String> await() throws Exception {
            assertThat(end.get(30, TimeUnit.SECONDS)).isNull();
            return lines;
        }
    }

    @Test
    void aStepsOutputIsStoredOnceInLogTxt() throws Exception {
        try (LocalRuntime runtime = new LocalRuntime(tmp.resolve("runs"))) {
            RunState s = runToEnd(runtime, pipeline("once", bash("say", "echo out; echo err >&2")));
            Path node = runtime.runDirectory(s.ref()).resolve("nodes").resolve(NodeFolder.safe(s.nodes().get(0).id()));
            try (Stream<Path> files = Files.list(node)) {
                assertThat(files.map(p -> p.getFileName().toString())).contains("log.txt").doesNotContain("stdout.txt");
            }
            assertThat(NodeLog.readLines(node.resolve("log.txt"), 0)).containsExactlyInAnyOrder("out", "err");
            assertThat(s.nodes().get(0).outputs().result()).isEqualTo("out");
        }
    }

    @Test
    void longLinesAreSplitWithoutCuttingACharacterAndLineEndsAreKept() throws Exception {
        Path file = tmp.resolve("log.txt");
        NodeLog log = new NodeLog(file);
        // 'é' is two bytes: a line of them cannot be cut at an even byte count minus one
        String longLine = "a" + "é".repeat(OutputPump.MAX_LINE_BYTES);
        byte[] bytes = (longLine + "\r\nsecond\rthird\nlast-without-break").getBytes(StandardCharsets.UTF_8);
        OutputPump pump = OutputPump.start(new ByteArrayInputStream(bytes), log, 8, "test");
        pump.join();
        log.end();

        List<String> lines = NodeLog.readLines(file, 0);
        assertThat(lines).endsWith("second", "third", "last-without-break");
        List<String> pieces = lines.subList(0, lines.size() - 3);
        assertThat(pieces).hasSizeGreaterThan(1).allSatisfy(p -> {
            assertThat(p.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(OutputPump.MAX_LINE_BYTES);
            assertThat(p).doesNotContain("\uFFFD");
        });
        assertThat(String.join("", pieces)).isEqualTo(longLine);
        assertThat(pump.captured()).as("the first 8 bytes, a cut character dropped").isEqualTo("aééé");
    }

    @Test
    void replayStreamsTheFileAndTheTailKeepsOnlyTheLastLines() throws Exception {
        Path file = tmp.resolve("log.txt");
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= 50_000; i++) {
            b.append("line ").append(i).append('\n');
        }
        Files.writeString(file, b);

        Lines tail = new Lines();
        NodeLog.replay(file, LogOptions.tail(3, false), tail);
        assertThat(tail.await()).containsExactly("line 49998", "line 49999", "line 50000");

        Lines all = new Lines();
        NodeLog.replay(file, LogOptions.FROM_START, all);
        assertThat(all.await()).hasSize(50_000).startsWith("line 1");
    }

    @Test
    void aFollowerGetsWhatWasWrittenThenEveryNewLineOnce() throws Exception {
        NodeLog log = new NodeLog(tmp.resolve("log.txt"));
        log.append("one");
        log.append("two");
        Lines follower = new Lines();
        log.subscribe(LogOptions.FOLLOW, follower);
        log.append("three");
        log.end();
        assertThat(follower.await()).containsExactly("one", "two", "three");
    }

    @Test
    void aFollowerThatFallsBehindIsToldWhatWasLeftOutInsteadOfOrreryHoldingIt() throws Exception {
        NodeLog log = new NodeLog(tmp.resolve("log.txt"));
        java.util.concurrent.CountDownLatch firstSeen = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        Lines slow = new Lines() {
            @Override
            public void onLine(String line) {
                super.onLine(line);
                firstSeen.countDown();
                try {
                    release.await(); // a viewer busy with its first line while the step goes on printing
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        log.subscribe(LogOptions.FOLLOW, slow);
        log.append("first");
        assertThat(firstSeen.await(30, TimeUnit.SECONDS)).isTrue();
        String line = "y".repeat(1000);
        int printed = 3 * LogFollower.MAX_PENDING_CHARS / line.length(); // three times what may wait
        for (int i = 0; i < printed; i++) {
            log.append(line);
        }
        log.append("last");
        log.end();
        release.countDown();

        List<String> got = slow.await();
        long kept = got.stream().filter(line::equals).count();
        assertThat(kept).isLessThanOrEqualTo(LogFollower.MAX_PENDING_CHARS / line.length());
        assertThat(got).anyMatch(l -> l.matches("\\[orrery\\] \\d+ lines left out here .*log.txt has every line"));
        assertThat(got).endsWith("last");
        assertThat(NodeLog.readLines(tmp.resolve("log.txt"), 0)).hasSize(printed + 2);
    }
}
