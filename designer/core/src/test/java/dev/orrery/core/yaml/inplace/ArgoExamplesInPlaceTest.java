package dev.orrery.core.yaml.inplace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.orrery.core.testing.SharedData;
import dev.orrery.core.yaml.SourceDocument;
import dev.orrery.core.yaml.YamlReader;
import dev.orrery.core.yaml.YamlSyntaxException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.orrery.core.yaml.inplace.InPlaceTesting.lineDiff;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over every Argo document in ../shared/argo/examples (read in place): an image change is one line,
 * a DAG task rename touches only lines holding the old name, comments stay, and no edit gives back
 * the identical text.
 */
class ArgoExamplesInPlaceTest {
    private static final String NEW_IMAGE = "registry.example/new:1";

    @Test
    void everyExampleIsEditedInPlace() throws IOException, YamlSyntaxException {
        List<Path> files = SharedData.exampleFiles();
        Path dir = SharedData.examplesDir();
        int documents = 0;
        int images = 0;
        int renames = 0;
        List<String> failures = new ArrayList<>();
        for (Path file : files) {
            String text = Files.readString(file);
            List<SourceDocument> read = YamlReader.defaults().read(text);
            for (SourceDocument d : read) {
                documents++;
                String where = dir.relativize(file) + " document " + d.index();
                JsonNode base = d.root();
                assertThat(InPlaceYaml.rewrite(text, d.index(), base, base.deepCopy())).as(where).isSameAs(text);

                JsonNode imageTarget = base.deepCopy();
                if (setFirstImage(imageTarget)) {
                    images++;
                    check(failures, where + " (image)", text, d.index(), base, imageTarget, diff -> diff.size() == 2
                            ? diff.get(0).startsWith("-") && diff.get(1).startsWith("+") && diff.get(1).contains(NEW_IMAGE)
                            : diff.size() == 1 && diff.get(0).startsWith("+") && diff.get(0).contains(NEW_IMAGE), null);
                }
                JsonNode renameTarget = base.deepCopy();
                String renamed = renameFirstDagTask(renameTarget);
                if (renamed != null) {
                    renames++;
                    check(failures, where + " (rename " + renamed + ")", text, d.index(), base, renameTarget,
                            diff -> diff.stream().filter(l -> l.startsWith("-")).allMatch(l -> l.contains(renamed)), renamed);
                }
            }
        }
        System.out.printf("in-place over Argo examples: %d files, %d documents, %d image edits, %d DAG renames%n",
                files.size(), documents, images, renames);
        assertThat(failures).isEmpty();
        assertThat(images).isGreaterThan(100);
        assertThat(renames).isGreaterThan(10);
    }

    /** Structural edits (new key, removed key, new list item, removed list item, script) never fall back. */
    @Test
    void structuralEditsOfEveryExampleStayInPlace() throws IOException, YamlSyntaxException {
        Map<String, java.util.function.Consumer<JsonNode>> edits = new java.util.LinkedHashMap<>();
        edits.put("add spec key", t -> ((ObjectNode) t.get("spec")).put("activeDeadlineSeconds", 300));
        edits.put("remove last key of first template", t -> {
            if (t.path("spec").path("templates").path(0) instanceof ObjectNode o && o.size() > 1) {
                List<String> keys = new ArrayList<>();
                o.fieldNames().forEachRemaining(keys::add);
                o.remove(keys.get(keys.size() - 1));
            }
        });
        edits.put("append an argument", t -> {
            for (JsonNode template : t.path("spec").path("templates")) {
                if ((template.has("container") ? template.get("container") : template.get("script")) instanceof ObjectNode c) {
                    (c.get("args") instanceof ArrayNode args ? args : c.putArray("args")).add("--extra");
                    return;
                }
            }
        });
        edits.put("remove last template", t -> {
            if (t.path("spec").path("templates") instanceof ArrayNode a && a.size() > 1) {
                a.remove(a.size() - 1);
            }
        });
        edits.put("multi-line script", t -> {
            for (JsonNode template : t.path("spec").path("templates")) {
                if (template.get("script") instanceof ObjectNode script) {
                    script.put("source", "echo one\necho two\n");
                    return;
                }
            }
        });
        List<String> failures = new ArrayList<>();
        int count = 0;
        for (Path file : SharedData.exampleFiles()) {
            String text = Files.readString(file);
            for (SourceDocument d : YamlReader.defaults().read(text)) {
                if (!d.root().has("spec")) {
                    continue;
                }
                for (Map.Entry<String, java.util.function.Consumer<JsonNode>> edit : edits.entrySet()) {
                    JsonNode target = d.root().deepCopy();
                    edit.getValue().accept(target);
                    count++;
                    InPlaceYaml.Result result = InPlaceYaml.rewriteWithReport(text, d.index(), d.root(), target);
                    if (!result.inPlace()) {
                        failures.add(file.getFileName() + " " + edit.getKey() + ": fell back: " + result.reason());
                    } else if (!Semantic.equal(InPlaceTesting.document(result.text(), d.index()), target)) {
                        failures.add(file.getFileName() + " " + edit.getKey() + ": does not read back as the target");
                    }
                }
            }
        }
        System.out.printf("structural in-place edits over Argo examples: %d%n", count);
        assertThat(failures).isEmpty();
        assertThat(count).isGreaterThan(500);
    }

