package dev.orrery.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The repository's shell scripts (benchmarks, screenshots) must run on a fresh machine: a Maven run
 * with {@code -o} fails there until the plugins it needs were downloaded once, so no script runs
 * Maven offline, and class paths are built in one place, scripts/classpath.sh.
 */
class ScriptsWorkOnAFreshMachineTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void noScriptRunsMavenOffline() throws IOException {
        List<Path> scripts = scripts();
        assertThat(scripts).isNotEmpty();
        for (Path script : scripts) {
            for (String line : Files.readAllLines(script)) {
                if (line.contains("mvnw") && !line.trim().startsWith("#")) {
                    assertThat(line).as(ROOT.relativize(script) + " runs Maven offline")
                            .doesNotContainPattern("\\s(-o|--offline)(\\s|$)");
                }
            }
        }
    }

    @Test
    void classPathsAreBuiltByTheSharedScript() throws IOException {
        for (Path script : scripts()) {
            if (!script.endsWith(Path.of("scripts", "classpath.sh"))) {
                assertThat(Files.readString(script)).as(ROOT.relativize(script).toString())
                        .doesNotContain("dependency:build-classpath");
            }
        }
        assertThat(Files.readString(ROOT.resolve("scripts/classpath.sh")))
                .contains("dependency:build-classpath").doesNotContainPattern("\\s-o\\s");
    }

    private static List<Path> scripts() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(p -> p.toString().endsWith(".sh"))
                    .filter(p -> !ROOT.relativize(p).toString().matches("(.*/)?(target|\\.git|\\.mvn|node_modules)/.*"))
                    .sorted().toList();
        }
    }
}
