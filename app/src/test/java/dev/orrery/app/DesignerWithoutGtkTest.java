package dev.orrery.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.orrery.app.shell.WindowLibraries;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real entry point, in its own JVM, on what looks like a Linux desktop without GTK 3 (a display
 * is set, the library search finds nothing): the designer says which package is missing; the CLI works.
 */
class DesignerWithoutGtkTest {
    @TempDir
    Path noLibraries;

    @Test
    void theDesignerNamesTheMissingPackageAndExitsWithoutATrace() throws Exception {
        assumeTrue(System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).contains("linux"), "GTK is Linux's toolkit");
        Result result = orrery();

        assertThat(result.exitCode).isEqualTo(2);
        assertThat(result.stderr).contains("Orrery's window needs GTK 3, which is not installed")
                .contains("sudo apt-get install libgtk-3-0").contains("Fedora: gtk3")
                .doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("glass GTK library");
        assertThat(result.stdout).isEmpty();
    }

    @Test
    void theCommandLineWorksWithoutGtk() throws Exception {
        Path sample = Path.of("../assets/samples/local-ml.orrery.yaml").toAbsolutePath().normalize();

        assertThat(orrery("--version").exitCode).isZero();
        Result validate = orrery("validate", sample.toString());
        assertThat(validate.exitCode).as(validate.stderr).isZero();
        assertThat(validate.stdout + validate.stderr).doesNotContain("GTK");
    }

    private record Result(int exitCode, String stdout, String stderr) {
    }

    private Result orrery(String... args) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-D" + WindowLibraries.SEARCH_PATH_PROPERTY + "=" + Files.createDirectories(noLibraries.resolve("lib")),
                Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        // A display that is set (the check must come before JavaFX tries to open it).
        builder.environment().put("DISPLAY", ":99");
        Process process = builder.start();
        CompletableFuture<String> stdout = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
        CompletableFuture<String> stderr = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("orrery finished").isTrue();
        return new Result(process.exitValue(), stdout.join(), stderr.join());
    }

    private static String read(java.io.InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "<" + e + ">";
        }
    }
}
