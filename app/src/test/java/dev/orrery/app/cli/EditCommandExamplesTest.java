package dev.orrery.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.app.LineDiff;
import dev.orrery.core.io.LoadedDocument;
import dev.orrery.core.io.PipelineFiles;
import dev.orrery.core.model.Graph;
import dev.orrery.core.model.GraphStyle;
import dev.orrery.core.model.Template;
import dev.orrery.core.testing.SemanticJson;
import dev.orrery.core.testing.SharedData;
import dev.orrery.core.yaml.SourceDocument;
import dev.orrery.core.yaml.YamlReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code orrery edit} over every Argo pipeline document of ../shared/argo/examples (read where it is,
 * edited in a copy): an image bump changes exactly the line holding the image and nothing else of
 * the document's meaning; a DAG task rename changes only lines holding the old name; comment lines
 * stay. Skipped, saying so, when the examples are missing.
 */
class EditCommandExamplesTest {
    private static final String NEW_IMAGE = "registry.example/new:1";

    @TempDir
    Path temp;

    @Test
    void everyExampleIsEditedLineByLine() throws Exception {
        Path dir = SharedData.examplesDir();
        int documents = 0;
        int images = 0;
        int renames = 0;
        List<String> failures = new ArrayList<>();
        for (Path file : SharedData.exampleFiles()) {
            String text = Files.readString(file);
            for (LoadedDocument d : PipelineFiles.read(file).documents()) {
                documents++;
                String where = dir.relativize(file) + " document " + (d.index() + 1);
                Optional<Template> image = d.pipeline().templates.stream().filter(t -> t.container != null).findFirst();
                if (image.isPresent()) {
                    images++;
                    checkImage(failures, where, file, text, d.index(), image.get().name);
                }
                Graph g = d.pipeline().mainGraph().orElse(null);
                if (g != null && g.style == GraphStyle.DAG && !g.steps.isEmpty()) {
                    renames++;
                    checkRename(failures, where, file, text, d.index(), g.steps.get(0).name);
                }
            }
        }
        System.out.printf("orrery edit over Argo examples: %d pipeline documents, %d image edits, %d DAG renames%n",
                documents, images, renames);
        assertThat(failures).isEmpty();
        assertThat(images).isGreaterThan(100);
        assertThat(renames).isGreaterThan(10);
    }

    private void checkImage(List<String> failures, String where, Path file, String text, int index, String template)
            throws Exception {
        Path copy = copyOf(file);
        var r = CliRunner.run("edit", copy.toString(), "--document", String.valueOf(index + 1), "--set-image",
                template + "=" + NEW_IMAGE);
        if (r.exitCode() != 0) {
            failures.add(where + " (image): exit " + r.exitCode() + ": " + r.err());
            return;
        }
        String after = Files.readString(copy);
        List<String> diff = LineDiff.of(text, after);
        List<String> removed = diff.stream().filter(l -> l.startsWith("-")).toList();
        List<String> added = diff.stream().filter(l -> l.startsWith("+")).toList();
        boolean oneLine = removed.size() <= 1 && added.size() == 1 && added.get(0).contains(NEW_IMAGE);
        if (!oneLine) {
            failures.add(where + " (image " + template + "): diff " + diff);
        }
        if (LineDiff.commentLines(text) != LineDiff.commentLines(after)) {
            failures.add(where + " (image): comment lines changed");
        }
        // semantically: the original with that one image changed, every other document as it was
        List<SourceDocument> before = YamlReader.defaults().read(text);
        List<SourceDocument> now = YamlReader.defaults().read(after);
        for (int i = 0; i < before.size(); i++) {
            JsonNode expected = before.get(i).root().deepCopy();
            if (before.get(i).index() == index) {
                setImage(expected, template);
            }
            Optional<String> difference = SemanticJson.firstDifference(expected, now.get(i).root());
            if (difference.isPresent()) {
                failures.add(where + " (image): document " + (i + 1) + " differs: " + difference.get());
            }
        }
    }

    private void checkRename(List<String> failures, String where, Path file, String text, int index, String step)
            throws Exception {
        Path copy = copyOf(file);
        var r = CliRunner.run("edit", copy.toString(), "--document", String.valueOf(index + 1), "--rename-step",
                step + "=" + step + "-renamed");
        if (r.exitCode() != 0) {
            failures.add(where + " (rename): exit " + r.exitCode() + ": " + r.err());
            return;
        }
        String after = Files.readString(copy);
        List<String> diff = LineDiff.of(text, after);
        if (diff.isEmpty() || !diff.stream().filter(l -> l.startsWith("-")).allMatch(l -> l.contains(step))) {
            failures.add(where + " (rename " + step + "): diff " + diff);
        }
        if (LineDiff.commentLines(text) != LineDiff.commentLines(after)) {
            failures.add(where + " (rename): comment lines changed");
        }
    }

    private Path copyOf(Path file) throws Exception {
        Path copy = temp.resolve(file.getFileName());
        Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
        return copy;
    }

    private static void setImage(JsonNode root, String template) {
        JsonNode templates = root.path("spec").has("workflowSpec") ? root.path("spec").path("workflowSpec")
                .path("templates") : root.path("spec").path("templates");
        for (JsonNode t : templates) {
            if (template.equals(t.path("name").asText())) {
                for (String kind : new String[] {"container", "script"}) {
                    if (t.get(kind) instanceof ObjectNode c) {
                        c.put("image", NEW_IMAGE);
                    }
                }
            }
        }
    }
}
