package dev.orrery.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

class SharedDataTest {

    @Test
    void argoDirHoldsTheSchemaTheExamplesAndTheStatusSamples() {
        Path argo = SharedData.argoDir();

        assertThat(SharedData.schemaFile()).isRegularFile().isEqualTo(argo.resolve("schema.json"));
        assertThat(SharedData.examplesDir()).isDirectory().isEqualTo(argo.resolve("examples"));
        assertThat(SharedData.statusDir()).isDirectory().isEqualTo(argo.resolve("status"));
    }

    @Test
    void exampleFilesAreEveryYamlFileUnderExamplesRecursivelyInAStableOrder() throws IOException {
        Path examples = SharedData.examplesDir();
        List<Path> files = SharedData.exampleFiles();

        long yamlOnDisk;
        try (Stream<Path> walk = Files.walk(examples)) {
            yamlOnDisk = walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .count();
        }
        assertThat(files).hasSize((int) yamlOnDisk).isNotEmpty();
        assertThat(files).allSatisfy(f -> assertThat(f).startsWith(examples).isRegularFile());
        assertThat(files).as("includes files in sub-folders").anyMatch(f -> examples.relativize(f).getNameCount() > 1);
        assertThat(files).isEqualTo(SharedData.exampleFiles());
        List<String> relative = files.stream().map(f -> examples.relativize(f).toString().replace('\\', '/')).toList();
        assertThat(relative).isSorted();
    }

    @Test
    void yamlFilesUnderSortsByRelativePathAndIgnoresOtherFiles(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("sub/deeper"));
        for (String name : List.of("b.yaml", "a.yml", "sub/deeper/c.yaml", "sub/a.yaml", "notes.txt", "yaml")) {
            Files.writeString(dir.resolve(name), "{}");
        }

        List<String> found = SharedData.yamlFilesUnder(dir).stream()
                .map(p -> dir.relativize(p).toString().replace('\\', '/'))
                .toList();

        assertThat(found).containsExactly("a.yml", "b.yaml", "sub/a.yaml", "sub/deeper/c.yaml");
    }

    @Test
    void locatePrefersTheSystemProperty(@TempDir Path dir) throws IOException {
        Path argo = Files.createDirectories(dir.resolve("elsewhere/argo"));

        assertThat(SharedData.locate(dir.resolve("elsewhere").toString(), dir, new ArrayList<>()))
                .contains(argo.toAbsolutePath().normalize());
    }

    @Test
    void locateWalksUpToASiblingSharedFolderWhenThePropertyDoesNotPointToData(@TempDir Path dir)
            throws IOException {
        Path argo = Files.createDirectories(dir.resolve("shared/argo"));
        Path moduleDir = Files.createDirectories(dir.resolve("repo/designer/core"));

        assertThat(SharedData.locate(dir.resolve("no-such-folder").toString(), moduleDir, new ArrayList<>()))
                .contains(argo.toAbsolutePath().normalize());
        assertThat(SharedData.locate(null, moduleDir, new ArrayList<>()))
                .contains(argo.toAbsolutePath().normalize());
    }

    @Test
    void locateFindsNothingAndRecordsEveryPlaceItLooked(@TempDir Path dir) throws IOException {
        Path moduleDir = Files.createDirectories(dir.resolve("repo/designer/core"));
        List<String> tried = new ArrayList<>();

        assertThat(SharedData.locate(dir.resolve("missing").toString(), moduleDir, tried)).isEmpty();
        assertThat(tried).first().asString().contains("missing").contains(SharedData.PROPERTY);
        assertThat(tried).contains(dir.resolve("shared/argo").toAbsolutePath().normalize().toString());
    }

    @Test
    void missingDataAbortsTheTestSoItIsReportedAsSkippedWithTheLocations() {
        assertThatThrownBy(() -> {
            throw SharedData.abortMissing(List.of("/nowhere/shared/argo"));
        })
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("/nowhere/shared/argo")
                .hasMessageContaining("-D" + SharedData.PROPERTY);
    }
}
