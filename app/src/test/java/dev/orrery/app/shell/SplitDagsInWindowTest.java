package dev.orrery.app.shell;

import static dev.orrery.app.shell.TestWindow.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.core.diag.Diagnostic;
import dev.orrery.designer.doc.DesignDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A DAG over Argo's 200 tasks in the real window: the Problems tab says so, with the limit and its source;
 * Edit ▸ Split Large DAGs splits it, says what it did in the status bar, and Edit ▸ Undo puts it back.
 */
@ExtendWith(ApplicationExtension.class)
class SplitDagsInWindowTest {
    private TestWindow shown;
    private MainWindow window;
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        shown = TestWindow.show(stage);
        window = shown.window();
    }

    @AfterEach
    void cleanUp() throws Exception {
        shown.close();
    }

    private static String largeDag(int n, long seed) {
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

    @Test
    void theProblemsTabNamesTheLimitAndTheEditMenuSplitsTheDag(FxRobot robot) throws Exception {
        Path file = dir.resolve("big.yaml");
        Files.writeString(file, largeDag(230, 4));
        assertThat(shown.open(file)).isTrue();
        DesignDocument doc = window.designer().document();
        @SuppressWarnings("unchecked")
        TableView<Diagnostic> problems = robot.lookup("#problems").queryAs(TableView.class);
        robot.interact(() -> window.showTab("tab-problems"));
        waitFor(() -> problems.getItems().stream().anyMatch(d -> d.message().contains("230 tasks")));
        waitFor(() -> robot.lookup(".table-cell").match(n -> n instanceof javafx.scene.control.Labeled l
                && l.getText() != null && l.getText().contains("230 tasks")).tryQuery().isPresent());
        assertThat(problems.getItems()).extracting(Diagnostic::message).anySatisfy(m -> assertThat(m)
                .startsWith("DAG template 'main' has 230 tasks; Argo v4's full CRD refuses more than 200"
                        + " (workflow_types.go, DAGTemplate.Tasks MaxItems)"));

        robot.clickOn("Edit").clickOn("Split Large DAGs");
        Label message = robot.lookup("#status-message").queryAs(Label.class);
        waitFor(() -> message.getText().startsWith("Split 'main'"));
        assertThat(message.getText()).isEqualTo("Split 'main': 230 tasks in 2 nested DAGs (main-part-1 … main-part-2)");
        assertThat(doc.graph().steps).extracting(s -> s.name).containsExactly("part-1", "part-2");
        waitFor(() -> problems.getItems().stream().noneMatch(d -> d.message().contains("workflow_types.go")));

        robot.clickOn("Edit").clickOn("Undo Split Large DAGs");
        waitFor(() -> doc.graph().steps.size() == 230);
        assertThat(message.getText()).isEmpty();
    }
}
