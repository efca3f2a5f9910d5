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
        return home().resolve(".kube").resolve("config");
    }

    static Path home() {
        return Path.of(System.getProperty("user.home"));
    }

    /** A kubeconfig path as the bar shows it: under {@code home} as {@code ~/…}, the way kubectl's users write it. */
    static String shown(Path file, Path home) {
        if (file == null) {
            return "";
        }
        Path abs = file.toAbsolutePath().normalize();
        Path h = home.toAbsolutePath().normalize();
        if (abs.startsWith(h) && !abs.equals(h)) {
            return "~" + java.io.File.separator + h.relativize(abs);
        }
        return file.toString();
    }

    /**
     * The path a user typed: {@code ~} and {@code ~/…} stand for {@code home}; blank is none.
     *
     * @throws java.nio.file.InvalidPathException when the text cannot be a path on this system
     */
    static Path typed(String text, Path home) {
        String t = text.trim();
        if (t.isEmpty()) {
            return null;
        }
        if (t.equals("~")) {
            return home;
        }
        if (t.startsWith("~/") || t.startsWith("~" + java.io.File.separator)) {
            return home.resolve(t.substring(2));
        }
        return Path.of(t);
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
