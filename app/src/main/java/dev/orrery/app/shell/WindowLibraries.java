package dev.orrery.app.shell;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Checks, before JavaFX starts, that the system libraries the window needs are installed. On Linux
 * JavaFX's glass toolkit loads GTK 3 ({@value #GTK3}) and, without it, fails with "Unable to load
 * glass GTK library", which names no package. This class looks for the library where the dynamic
 * loader would (LD_LIBRARY_PATH, the ld.so cache and configuration, the standard folders) without
 * loading it, so that the user is told which package to install. No JavaFX class is touched here.
 *
 * <p>The system property {@value #SEARCH_PATH_PROPERTY} (folders separated by {@code :}) replaces
 * the whole search, so that tests can stand for a machine without GTK.
 */
public final class WindowLibraries {
    /** The GTK 3 library JavaFX's glass loads on Linux. */
    public static final String GTK3 = "libgtk-3.so.0";
    /** Replaces the library search (folders separated by {@code :}); for tests. */
    public static final String SEARCH_PATH_PROPERTY = "orrery.librarySearchPath";
    /** What the user reads when GTK 3 is missing: the package to install, in plain words. */
    public static final String GTK3_MISSING = "Orrery's window needs GTK 3, which is not installed."
            + " On Debian/Ubuntu: sudo apt-get install libgtk-3-0 (Fedora: gtk3)."
            + " The headless commands work without it: orrery --help";

    private static final List<String> STANDARD_FOLDERS = List.of(
            "/lib", "/usr/lib", "/lib64", "/usr/lib64", "/usr/local/lib",
            "/lib/x86_64-linux-gnu", "/usr/lib/x86_64-linux-gnu",
            "/lib/aarch64-linux-gnu", "/usr/lib/aarch64-linux-gnu");
    /** The ld.so cache is a few hundred kB; more means it is not one. */
    private static final long MAX_CACHE_BYTES = 16L << 20;

    private final List<Path> folders;
    private final Optional<Path> loaderCache;

    /**
     * @param folders     folders in which a library file counts as installed
     * @param loaderCache an ld.so cache whose entries for the library count when the file they name exists
     */
    public WindowLibraries(List<Path> folders, Optional<Path> loaderCache) {
        this.folders = List.copyOf(folders);
        this.loaderCache = loaderCache;
    }

    /** Where this system's dynamic loader looks, or only the folders of {@value #SEARCH_PATH_PROPERTY} when set. */
    public static WindowLibraries ofThisSystem() {
        String override = System.getProperty(SEARCH_PATH_PROPERTY);
        if (override != null) {
            return new WindowLibraries(splitPath(override), Optional.empty());
        }
        Set<Path> folders = new LinkedHashSet<>(splitPath(System.getenv().getOrDefault("LD_LIBRARY_PATH", "")));
        folders.addAll(configuredFolders(Path.of("/etc/ld.so.conf")));
        STANDARD_FOLDERS.forEach(f -> folders.add(Path.of(f)));
        return new WindowLibraries(new ArrayList<>(folders), Optional.of(Path.of("/etc/ld.so.cache")));
    }

    /**
     * The message to print instead of starting JavaFX, when this is Linux with the GTK glass
     * (not a headless platform such as Monocle) and GTK 3 cannot be found; empty otherwise.
     */
    public Optional<String> missingForWindow() {
        boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
        boolean gtkGlass = System.getProperty("glass.platform", "gtk").equalsIgnoreCase("gtk");
        return linux && gtkGlass && !has(GTK3) ? Optional.of(GTK3_MISSING) : Optional.empty();
    }

    /** Whether {@code library} (a file name such as {@value #GTK3}) is in one of the folders or the cache. */
    public boolean has(String library) {
        for (Path folder : folders) {
            if (Files.exists(folder.resolve(library))) {
                return true;
            }
        }
        return loaderCache.map(cache -> cacheNamesExisting(cache, library)).orElse(false);
    }

    /**
     * The plain words for JavaFX's refusal to start: its GTK failure becomes {@link #GTK3_MISSING}
     * (the check above can miss a broken install); anything else keeps the toolkit's own message.
     */
    public static String explainStartupFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("glass GTK library") || t instanceof UnsatisfiedLinkError && message.contains("gtk")) {
                return GTK3_MISSING;
            }
        }
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return "cannot open the designer: " + message.replaceAll("\\.+$", "")
                + ". The headless commands still work: orrery --help";
    }

    private static List<Path> splitPath(String value) {
        List<Path> paths = new ArrayList<>();
        for (String part : value.split(":")) {
            if (!part.isBlank()) {
                paths.add(Path.of(part));
            }
        }
        return paths;
    }

    /** Folders named in ld.so.conf and the files it includes (one level of {@code include} globs, as Debian and Fedora use). */
    static List<Path> configuredFolders(Path conf) {
        List<Path> folders = new ArrayList<>();
        for (String line : readLines(conf)) {
            String entry = line.replaceAll("#.*", "").trim();
            if (entry.startsWith("include ")) {
                Path pattern = conf.resolveSibling(entry.substring("include ".length()).trim());
                Path dir = pattern.getParent();
                if (dir == null || !Files.isDirectory(dir)) {
                    continue;
                }
                try (DirectoryStream<Path> included = Files.newDirectoryStream(dir, pattern.getFileName().toString())) {
                    for (Path file : included) {
                        readLines(file).stream().map(l -> l.replaceAll("#.*", "").trim())
                                .filter(l -> l.startsWith("/")).forEach(l -> folders.add(Path.of(l)));
                    }
                } catch (IOException | RuntimeException e) {
                    // An unreadable include only narrows the search; the standard folders remain.
                }
            } else if (entry.startsWith("/")) {
                folders.add(Path.of(entry));
            }
        }
        return folders;
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** The cache is binary; its string table holds each library's full path, NUL-terminated. */
    private static boolean cacheNamesExisting(Path cache, String library) {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(cache)) {
            bytes = in.readNBytes((int) MAX_CACHE_BYTES);
        } catch (IOException | RuntimeException e) {
            return false;
        }
        String suffix = "/" + library;
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == 0) {
                if (i - start > suffix.length()) {
                    String entry = new String(bytes, start, i - start, StandardCharsets.ISO_8859_1);
                    if (entry.endsWith(suffix) && namesExistingFile(entry)) {
                        return true;
                    }
                }
                start = i + 1;
            }
        }
        return false;
    }

    /** The first string of the table may follow binary bytes with no NUL between: try each {@code /} as its start. */
    private static boolean namesExistingFile(String entry) {
        for (int slash = entry.indexOf('/'); slash >= 0; slash = entry.indexOf('/', slash + 1)) {
            try {
                if (Files.isRegularFile(Path.of(entry.substring(slash)))) {
                    return true;
                }
            } catch (RuntimeException e) {
                // Not a path: binary bytes before the string.
            }
        }
        return false;
    }
}
