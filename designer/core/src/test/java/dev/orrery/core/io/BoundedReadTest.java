package dev.orrery.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoundedReadTest {
    @TempDir
    Path dir;

    @Test
    void aFileWithinTheLimitIsReadWhole() throws IOException {
        Path f = Files.writeString(dir.resolve("p.yaml"), "kind: Workflow\nnäme: ü\n");
        assertThat(BoundedRead.utf8(f, 1024)).isEqualTo("kind: Workflow\nnäme: ü\n");
        assertThat(BoundedRead.bytes(f, f.toFile().length())).hasSize((int) f.toFile().length());
    }

    @Test
    void aRegularFileOverTheLimitIsRefusedBeforeReading() throws IOException {
        Path f = Files.write(dir.resolve("big.yaml"), new byte[2048]);
        assertThatThrownBy(() -> BoundedRead.bytes(f, 1024)).isInstanceOf(BoundedRead.TooLarge.class)
                .hasMessage(f + ": larger than 1024 bytes");
    }

    @Test
    void anEndlessDeviceIsCutAtTheLimitWhileReading() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "no /dev/zero here");
        assertThat(zero.toFile().length()).as("the size says nothing").isZero();
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThatThrownBy(
                () -> BoundedRead.bytes(zero, 4L * 1024 * 1024)).isInstanceOf(BoundedRead.TooLarge.class)
                .hasMessage("/dev/zero: larger than 4 MB"));
    }

    @Test
    void pipelineFilesReportsDevZeroAsTooLarge() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "no /dev/zero here");
        LoadResult r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> PipelineFiles.read(zero));
        assertThat(r.documents()).isEmpty();
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.isError()).isTrue();
            assertThat(d.message()).isEqualTo("the file is larger than 64 MB; Orrery reads pipeline files up to 64 MB");
        });
    }

    @Test
    void malformedUtf8IsAnError() throws IOException {
        Path f = Files.write(dir.resolve("latin1.yaml"), "name: caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> BoundedRead.utf8(f, 1024)).isInstanceOf(java.nio.charset.CharacterCodingException.class);
    }

}