    private interface DiffCheck {
        boolean ok(List<String> diff);
    }

    private static void check(List<String> failures, String where, String text, int index, JsonNode base,
                              JsonNode target, DiffCheck expectation, String oldName) {
        InPlaceYaml.Result result = InPlaceYaml.rewriteWithReport(text, index, base, target);
        if (!result.inPlace()) {
            failures.add(where + ": fell back: " + result.reason());
            return;
        }
        List<String> diff = lineDiff(text, result.text());
        if (!expectation.ok(diff)) {
            failures.add(where + ": unexpected diff " + diff);
        }
        if (commentLines(text) != commentLines(result.text())) {
            failures.add(where + ": comment lines " + commentLines(text) + " -> " + commentLines(result.text()));
        }
        if (oldName != null && diff.stream().filter(l -> l.startsWith("-")).count()
                != diff.stream().filter(l -> l.startsWith("+")).count()) {
            failures.add(where + ": a rename changed the number of lines " + diff);
        }
    }

    private static long commentLines(String text) {
        return text.lines().filter(l -> l.stripLeading().startsWith("#")).count();
    }

    /** Sets the image of the first template with a container or script. */
    static boolean setFirstImage(JsonNode root) {
        JsonNode templates = root.path("spec").path("templates");
        if (!templates.isArray()) {
            templates = root.path("spec").path("workflowSpec").path("templates");
        }
        for (JsonNode t : templates) {
            for (String kind : new String[] {"container", "script"}) {
                if (t.get(kind) instanceof ObjectNode c) {
                    c.put("image", NEW_IMAGE);
                    return true;
                }
            }
        }
        return false;
    }

    /** Renames the first task of the first DAG template and every reference to it; the old name, or null. */
    static String renameFirstDagTask(JsonNode root) {
        JsonNode templates = root.path("spec").path("templates");
        if (!templates.isArray()) {
            templates = root.path("spec").path("workflowSpec").path("templates");
        }
        for (JsonNode t : templates) {
            JsonNode tasks = t.path("dag").path("tasks");
            if (tasks.isArray() && !tasks.isEmpty() && tasks.get(0).path("name").isTextual()) {
                String old = tasks.get(0).get("name").textValue();
                String renamed = old + "-renamed";
                ((ObjectNode) tasks.get(0)).put("name", renamed);
                for (JsonNode task : tasks) {
                    renameReferences(task, old, renamed);
                }
                return old;
            }
        }
        return null;
    }

    private static void renameReferences(JsonNode node, String old, String renamed) {
        Pattern word = Pattern.compile("(?<![\\w.-])" + Pattern.quote(old) + "(?![\\w-])");
        Pattern ref = Pattern.compile("tasks\\." + Pattern.quote(old) + "\\.");
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> e : object.properties()) {
                JsonNode v = e.getValue();
                if (e.getKey().equals("depends") && v.isTextual()) {
                    e.setValue(TextNode.valueOf(word.matcher(v.textValue()).replaceAll(Matcher.quoteReplacement(renamed))));
                } else if (e.getKey().equals("dependencies") && v instanceof ArrayNode deps) {
                    for (int i = 0; i < deps.size(); i++) {
                        if (deps.get(i).isTextual() && deps.get(i).textValue().equals(old)) {
                            deps.set(i, renamed);
                        }
                    }
                } else if (v.isTextual()) {
                    e.setValue(TextNode.valueOf(ref.matcher(v.textValue())
                            .replaceAll(Matcher.quoteReplacement("tasks." + renamed + "."))));
                } else {
                    renameReferences(v, old, renamed);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode v = array.get(i);
                if (v.isTextual()) {
                    array.set(i, ref.matcher(v.textValue()).replaceAll(Matcher.quoteReplacement("tasks." + renamed + ".")));
                } else {
                    renameReferences(v, old, renamed);
                }
            }
        }
    }
}
