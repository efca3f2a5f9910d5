package dev.orrery.designer.canvas;

import static dev.orrery.designer.KitWindow.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.designer.KitWindow;
import dev.orrery.designer.doc.DesignDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Validation findings about dependencies and bindings are shown on the edges, with the message on hover. */
@ExtendWith(ApplicationExtension.class)
class EdgeProblemsTest {
    private static final String CYCLE = """
            apiVersion: argoproj.io/v1alpha1
            kind: Workflow
            metadata: {generateName: cycle-}
            spec:
              entrypoint: main
              templates:
              - name: echo
                container: {image: busybox, command: [echo, hi]}
              - name: main
                dag:
                  tasks:
                  - {name: start, template: echo}
                  - {name: a, template: echo, dependencies: [start, b]}
                  - {name: b, template: echo, dependencies: [a]}
                  - {name: c, template: echo, dependencies: [ghost]}
            """;

    /** train → eval binds an output train does not declare; racing takes train's model without waiting for it. */
    private static final String BINDINGS = """
            apiVersion: argoproj.io/v1alpha1
            kind: Workflow
            metadata: {generateName: bindings-}
            spec:
              entrypoint: main
              templates:
              - name: train
                outputs: {artifacts: [{name: model, path: /tmp/model}]}
                container: {image: busybox, command: [touch, /tmp/model]}
              - name: evaluate
                inputs: {artifacts: [{name: model, path: /in/model}]}
                container: {image: busybox, command: [cat, /in/model]}
              - name: main
                dag:
                  tasks:
                  - {name: train, template: train}
                  - name: eval
                    template: evaluate
                    dependencies: [train]
                    arguments: {artifacts: [{name: model, from: "{{tasks.train.outputs.artifacts.modle}}"}]}
                  - name: racing
                    template: evaluate
                    arguments: {artifacts: [{name: model, from: "{{tasks.train.outputs.artifacts.model}}"}]}
                  - name: fine
                    template: evaluate
                    dependencies: [train]
                    arguments: {artifacts: [{name: model, from: "{{tasks.train.outputs.artifacts.model}}"}]}
            """;

    private KitWindow shown;
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        shown = KitWindow.show(stage, KitWindow.blank());
    }

    @AfterEach
    void cleanUp() throws Exception {
        shown.close();
    }

    @Test
    void aCycleAndAMissingDependencyAreMarkedOnTheirEdges(FxRobot robot) throws Exception {
        Path file = dir.resolve("cycle.yaml");
        Files.writeString(file, CYCLE);
        assertThat(shown.open(file)).isTrue();
        GraphCanvas canvas = shown.designer().canvas();
        DesignDocument doc = shown.designer().document();
        waitFor(() -> robot.lookup("#edge-problem-a--b").tryQuery().isPresent()
                && robot.lookup("#edge-problem-ghost--c").tryQuery().isPresent());

        assertThat(canvas.edgeProblem("a", "b")).contains("dependency cycle");
        assertThat(canvas.edgeProblem("b", "a")).contains("dependency cycle");
        assertThat(canvas.edgeProblem("ghost", "c")).contains("'ghost', which is not a step");
        assertThat(canvas.edgeProblem("start", "a")).as("an edge outside the cycle").isNull();
        assertThat(robot.lookup("#edge-problem-start--a").tryQuery()).isEmpty();

        // hovering the marker shows the validator's message
        Label marker = robot.lookup("#edge-problem-ghost--c").queryAs(Label.class);
        robot.moveTo(marker);
        waitFor(() -> marker.getTooltip().isShowing());
        assertThat(marker.getTooltip().getText()).contains("'ghost'");

        // removing b's dependency on a breaks the cycle: the cycle's markers go, the missing step's stays
        robot.interact(() -> doc.execute(dev.orrery.designer.job.DependencyJob.disconnect(doc, "a", "b")));
        waitFor(() -> robot.lookup("#edge-problem-a--b").tryQuery().isEmpty());
        assertThat(canvas.edgeProblem("b", "a")).isNull();
        Node ghost = robot.lookup("#edge-problem-ghost--c").query();
        assertThat(ghost.isVisible()).isTrue();
    }

    @Test
    void aBindingsFindingIsMarkedOnTheEdgeFromTheProducer(FxRobot robot) throws Exception {
        Path file = dir.resolve("bindings.yaml");
        Files.writeString(file, BINDINGS);
        assertThat(shown.open(file)).isTrue();
        GraphCanvas canvas = shown.designer().canvas();
        waitFor(() -> robot.lookup("#edge-problem-train--eval").tryQuery().isPresent()
                && robot.lookup("#edge-problem-train--racing").tryQuery().isPresent());

        assertThat(canvas.edgeProblem("train", "eval")).contains("output artifact 'modle' of step 'train'")
                .contains("bind it to one of model");
        // no dependency joins train and racing: the edge is drawn for the finding, marked as a warning
        assertThat(canvas.edgeProblem("train", "racing")).contains("'racing' does not run after 'train'");
        Label racing = robot.lookup("#edge-problem-train--racing").queryAs(Label.class);
        assertThat(racing.getPseudoClassStates()).extracting(Object::toString).contains("warning");
        assertThat(canvas.edgeProblem("train", "fine")).as("a sound binding").isNull();

        Label marker = robot.lookup("#edge-problem-train--eval").queryAs(Label.class);
        assertThat(marker.getPseudoClassStates()).extracting(Object::toString).doesNotContain("warning");
        robot.moveTo(marker);
        waitFor(() -> marker.getTooltip().isShowing());
        assertThat(marker.getTooltip().getText()).contains("'modle'");
    }
}
