package dev.orrery.app.shell;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The user guide shipped inside the app (README.md and docs/*.md, copied in by the build), so Help ▸
 * Documentation works offline and matches the installed version. Reads files: call off the FX thread.
 */
final class DocsLibrary {
    /** Where the build puts the guide in the jar (see app/pom.xml). */
    static final String FOLDER = "/dev/orrery/app/docs/";

    /** One bundled page: its file name and a title for the list. */
    record Page(String file, String title) {
    }

    private DocsLibrary() {
    }

    /** The bundled pages, README first, then the rest by name; empty when the build bundled none. */
    static List<Page> pages() throws IOException {
        URL folder = DocsLibrary.class.getResource(FOLDER);
        if (folder == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        try {
            URI uri = folder.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException notOpen) {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                }
                names.addAll(list(fs.getPath(FOLDER)));
            } else {
                names.addAll(list(Path.of(uri)));
            }
        } catch (URISyntaxException e) {
            throw new IOException("cannot list the bundled documentation: " + e.getMessage(), e);
        }
        return names.stream().sorted(Comparator.comparing((String n) -> !n.equals("README.md")).thenComparing(n -> n))
                .map(n -> new Page(n, title(n))).toList();
    }

    static String read(Page page) throws IOException {
        try (InputStream in = DocsLibrary.class.getResourceAsStream(FOLDER + page.file())) {
            if (in == null) {
                throw new IOException(page.file() + " is not in this build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md")).toList();
        }
    }

    /** "local-runner.md" → "Local runner"; the README is the overview. */
    static String title(String file) {
        if (file.equals("README.md")) {
            return "Overview (README)";
        }
        String base = file.substring(0, file.length() - ".md".length()).replace('-', ' ').replace('_', ' ');
        return base.isEmpty() ? file : Character.toUpperCase(base.charAt(0)) + base.substring(1);
    }
}
