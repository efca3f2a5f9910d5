package dev.orrery.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export -o} and {@code import -o}: write through links, keep modes, refuse devices, '-' is standard output. */
class OutputFileTest {
    @TempDir
    Path dir;
    private Path pipeline;

    @BeforeEach
    void write() throws Exception {
        pipeline = dir.resolve("p.orrery.yaml");
        Files.copy(Path.of("..", "assets", "samples", "local-ml.orrery.yaml"), pipeline);
    }

    @Test
    void aLinkIsWrittenThroughKeepingTheFilesMode() throws Exception {
        Path real = Files.writeString(dir.resolve("real.yaml"), "old");
        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path link = Files.createSymbolicLink(dir.resolve("link.yaml"), real.getFileName());
        CliRunner.Result r = CliRunner.run("export", pipeline.toString(), "--to", "argo", "-o", link.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.isSymbolicLink(link)).as("the link is not replaced").isTrue();
        assertThat(Files.readString(real)).contains("kind: Workflow");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(real))).isEqualTo("rwxr-xr-x");
    }

    @Test
    void aNewFileIsNotOwnerOnly() throws Exception {
        Path reference = Files.createFile(dir.resolve("reference"));
        Path out = dir.resolve("out.yaml");
        CliRunner.Result r = CliRunner.run("export", pipeline.toString(), "--to", "argo", "-o", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.getPosixFilePermissions(out)).isEqualTo(Files.getPosixFilePermissions(reference));
    }

    @Test
    void aDeviceIsRefusedWithAClearMessage() {
        assumeTrue(Files.exists(Path.of("/dev/null")), "no /dev/null here");
        CliRunner.Result r = CliRunner.run("export", pipeline.toString(), "--to", "argo", "-o", "/dev/null");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("/dev/null: is a device, pipe or socket, not a regular file")
                .doesNotContain("\tat ");
        assertThat(Files.isRegularFile(Path.of("/dev/null"), LinkOption.NOFOLLOW_LINKS)).isFalse();
    }

    @Test
    void aDashIsStandardOutput() {
        CliRunner.Result r = CliRunner.run("export", pipeline.toString(), "--to", "argo", "-o", "-");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("kind: Workflow");
        assertThat(dir.resolve("-")).doesNotExist();
        assertThat(Path.of("-")).doesNotExist();

        CliRunner.Result imported = CliRunner.run("import", pipeline.toString(), "-o", "-");
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("kind: Pipeline");
    }
}
