package dev.orrery.designer.canvas;

import static dev.orrery.designer.KitWindow.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.core.model.Step;
import dev.orrery.core.testing.SharedData;
import dev.orrery.designer.KitWindow;
import dev.orrery.designer.doc.DesignDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Steps that run a graph template are groups: expanded in place (toggle or Ctrl+G) they show their
 * inner steps, which are selected and edited like any other; a template that calls itself does not
 * expand forever.
 */
@ExtendWith(ApplicationExtension.class)
class NestedGroupsTest {
    private static final String RECURSIVE = """
            apiVersion: argoproj.io/v1alpha1
            kind: Workflow
            metadata: {generateName: recursive-}
            spec:
              entrypoint: main
              templates:
              - name: echo
                container: {image: busybox, command: [echo, hi]}
              - name: main
                dag:
                  tasks:
                  - {name: outer, template: again}
              - name: again
                dag:
                  tasks:
                  - {name: work, template: echo}
                  - {name: deeper, template: again, dependencies: [work]}
            """;

    private DesignDocument doc;
    private GraphCanvas canvas;
    private KitWindow shown;
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        shown = KitWindow.show(stage, KitWindow.blank());
        doc = shown.designer().document();
        canvas = shown.designer().canvas();
    }

    @AfterEach
    void cleanUp() throws Exception {
        shown.close();
    }

    private void open(Path file) throws Exception {
        boolean ok = shown.open(file);
        assertThat(ok).isTrue();
    }

    private static Optional<Node> node(FxRobot robot, String path) {
        return robot.lookup((Node n) -> ("node-" + path).equals(n.getId())).tryQuery();
    }

    private Step innerStep(String template, String step) {
        return doc.pipeline().template(template).orElseThrow().graph.step(step).orElseThrow();
    }

    @Test
    void expandAGroupSelectAndEditAnInnerStepUndoAndCollapse(FxRobot robot) throws Exception {
        Path file = SharedData.examplesDir().resolve("dag-nested.yaml");
        Assumptions.assumeTrue(Files.isRegularFile(file), "Argo's examples are missing: " + file);
        open(file);
        waitFor(() -> robot.lookup("#group-toggle-A").tryQuery().isPresent());
        assertThat(node(robot, "A/B")).isEmpty();
        int revision = doc.revision();

        robot.clickOn("#group-toggle-A");
        waitFor(() -> canvas.isExpanded("A"));
        assertThat(doc.revision()).as("expanding is view state, not an edit").isEqualTo(revision);
        assertThat(doc.isModified()).isFalse();
        robot.interact(() -> canvas.reveal("A/B"));
        waitFor(() -> node(robot, "A/B").isPresent() && node(robot, "A/C").isPresent());
        // inside the group's frame, below its header, left to right by dependency
        var a = canvas.position("A");
        var ia = canvas.position("A/A");
        var ib = canvas.position("A/B");
        var id = canvas.position("A/D");
        assertThat(ia.y()).isGreaterThan(a.y() + NodeView.HEIGHT);
        assertThat(ib.x()).isGreaterThan(ia.x());
        assertThat(id.x()).isGreaterThan(ib.x());
        // the steps after A are moved aside to make room, not covered
        assertThat(canvas.position("B").x()).isGreaterThan(id.x() + NodeView.WIDTH);

        robot.clickOn(node(robot, "A/B").orElseThrow());
        waitFor(() -> "A/B".equals(doc.selection().single()));
        waitFor(() -> robot.lookup("#prop-when").tryQuery().isPresent());
        TextField when = robot.lookup("#prop-when").queryAs(TextField.class);
        robot.clickOn(when).write("{{inputs.parameters.message}} != skip").type(KeyCode.ENTER);
        waitFor(() -> "{{inputs.parameters.message}} != skip".equals(innerStep("nested-diamond", "B").when));
        assertThat(doc.isModified()).isTrue();
        assertThat(doc.jobs().undoDescriptionProperty().get()).isNotEmpty();

        robot.clickOn(node(robot, "A/B").orElseThrow());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitFor(() -> innerStep("nested-diamond", "B").when == null);
        waitFor(() -> robot.lookup("#prop-when").queryAs(TextField.class).getText().isEmpty());

        // keyboard: select the group and collapse it
        robot.interact(() -> canvas.reveal("A"));
        robot.clickOn("#node-A");
        waitFor(() -> "A".equals(doc.selection().single()));
        robot.press(KeyCode.CONTROL, KeyCode.G).release(KeyCode.G, KeyCode.CONTROL);
        waitFor(() -> !canvas.isExpanded("A"));
        waitFor(() -> node(robot, "A/B").isEmpty());
        robot.press(KeyCode.CONTROL, KeyCode.G).release(KeyCode.G, KeyCode.CONTROL);
        waitFor(() -> canvas.isExpanded("A"));
    }

    @Test
    void aTemplateThatCallsItselfExpandsOneLevelAndIsMarkedRecursive(FxRobot robot) throws Exception {
        Path file = dir.resolve("recursive.yaml");
        Files.writeString(file, RECURSIVE);
        open(file);
        waitFor(() -> robot.lookup("#group-toggle-outer").tryQuery().isPresent());
        robot.clickOn("#group-toggle-outer");
        waitFor(() -> canvas.isExpanded("outer"));
        robot.interact(() -> canvas.reveal("outer/deeper"));
        waitFor(() -> node(robot, "outer/deeper").isPresent() && node(robot, "outer/work").isPresent());
        assertThat(canvas.isRecursiveGroup("outer/deeper")).isTrue();
        robot.interact(() -> canvas.toggleGroup("outer/deeper"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas.isExpanded("outer/deeper")).isFalse();
        assertThat(canvas.positions()).doesNotContainKey("outer/deeper/work");
    }
}
