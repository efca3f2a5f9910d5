package dev.orrery.app.monitor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The contexts of a kubeconfig file, for the chooser (read off the FX thread). */
record KubeContexts(Path file, List<String> names, String current) {
    static final KubeContexts NONE = new KubeContexts(null, List.of(), null);

    /** {@code KUBECONFIG}'s first file, else {@code ~/.kube/config}. */
    static Path defaultFile() {
        String env = System.getenv("KUBECONFIG");
        if (env != null && !env.isBlank()) {
            return Path.of(env.split(java.io.File.pathSeparator)[0]);
        }
        return Path.of(System.getProperty("user.home"), ".kube", "config");
    }

    static KubeContexts read(Path file) throws IOException {
        if (file == null || !Files.isRegularFile(file)) {
            return new KubeContexts(file, List.of(), null);
        }
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        List<String> names = new ArrayList<>();
        if (root != null) {
            for (JsonNode c : root.path("contexts")) {
                String n = c.path("name").asText("");
                if (!n.isEmpty()) {
                    names.add(n);
                }
            }
        }
        String current = root == null ? null : root.path("current-context").asText(null);
        return new KubeContexts(file, List.copyOf(names), current);
    }
}
