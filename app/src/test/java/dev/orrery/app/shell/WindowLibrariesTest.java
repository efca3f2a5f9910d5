package dev.orrery.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding GTK 3 where the dynamic loader would, on a fake library tree. */
class WindowLibrariesTest {
    @TempDir
    Path dir;

    @Test
    void aLibraryFileInASearchedFolderIsFound() throws Exception {
        Path lib = Files.createDirectories(dir.resolve("usr/lib/x86_64-linux-gnu"));
        Files.writeString(lib.resolve("libgtk-3.so.0.2406.32"), "elf");
        Files.createSymbolicLink(lib.resolve(WindowLibraries.GTK3), lib.resolve("libgtk-3.so.0.2406.32"));

        WindowLibraries libraries = new WindowLibraries(List.of(dir.resolve("lib"), lib), Optional.empty());

        assertThat(libraries.has(WindowLibraries.GTK3)).isTrue();
        assertThat(libraries.has("libgtk-x11-2.0.so.0")).isFalse();
    }

    @Test
    void emptyFoldersAndNoCacheMeanMissing() throws Exception {
        WindowLibraries libraries = new WindowLibraries(List.of(Files.createDirectories(dir.resolve("empty"))), Optional.empty());

        assertThat(libraries.has(WindowLibraries.GTK3)).isFalse();
    }

    @Test
    void anEntryOfTheLoaderCacheCountsOnlyWhenItsFileExists() throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("opt/gtk/lib"));
        Path cache = dir.resolve("ld.so.cache");
        Files.write(cache, fakeCache("libgtk-3.so.0", elsewhere.resolve(WindowLibraries.GTK3).toString()));
        WindowLibraries libraries = new WindowLibraries(List.of(), Optional.of(cache));

        assertThat(libraries.has(WindowLibraries.GTK3)).as("a stale cache entry").isFalse();

        Files.writeString(elsewhere.resolve(WindowLibraries.GTK3), "elf");
        assertThat(libraries.has(WindowLibraries.GTK3)).isTrue();
    }

    @Test
    void foldersOfLdSoConfAndItsIncludesAreSearched() throws Exception {
        Path conf = dir.resolve("ld.so.conf");
        Files.createDirectories(dir.resolve("ld.so.conf.d"));
        Files.writeString(conf, "# comment\ninclude ld.so.conf.d/*.conf\n/opt/one\n");
        Files.writeString(dir.resolve("ld.so.conf.d/x86_64.conf"), "# Multiarch\n/usr/local/lib/x86_64-linux-gnu\n");

        assertThat(WindowLibraries.configuredFolders(conf))
                .containsExactlyInAnyOrder(Path.of("/usr/local/lib/x86_64-linux-gnu"), Path.of("/opt/one"));
    }

    @Test
    void theSearchPathPropertyStandsForAMachineWithoutGtk() throws Exception {
        String before = System.getProperty(WindowLibraries.SEARCH_PATH_PROPERTY);
        System.setProperty(WindowLibraries.SEARCH_PATH_PROPERTY, Files.createDirectories(dir.resolve("none")).toString());
        try {
            assertThat(WindowLibraries.ofThisSystem().has(WindowLibraries.GTK3)).isFalse();
        } finally {
            if (before == null) {
                System.clearProperty(WindowLibraries.SEARCH_PATH_PROPERTY);
            } else {
                System.setProperty(WindowLibraries.SEARCH_PATH_PROPERTY, before);
            }
        }
    }

    @Test
    void javaFxsGtkFailureIsToldAsTheMissingPackage() {
        String told = WindowLibraries.explainStartupFailure(
                new RuntimeException("wrapped", new UnsupportedOperationException("Unable to load glass GTK library.")));

        assertThat(told).isEqualTo(WindowLibraries.GTK3_MISSING)
                .contains("needs GTK 3", "sudo apt-get install libgtk-3-0", "Fedora: gtk3");
    }

    @Test
    void otherStartupFailuresKeepTheToolkitsMessageInOneSentence() {
        assertThat(WindowLibraries.explainStartupFailure(new UnsupportedOperationException("Unable to open DISPLAY")))
                .isEqualTo("cannot open the designer: Unable to open DISPLAY. The headless commands still work: orrery --help");
    }

    /** A stand-in for ld.so.cache: a binary header, then NUL-terminated names and paths. */
    private static byte[] fakeCache(String name, String path) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("glibc-ld.so.cache1.1".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[] {3, 0, 0, 0, 17, 42, 0, 0, 9, 0});
        out.writeBytes((name + "\0" + path + "\0").getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }
}
