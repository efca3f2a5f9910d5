package dev.orrery.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.core.io.AtomicFiles;
import dev.orrery.core.yaml.YamlWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code export -o DIR/}: one file per document, named {@code <kind>-<name>.yaml}
 * ({@code workflowtemplate-retrain.yaml}, {@code eventsource-retrain.yaml}, {@code sensor-retrain.yaml}),
 * the layout Argo CD and kustomize read from a folder.
 */
final class FolderOutput {
    private FolderOutput() {
    }

    /**
     * Whether OUT names a folder: as typed it ends with a separator (a Path drops it, so the typed text is
     * read back from the parse result), or it is an existing directory.
     */
    static boolean isFolder(CommandSpec spec, Path output) {
        var option = spec.commandLine().getParseResult().matchedOption("-o");
        String typed = option == null || option.originalStringValues().isEmpty() ? output.toString()
                : option.originalStringValues().get(option.originalStringValues().size() - 1);
        return typed.endsWith("/") || typed.endsWith(java.io.File.separator) || Files.isDirectory(output);
    }

    /** Writes each document to its own file; returns the paths written, in document order. */
    static List<Path> write(Path folder, List<JsonNode> documents) throws IOException {
        Files.createDirectories(folder);
        Set<String> used = new HashSet<>();
        List<Path> written = new java.util.ArrayList<>();
        for (JsonNode doc : documents) {
            String base = slug(doc.path("kind").asText("document")) + "-" + slug(name(doc));
            String fileName = base + ".yaml";
            for (int n = 2; !used.add(fileName); n++) {
                fileName = base + "-" + n + ".yaml";
            }
            Path file = folder.resolve(fileName);
            AtomicFiles.writeString(file, YamlWriter.defaults().write(doc));
            written.add(file);
        }
        return written;
    }

    private static String name(JsonNode doc) {
        JsonNode m = doc.path("metadata");
        String name = m.path("name").asText(m.path("generateName").asText(""));
        return name.isEmpty() ? "unnamed" : name;
    }

    private static String slug(String s) {
        String slug = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "unnamed" : slug;
    }
}
