package dev.orrery.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/**
 * Finds Argo's reference data (schema, examples, status samples) that lives outside the repository
 * in {@code <root>/../shared/argo}. A test that needs the data and cannot find it is aborted
 * (reported as skipped, with the places looked at) rather than passing on nothing.
 */
public final class SharedData {

    /** Set by surefire (see the parent pom) to {@code <root>/../shared}. */
    public static final String PROPERTY = "orrery.shared.dir";

    private SharedData() {
    }

    /** The {@code argo} folder; aborts the calling test when it cannot be found. */
    public static Path argoDir() {
        return Location.ARGO_DIR.orElseThrow(() -> abortMissing(Location.TRIED));
    }

    public static Path schemaFile() {
        return requireExisting(argoDir().resolve("schema.json"));
    }

    public static Path examplesDir() {
        return requireExisting(argoDir().resolve("examples"));
    }

    public static Path statusDir() {
        return requireExisting(argoDir().resolve("status"));
    }

    /** Every {@code *.yaml}/{@code *.yml} under {@code examples/}, recursively, in a stable order. */
    public static List<Path> exampleFiles() {
        return yamlFilesUnder(examplesDir());
    }

    /** Every {@code *.yaml}/{@code *.yml} under {@code status/}, recursively, in a stable order. */
    public static List<Path> statusFiles() {
        return yamlFilesUnder(statusDir());
    }

    /**
     * YAML files under {@code dir}, sorted by their path relative to {@code dir} with '/' separators,
     * so the order (and thus test output) is the same on every file system and OS.
     */
    static List<Path> yamlFilesUnder(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(SharedData::isYaml)
                    .sorted(Comparator.comparing((Path p) -> slashed(dir.relativize(p))))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static boolean isYaml(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    private static String slashed(Path relative) {
        return relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
    }

    private static Path requireExisting(Path path) {
        Assumptions.assumeTrue(Files.exists(path),
                () -> "Argo reference data incomplete: " + path + " is missing; tests that need it are skipped");
        return path;
    }

    /**
     * Looks for the {@code argo} folder: first in the folder named by the system property, then,
     * walking up from {@code workingDir}, in each ancestor's sibling {@code shared/argo}.
     * Every place looked at is appended to {@code tried}, for the skip message.
     */
    static Optional<Path> locate(String property, Path workingDir, List<String> tried) {
        if (property != null && !property.isBlank()) {
            Path candidate = Path.of(property).resolve("argo").toAbsolutePath().normalize();
            tried.add(candidate + " (from -D" + PROPERTY + ")");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        for (Path dir = workingDir.toAbsolutePath().normalize(); dir != null && dir.getParent() != null;
                dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared").resolve("argo");
            tried.add(candidate.toString());
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Aborts (skips) the calling test; thrown as the JUnit abort exception, never returns. */
    static RuntimeException abortMissing(List<String> tried) {
        return Assumptions.abort("Argo reference data (schema.json, examples/, status/) not found, so this test is "
                + "skipped. Set -D" + PROPERTY + "=<folder containing argo/>. Looked in: " + String.join(", ", tried));
    }

    /** Resolved once per JVM: the location cannot change during a test run. */
    private static final class Location {
        static final List<String> TRIED;
        static final Optional<Path> ARGO_DIR;

        static {
            List<String> tried = new ArrayList<>();
            ARGO_DIR = locate(System.getProperty(PROPERTY), Path.of(""), tried);
            TRIED = List.copyOf(tried);
        }
    }
}
