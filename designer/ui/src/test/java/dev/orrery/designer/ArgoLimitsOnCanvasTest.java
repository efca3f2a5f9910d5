package dev.orrery.designer;

import static dev.orrery.designer.KitWindow.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.core.diag.Diagnostic;
import dev.orrery.core.diag.Severity;
import dev.orrery.designer.doc.DesignDocument;
import dev.orrery.designer.doc.Problems;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Argo's limits reach the canvas through the designer's diagnostics: the step that runs an oversized template
 * is marked, with the message on hover; and "Split Large DAGs" splits the shown DAG as one undo step.
 */
@ExtendWith(ApplicationExtension.class)
class ArgoLimitsOnCanvasTest {
    private KitWindow shown;

    @Start
    void start(Stage stage) {
        shown = KitWindow.show(stage, KitWindow.blank());
    }

    @AfterEach
    void cleanUp() throws Exception {
        shown.close();
    }

    /** Main runs 'big' (a DAG of 201 tasks), 'wide' (a template of 501 inputs) and 'fine'. */
    private static String oversizedParts() {
        StringBuilder sb = new StringBuilder("""
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {generateName: limits-}
                spec:
                  entrypoint: main
                  templates:
                  - name: main
                    dag:
                      tasks:
                      - {name: big, template: sub}
                      - {name: wide, template: many}
                      - {name: fine, template: echo}
                  - name: echo
                    container: {image: alpine}
                  - name: many
                    container: {image: alpine}
                    inputs:
                      parameters:
                """);
        for (int i = 0; i < 501; i++) {
            sb.append("      - {name: p").append(i).append(", value: \"1\"}\n");
        }
        sb.append("  - name: sub\n    dag:\n      tasks:\n");
        for (int i = 0; i < 201; i++) {
            sb.append("      - {name: t").append(i).append(", template: echo}\n");
        }
        return sb.toString();
    }

    /** A Workflow whose entry DAG has n tasks, each waiting for and reading from a random earlier one. */
    static String largeDag(int n, long seed) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder("""
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {generateName: big-}
                spec:
                  entrypoint: main
                  templates:
                  - name: work
                    inputs: {parameters: [{name: in, default: none}]}
                    outputs: {parameters: [{name: out, valueFrom: {path: /tmp/out}}]}
                    container: {image: alpine, command: [sh, -c, "echo {{inputs.parameters.in}} > /tmp/out"]}
                  - name: main
                    dag:
                      tasks:
                """);
        for (int i = 0; i < n; i++) {
            sb.append("      - {name: t").append(i).append(", template: work");
            if (i > 0) {
                int from = i - 1 - r.nextInt(Math.min(i, 40));
                sb.append(", dependencies: [t").append(from).append("], arguments: {parameters: [{name: in, value: \"")
                        .append("{{tasks.t").append(from).append(".outputs.parameters.out}}\"}]}");
            }
            sb.append("}\n");
        }
        return sb.toString();
    }

    private static List<Diagnostic> limits(List<Diagnostic> all) {
        return all.stream().filter(d -> d.message().contains("workflow_types.go")).toList();
    }

    @Test
    void theStepRunningAnOversizedTemplateIsMarkedWithTheLimitOnHover(FxRobot robot) throws Exception {
        shown.load(KitWindow.parse(oversizedParts()));
        Problems problems = shown.designer().problems();
        waitFor(() -> limits(problems.all()).size() == 2);

        assertThat(limits(problems.all())).extracting(Diagnostic::severity).containsOnly(Severity.WARNING);
        assertThat(problems.of("big")).extracting(Diagnostic::message).singleElement().asString()
                .startsWith("DAG template 'sub' has 201 tasks; Argo v4's full CRD refuses more than 200");
        assertThat(problems.of("wide")).extracting(Diagnostic::message).singleElement().asString()
                .startsWith("template 'many' has 501 input parameters");
        assertThat(problems.of("fine")).isEmpty();

        waitFor(() -> robot.lookup("#node-big").tryQuery().isPresent());
        Node big = robot.lookup("#node-big").query();
        Node fine = robot.lookup("#node-fine").query();
        assertThat(big.getPseudoClassStates()).extracting(Object::toString).contains("warning");
        assertThat(fine.getPseudoClassStates()).extracting(Object::toString).doesNotContain("warning");
        robot.moveTo(big);
        waitFor(() -> javafx.stage.Window.getWindows().stream().anyMatch(w -> w instanceof javafx.scene.control.Tooltip t
                && t.isShowing() && t.getText().contains("201 tasks")));
        // leave no tooltip showing: JavaFX's tooltip behaviour is shared by every window of the
        // application, and one still shown when its window closes keeps the next tests' tooltips away
        robot.moveTo(fine).moveBy(0, 150);
        waitFor(() -> javafx.stage.Window.getWindows().stream().noneMatch(w -> w instanceof javafx.scene.control.Tooltip t
                && t.isShowing()));
    }

    @Test
    void splitLargeDagsSplitsTheShownDagAsOneUndoStep(FxRobot robot) throws Exception {
        shown.load(KitWindow.parse(largeDag(450, 9)));
        DesignDocument doc = shown.designer().document();
        Problems problems = shown.designer().problems();
        waitFor(() -> problems.checkedRevision() == doc.revision() && !limits(problems.all()).isEmpty());
        int depth = doc.jobs().undoDepth();

        String said = WaitForAsyncUtils.asyncFx(() -> shown.designer().splitLargeDags().run())
                .get(10, TimeUnit.SECONDS).get(30, TimeUnit.SECONDS);

        assertThat(said).isEqualTo("Split 'main': 450 tasks in 3 nested DAGs (main-part-1 … main-part-3)");
        assertThat(doc.graph().steps).extracting(s -> s.name).containsExactly("part-1", "part-2", "part-3");
        assertThat(doc.jobs().undoDepth()).isEqualTo(depth + 1);
        assertThat(doc.jobs().undoDescriptionProperty().get()).isEqualTo(SplitLargeDags.DESCRIPTION);
        assertThat(doc.graph().steps).allSatisfy(s -> assertThat(doc.pipeline().layout).containsKey(s.name));
        waitFor(() -> problems.checkedRevision() == doc.revision());
        assertThat(problems.all()).filteredOn(d -> d.severity() != Severity.INFO).isEmpty();

        robot.interact(() -> doc.jobs().undo());
        assertThat(doc.graph().steps).hasSize(450);
        robot.interact(() -> doc.jobs().redo());
        assertThat(doc.graph().steps).hasSize(3);

        String again = WaitForAsyncUtils.asyncFx(() -> shown.designer().splitLargeDags().run())
                .get(10, TimeUnit.SECONDS).get(30, TimeUnit.SECONDS);
        assertThat(again).isEqualTo("No DAG has more than 200 tasks: nothing to split");
        assertThat(doc.jobs().undoDepth()).isEqualTo(depth + 1);
    }
}
