package dev.orrery.app.shell;

import static dev.orrery.app.shell.TestWindow.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.orrery.app.LineDiff;
import dev.orrery.core.argo.ArgoImporter;
import dev.orrery.core.model.Position;
import dev.orrery.core.model.StepKind;
import dev.orrery.core.testing.SemanticJson;
import dev.orrery.core.testing.SharedData;
import dev.orrery.core.testing.YamlDocuments;
import dev.orrery.core.yaml.YamlReader;
import dev.orrery.designer.doc.DesignDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Save writes an opened Argo file back in place through the real window: without an edit the bytes
 * stay, a property sheet edit changes its one line, a step added on the canvas adds only its task
 * and template, the YAML tab's Apply keeps what was typed, and a file changed on disk is not lost.
 */
@ExtendWith(ApplicationExtension.class)
class SaveInPlaceWindowTest {
    static final String COMMENTED = """
            # Reviewed in Git: keep the comments.
            apiVersion: argoproj.io/v1alpha1
            kind: Workflow
            metadata:
              generateName: churn-   # the run's prefix
            spec:
              entrypoint: main
              templates:
              - name: main
                dag:
                  tasks:
                  # load first
                  - name: load
                    template: load
                  - name: fit
                    template: fit
                    dependencies: [load]
              - name: load
                container:
                  image: busybox:1.36   # small
                  command: [sh, -c, "echo rows"]
              - name: fit
                container:
                  image: 'python:3.12'
                  command: [python, -c, "print(1)"]
            """;

    private TestWindow shown;
    private MainWindow window;
    private TestPrompts prompts;
    private DesignDocument doc;

    @TempDir
    Path temp;

    @Start
    void start(Stage stage) {
        shown = TestWindow.show(stage);
        window = shown.window();
        prompts = shown.prompts();
        doc = window.designer().document();
    }

    @AfterEach
    void cleanUp() throws Exception {
        shown.close();
    }

