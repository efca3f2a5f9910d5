package dev.orrery.runtime.argo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Argo's own Workflow status samples ({@code shared/argo/status/}, from argo-workflows v4.1.2). A
 * test that needs them and cannot find them is aborted (reported as skipped), never passed.
 */
final class StatusSamples {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private StatusSamples() {
    }

    static Path dir() {
        String shared = System.getProperty("orrery.shared.dir");
        Path dir = shared == null ? null : Path.of(shared, "argo", "status");
        Assumptions.assumeTrue(dir != null && Files.isDirectory(dir),
                "Argo status samples not found (looked in " + dir + "; set -Dorrery.shared.dir)");
        return dir;
    }

    static List<Path> files() {
        try (Stream<Path> s = Files.list(dir())) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static GenericKubernetesResource read(Path file) {
        try {
            return ArgoResources.JSON.convertValue(YAML.readTree(file.toFile()), GenericKubernetesResource.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static GenericKubernetesResource read(String name) {
        return read(dir().resolve(name));
    }
}
