package dev.orrery.app.shell;

import static dev.orrery.app.shell.TestWindow.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.core.model.ArgoKind;
import dev.orrery.core.model.Template;
import dev.orrery.core.testing.ArgoSchema;
import dev.orrery.core.testing.YamlDocuments;
import dev.orrery.designer.canvas.NodeView;
import dev.orrery.designer.doc.DesignDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
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
 * The acceptance scenario, driven through the real window with the mouse and keyboard:
 * drag steps from the palette, connect them, edit the GPU count, undo and redo, export.
 */
@ExtendWith(ApplicationExtension.class)
class DesignerWindowTest {
    private MainWindow window;
    private DesignDocument doc;
    private TestWindow shown;
    private TestPrompts prompts;

    @TempDir
    Path temp;

    @Start
    void start(Stage stage) {
        shown = TestWindow.show(stage);
        window = shown.window();
        prompts = shown.prompts();
        window.files().loadNew(SamplePipeline.blank());
        doc = window.designer().document();
    }

    @AfterEach
    void cleanUp() throws Exception {
        shown.close();
    }

    private Template template(String name) {
        return doc.pipeline().template(name).orElseThrow();
    }

    /** Scrolls the property sheet, as a person would, until {@code field} is in view (Train's script comes first). */
    private static void scrollTo(FxRobot robot, Node field) {
        robot.interact(() -> {
            javafx.scene.control.ScrollPane sheet = robot.lookup("#properties").queryAs(
                    javafx.scene.control.ScrollPane.class);
            Node content = sheet.getContent();
            double y = content.sceneToLocal(field.localToScene(field.getBoundsInLocal())).getMinY();
            double room = content.getLayoutBounds().getHeight() - sheet.getViewportBounds().getHeight();
            sheet.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, (y - 40) / room)));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void dragConnectEditUndoRedoAndExport(FxRobot robot) throws Exception {
        Node canvas = robot.lookup("#canvas").query();
        Point2D centre = robot.point(canvas).atPosition(Pos.CENTER).query();

        robot.drag("#palette-data-prep").dropTo(centre.add(-300, 0));
        waitFor(() -> doc.step("data-prep").isPresent());
        robot.drag("#palette-train").dropTo(centre.add(100, 0));
        waitFor(() -> doc.step("train").isPresent());
        assertThat(template("train").container.resources.gpuCount()).as("Train's default GPU limit").isEqualTo(1);
        assertThat(template("train").tolerations.toString()).contains("nvidia.com/gpu", "Exists", "NoSchedule");
        assertThat(doc.jobs().undoDepth()).as("each drop is one undo step").isEqualTo(2);

        NodeView dataPrep = robot.lookup("#node-data-prep").queryAs(NodeView.class);
        robot.drag(dataPrep.outputPort()).dropTo("#node-train");
        waitFor(() -> doc.step("train").orElseThrow().dependsOn.contains("data-prep"));

        robot.clickOn("#node-train");
        waitFor(() -> robot.lookup("#prop-gpu-count").tryQuery().isPresent());
        TextField gpu = robot.lookup("#prop-gpu-count").queryAs(TextField.class);
        assertThat(gpu.getText()).isEqualTo("1");
        scrollTo(robot, gpu);
        robot.clickOn(gpu).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("2").type(KeyCode.ENTER);
        waitFor(() -> template("train").container.resources.gpuCount() == 2);
        waitFor(() -> robot.lookup("#node-train .badge-gpu").tryQuery().map(n -> n.toString().contains("×2"))
                .orElse(false));

        robot.clickOn("#node-train");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitFor(() -> template("train").container.resources.gpuCount() == 1);
        waitFor(() -> "1".equals(gpu.getText()) || robot.lookup("#prop-gpu-count").queryAs(TextField.class)
                .getText().equals("1"));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor(() -> template("train").container.resources.gpuCount() == 2);

        Path out = temp.resolve("exported.yaml");
        Boolean exported = WaitForAsyncUtils.asyncFx(() -> window.files().exportArgo(out, ArgoKind.WORKFLOW))
                .get(10, TimeUnit.SECONDS).get(20, TimeUnit.SECONDS);
        assertThat(prompts.errors).isEmpty();
        assertThat(exported).isTrue();

        JsonNode argo = YamlDocuments.read(out).get(0);
        ArgoSchema.assertValidStrict(argo, "exported workflow");
        JsonNode templates = argo.path("spec").path("templates");
        JsonNode trainTask = null;
        JsonNode trainTemplate = null;
        for (JsonNode t : templates) {
            for (JsonNode task : t.path("dag").path("tasks")) {
                if ("train".equals(task.path("name").asText())) {
                    trainTask = task;
                }
            }
            if ("train".equals(t.path("name").asText())) {
                trainTemplate = t;
            }
        }
        assertThat(trainTask).as("the DAG has a train task").isNotNull();
        assertThat(trainTask.path("dependencies").toString()).isEqualTo("[\"data-prep\"]");
        // the palette's Train is a script (its placeholder runs with python3 alone)
        assertThat(trainTemplate.path("script").path("resources").path("limits").path("nvidia.com/gpu").asInt())
                .isEqualTo(2);
        assertThat(trainTemplate.path("script").path("volumeMounts").toString()).contains("/dev/shm");
    }