    private boolean save() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> window.files().saveOrAsk()).get(10, TimeUnit.SECONDS)
                .get(30, TimeUnit.SECONDS);
    }

    private Path commented() throws Exception {
        Path file = temp.resolve("churn.yaml");
        Files.writeString(file, COMMENTED);
        assertThat(shown.open(file)).isTrue();
        return file;
    }

    @Test
    void openAndSaveWithoutAnEditKeepsEveryExampleByteForByte() throws Exception {
        int saved = 0;
        List<String> changed = new ArrayList<>();
        for (Path example : SharedData.exampleFiles()) {
            long pipelines = YamlDocuments.read(example).stream().filter(ArgoImporter::isArgoPipeline).count();
            Path copy = temp.resolve(example.getFileName());
            Files.copy(example, copy, StandardCopyOption.REPLACE_EXISTING);
            byte[] original = Files.readAllBytes(copy);
            for (int i = 0; i < pipelines; i++) {
                int wanted = i;
                prompts.choice = options -> wanted;
                assertThat(shown.open(copy)).as("opened %s document %d", example, i + 1).isTrue();
                assertThat(window.files().needsFileForSave()).as("an opened Argo file is saved where it came from")
                        .isFalse();
                assertThat(save()).as("saved %s", example).isTrue();
                if (!java.util.Arrays.equals(original, Files.readAllBytes(copy))) {
                    changed.add(example.getFileName() + " document " + (i + 1) + ": "
                            + LineDiff.of(new String(original), Files.readString(copy)));
                }
                saved++;
            }
        }
        System.out.printf("Designer saved %d example pipelines without an edit%n", saved);
        assertThat(prompts.errors).isEmpty();
        assertThat(changed).isEmpty();
        assertThat(saved).isGreaterThan(200);
    }

    @Test
    void anImageChangedInThePropertySheetSavesAsThatOneLine(FxRobot robot) throws Exception {
        Path file = commented();
        waitFor(() -> robot.lookup("#node-fit").tryQuery().isPresent()); // the canvas draws the opened file
        robot.clickOn("#node-fit");
        waitFor(() -> robot.lookup("#prop-image").tryQuery().isPresent());
        TextField image = robot.lookup("#prop-image").queryAs(TextField.class);
        robot.clickOn(image).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("python:3.13").type(KeyCode.ENTER);
        waitFor(() -> "python:3.13".equals(doc.pipeline().template("fit").orElseThrow().container.image));
        assertThat(doc.isModified()).isTrue();

        assertThat(save()).isTrue();
        assertThat(LineDiff.of(COMMENTED, Files.readString(file))).containsExactlyInAnyOrder(
                "-      image: 'python:3.12'", "+      image: 'python:3.13'");
        assertThat(doc.isModified()).isFalse();
    }

    @Test
    void aStepAddedOnTheCanvasSavesAsItsTaskAndTemplateOnly() throws Exception {
        Path file = commented();
        String added = WaitForAsyncUtils.asyncFx(() -> window.designer().canvas().edits()
                .addStep(StepKind.DATA_PREP, new Position(600, 400))).get(10, TimeUnit.SECONDS);
        waitFor(() -> doc.step(added).isPresent());

        assertThat(save()).isTrue();
        String after = Files.readString(file);
        List<String> diff = LineDiff.of(COMMENTED, after);
        assertThat(diff).as("only added lines").isNotEmpty().allMatch(l -> l.startsWith("+"));
        // take the new task and template away again: what is left is the file as it was
        JsonNode saved = YamlReader.defaults().read(after).get(0).root().deepCopy();
        ArrayNode templates = (ArrayNode) saved.path("spec").path("templates");
        ArrayNode tasks = (ArrayNode) templates.get(0).path("dag").path("tasks");
        assertThat(tasks.get(tasks.size() - 1).path("name").asText()).isEqualTo(added);
        String template = tasks.get(tasks.size() - 1).path("template").asText();
        tasks.remove(tasks.size() - 1);
        assertThat(templates.get(templates.size() - 1).path("name").asText()).isEqualTo(template);
        templates.remove(templates.size() - 1);
        SemanticJson.assertSemanticallyEqual(YamlReader.defaults().read(COMMENTED).get(0).root(), saved, "the rest");
    }

    @Test
    void theYamlTabShowsTheFileAndApplyKeepsWhatWasTyped(FxRobot robot) throws Exception {
        Path file = commented();
        robot.clickOn("#tab-yaml .tab-label");
        var area = window.designer().yaml().area();
        waitFor(() -> area.getText().equals(COMMENTED));
        String typed = COMMENTED.replace("# load first", "# load first, then fit")
                .replace("image: busybox:1.36   # small", "image: \"busybox:1.37\"     # small");
        robot.interact(() -> area.replaceText(typed));
        robot.clickOn("#yaml-apply");
        waitFor(() -> "busybox:1.37".equals(doc.pipeline().template("load").orElseThrow().container.image));

        assertThat(save()).isTrue();
        assertThat(Files.readString(file)).isEqualTo(typed);
    }

    @Test
    void aFileChangedOnDiskIsReloadedOrSavedElsewhereNeverOverwrittenSilently(FxRobot robot) throws Exception {
        Path file = commented();
        robot.interact(() -> doc.execute(dev.orrery.designer.job.PipelineEdits.setImage(doc, "fit", "python:3.13")));
        String theirs = COMMENTED.replace("# load first", "# load first (edited elsewhere)");
        Files.writeString(file, theirs);

        prompts.onDisk = Prompts.ChangedOnDisk.CANCEL;
        assertThat(save()).isFalse();
        assertThat(Files.readString(file)).isEqualTo(theirs);

        Path elsewhere = temp.resolve("mine.yaml");
        window.files().setSaveAsChooser(() -> java.util.Optional.of(elsewhere));
        prompts.onDisk = Prompts.ChangedOnDisk.SAVE_ELSEWHERE;
        assertThat(save()).isTrue();
        assertThat(Files.readString(file)).isEqualTo(theirs);
        assertThat(Files.readString(elsewhere)).isEqualTo(COMMENTED.replace("'python:3.12'", "'python:3.13'"));

        Files.writeString(elsewhere, theirs);
        prompts.onDisk = Prompts.ChangedOnDisk.RELOAD;
        robot.interact(() -> doc.execute(dev.orrery.designer.job.PipelineEdits.setImage(doc, "fit", "python:3.14")));
        assertThat(save()).isFalse();
        waitFor(() -> !doc.isModified());
        assertThat(doc.pipeline().template("fit").orElseThrow().container.image).isEqualTo("python:3.12");
        assertThat(Files.readString(elsewhere)).isEqualTo(theirs);
        assertThat(prompts.asked).contains("changed on disk churn.yaml", "changed on disk mine.yaml");
    }
}
