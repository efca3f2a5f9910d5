package dev.orrery.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void aNewFileGetsTheUsualModeNotOnlyTheOwners() throws IOException {
        Path reference = Files.createFile(dir.resolve("reference.txt"));
        Path out = dir.resolve("sub/out.yaml");
        AtomicFiles.writeString(out, "kind: Workflow\n");
        assertThat(Files.readString(out)).isEqualTo("kind: Workflow\n");
        assertThat(Files.getPosixFilePermissions(out)).as("0666 less the umask, like any new file")
                .isEqualTo(Files.getPosixFilePermissions(reference));
    }

    @Test
    void anExistingFileKeepsItsMode() throws IOException {
        Path script = dir.resolve("run.sh");
        Files.writeString(script, "old");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        AtomicFiles.writeString(script, "new");
        assertThat(Files.readString(script)).isEqualTo("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(script))).isEqualTo("rwxr-xr-x");
    }

    @Test
    void aLinkIsWrittenThroughAndStaysALink() throws IOException {
        Path real = Files.writeString(Files.createDirectories(dir.resolve("real")).resolve("p.yaml"), "old");
        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-r--r--"));
        Path link = Files.createSymbolicLink(dir.resolve("link.yaml"), Path.of("real/p.yaml"));
        AtomicFiles.writeString(link, "new");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(real))).isEqualTo("rw-r--r--");
        try (var files = Files.list(dir.resolve("real"))) {
            assertThat(files).as("the temporary file was next to the real file and is gone").containsExactly(real);
        }
    }

    @Test
    void aLinkToAFileNotThereYetCreatesThatFile() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link.yaml"), Path.of("later.yaml"));
        AtomicFiles.writeString(link, "x");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(dir.resolve("later.yaml"))).isEqualTo("x");
    }

    @Test
    void aDeviceIsRefusedAndLeftAlone() {
        Path devNull = Path.of("/dev/null");
        assumeTrue(Files.exists(devNull), "no /dev/null here");
        assertThatThrownBy(() -> AtomicFiles.writeString(devNull, "x")).isInstanceOf(AtomicFiles.NotARegularFile.class)
                .hasMessage("/dev/null: is a device, pipe or socket, not a regular file; Orrery writes only regular"
                        + " files (use '-' for standard output)");
        assertThat(Files.isRegularFile(devNull, LinkOption.NOFOLLOW_LINKS)).isFalse();
    }

    @Test
    void aDirectoryAndAPipeAreRefused() throws Exception {
        assertThatThrownBy(() -> AtomicFiles.writeString(dir, "x")).isInstanceOf(AtomicFiles.NotARegularFile.class)
                .hasMessageContaining("is a directory");
        Path fifo = dir.resolve("fifo");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "no mkfifo here");
            return;
        }
        assumeTrue(mkfifo.waitFor(30, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo failed");
        assertThatThrownBy(() -> AtomicFiles.writeString(fifo, "x")).isInstanceOf(AtomicFiles.NotARegularFile.class);
        assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).isFalse();
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path file = Files.writeString(dir.resolve("p.yaml"), "old");
        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            out.write("half".getBytes());
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(Files.readString(file)).isEqualTo("old");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }
}