    @Test
    void invalidValuesAreFlaggedAtTheFieldAndNotApplied(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.designer().canvas().edits().addStep(
                dev.orrery.core.model.StepKind.TRAIN, new dev.orrery.core.model.Position(100, 100))).get();
        waitFor(() -> robot.lookup("#prop-gpu-count").tryQuery().isPresent());
        TextField gpu = robot.lookup("#prop-gpu-count").queryAs(TextField.class);
        int depth = doc.jobs().undoDepth();
        scrollTo(robot, gpu);
        robot.clickOn(gpu).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("two").type(KeyCode.ENTER);
        waitFor(() -> gpu.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("invalid")));
        assertThat(template("train").container.resources.gpuCount()).isEqualTo(1);
        assertThat(doc.jobs().undoDepth()).isEqualTo(depth);
    }

    @Test
    void yamlEditsApplyAsOneUndoableJobAndParseErrorsPointAtTheLine(FxRobot robot) throws Exception {
        robot.clickOn("#tab-yaml .tab-label");
        var area = window.designer().yaml().area();
        waitFor(() -> area.getText().contains("entrypoint: main"));
        String text = area.getText();
        robot.interact(() -> area.replaceText(text.replace("name: new-pipeline", "name: renamed-in-yaml")));
        robot.clickOn("#yaml-apply");
        waitFor(() -> "renamed-in-yaml".equals(doc.pipeline().name));
        robot.interact(() -> doc.jobs().undo());
        assertThat(doc.pipeline().name).isEqualTo("new-pipeline");

        waitFor(() -> area.getText().contains("name: new-pipeline"));
        robot.interact(() -> area.replaceText("apiVersion: argoproj.io/v1alpha1\nkind: Workflow\nmetadata: [unclosed\n"));
        robot.clickOn("#yaml-apply");
        waitFor(() -> window.designer().yaml().status().getText().startsWith("Line "));
        assertThat(doc.pipeline().name).isEqualTo("new-pipeline");
    }

    @Test
    void saveWritesNativeYamlAndRefusesToOverwriteAFileChangedOnDisk(FxRobot robot) throws Exception {
        Path file = temp.resolve("p.orrery.yaml");
        assertThat(WaitForAsyncUtils.asyncFx(() -> window.files().saveTo(file)).get().get(10, TimeUnit.SECONDS))
                .isTrue();
        assertThat(Files.readString(file)).contains("apiVersion: orrery.dev/v1alpha1");
        assertThat(doc.isModified()).isFalse();
        assertThat(window.files().recent().list()).contains(file.toAbsolutePath());

        Files.writeString(file, Files.readString(file) + "# edited elsewhere\n");
        prompts.onDisk = Prompts.ChangedOnDisk.CANCEL;
        assertThat(WaitForAsyncUtils.asyncFx(() -> window.files().saveTo(file)).get().get(10, TimeUnit.SECONDS))
                .isFalse();
        assertThat(prompts.asked).contains("changed on disk p.orrery.yaml");
        assertThat(Files.readString(file)).endsWith("# edited elsewhere\n");
    }
}
