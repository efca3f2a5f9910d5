package dev.orrery.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.core.io.LoadResult;
import dev.orrery.core.io.PipelineFiles;
import dev.orrery.core.model.Graph;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Step;
import dev.orrery.core.model.Template;
import dev.orrery.core.refs.Renames;
import dev.orrery.core.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code orrery diff} over Argo's examples (read in place): each pipeline file against an edited copy
 * with one image changed, one step removed, one step renamed; the JSON output names that change, and
 * only it, and follows the documented schema.
 */
class DiffExamplesCliTest {
    private static final String NEW_IMAGE = "registry.example/edited:1.0";

    @TempDir
    Path dir;

    private final List<String> failures = new ArrayList<>();
    private int compared;

    @Test
    void eachExampleAgainstAnEditedCopy() throws IOException {
        for (Path file : SharedData.exampleFiles()) {
            LoadResult loaded = PipelineFiles.read(file);
            if (loaded.documents().size() != 1 || !loaded.others().isEmpty() || loaded.hasErrors()) {
                continue;
            }
            Pipeline p = loaded.documents().get(0).pipeline();
            String name = SharedData.examplesDir().relativize(file).toString();
            imageChanged(name, file, p);
            stepRemovedAndRenamed(name, file, p);
        }
        assertThat(compared).as("comparisons run").isGreaterThan(300);
        assertThat(failures).isEmpty();
    }

    private void imageChanged(String name, Path file, Pipeline p) throws IOException {
        Template container = null;
        for (Template t : p.templates) {
            if (t.container != null && t.container.image != null && isRun(p, t.name)) {
                container = t;
                break;
            }
        }
        if (container == null) {
            return;
        }
        String templateName = container.name;
        JsonNode changes = diff(name, file, edited(p, q -> q.template(templateName).orElseThrow().container.image = NEW_IMAGE));
        if (changes == null) {
            return;
        }
        if (changes.size() != 1 || !changes.get(0).get("path").asText().endsWith(".image")
                || !changes.get(0).get("after").asText().equals(NEW_IMAGE)
                || !List.of("step-changed", "template-changed").contains(changes.get(0).get("kind").asText())) {
            failures.add(name + " image of " + templateName + ": " + changes);
        }
    }

    private void stepRemovedAndRenamed(String name, Path file, Pipeline p) throws IOException {
        Template holder = p.entryTemplate().filter(t -> t.graph != null && !t.graph.steps.isEmpty())
                .or(() -> p.templates.stream().filter(t -> t.graph != null && !t.graph.steps.isEmpty()).findFirst())
                .orElse(null);
        if (holder == null) {
            return;
        }
        String graph = holder.name;
        String step = holder.graph.steps.get(holder.graph.steps.size() - 1).name;
        JsonNode removed = diff(name, file, edited(p, q -> graphOf(q, graph).steps.removeIf(s -> s.name.equals(step))));
        if (removed != null && !contains(removed, "step-removed", graph, step)) {
            failures.add(name + " removing " + step + ": " + removed);
        }
        String renamed = step + "-renamed";
        JsonNode changes = diff(name, file, edited(p, q -> Renames.step(q, graphOf(q, graph), step, renamed)));
        if (changes != null && (changes.size() != 1 || !contains(changes, "step-renamed", graph, renamed)
                || !changes.get(0).get("oldName").asText().equals(step))) {
            failures.add(name + " renaming " + step + ": " + changes);
        }
    }

    private static Graph graphOf(Pipeline p, String template) {
        return p.template(template).orElseThrow().graph;
    }

    private static boolean contains(JsonNode changes, String kind, String graph, String step) {
        for (JsonNode c : changes) {
            if (c.get("kind").asText().equals(kind) && c.path("graph").asText().equals(graph)
                    && c.path("name").asText().equals(step)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRun(Pipeline p, String template) {
        for (Template t : p.templates) {
            if (t.graph != null) {
                for (Step s : t.graph.steps) {
                    if (s.templateRef == null && template.equals(s.template)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static Pipeline edited(Pipeline p, Consumer<Pipeline> edit) {
        Pipeline copy = p.copy();
        edit.accept(copy);
        return copy;
    }

    /** Runs {@code orrery diff --format json ORIGINAL EDITED}; the changes of its one pipeline, or null after a failure. */
    private JsonNode diff(String name, Path original, Pipeline edited) throws IOException {
        Path copy = dir.resolve("edited.yaml");
        Files.writeString(copy, PipelineFiles.toArgoYaml(edited));
        var r = CliRunner.run("diff", "--format", "json", original.toString(), copy.toString());
        compared++;
        if (r.exitCode() != ExitCodes.PROBLEMS) {
            failures.add(name + ": exit " + r.exitCode() + " " + r.err() + r.out());
            return null;
        }
        List<String> problems = DiffSchema.problems(r.out());
        if (!problems.isEmpty()) {
            failures.add(name + ": output against the schema: " + problems);
            return null;
        }
        return DiffSchema.parse(r.out()).at("/pipelines/0/changes");
    }
}
