package dev.orrery.core.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static dev.orrery.core.yaml.TreeAssert.assertSameTree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Every Argo example (../shared/argo/examples) must survive read → write → read unchanged. */
class ArgoExamplesRoundTripTest {

    @Test
    void argoExamplesRoundTrip() throws IOException, YamlSyntaxException {
        Path examples = Path.of(System.getProperty("orrery.shared.dir", "../../../shared"), "argo", "examples");
        assumeTrue(Files.isDirectory(examples), "Argo examples not found at " + examples.toAbsolutePath()
                + "; skipping (set -Dorrery.shared.dir)");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(examples)) {
            files = walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(100);
        List<String> refused = new ArrayList<>();
        int documents = 0;
        for (Path file : files) {
            List<SourceDocument> read;
            try {
                read = YamlReader.defaults().read(Files.readString(file));
            } catch (YamlSyntaxException e) {
                refused.add(examples.relativize(file) + ": " + e.getMessage());
                continue;
            }
            List<JsonNode> roots = read.stream().map(SourceDocument::root).toList();
            String yaml = YamlWriter.defaults().writeAll(roots);
            List<SourceDocument> back = YamlReader.defaults().read(yaml);
            assertThat(back).as(file.toString()).hasSize(roots.size());
            for (int i = 0; i < roots.size(); i++) {
                assertSameTree(roots.get(i), back.get(i).root(), file + " document " + i);
            }
            documents += roots.size();
        }
        assertThat(documents).isGreaterThan(100);
        // Upstream ships one example with a repeated "annotations" key: read with a warning, last one wins.
        assertThat(refused).isEmpty();
    }
}
