package dev.orrery.designer.props;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.core.model.Step;
import dev.orrery.core.model.Template;
import dev.orrery.designer.KitWindow;
import dev.orrery.designer.doc.DesignDocument;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Typing {{ in the sheet's expression fields offers what is in scope there; the keyboard picks. */
@ExtendWith(ApplicationExtension.class)
class ExpressionCompletionTest {
    private DesignDocument doc;
    private PropertySheet sheet;

    @Start
    void start(Stage stage) {
        doc = new DesignDocument(KitWindow.sample());
        sheet = new PropertySheet(doc);
        stage.setScene(new Scene(sheet, 420, 700));
        stage.show();
    }

    private <T extends Node> T field(FxRobot robot, String id) {
        T n = robot.lookup(id).query();
        IoSectionTest.reveal(robot, sheet, n);
        robot.clickOn(n);
        return n;
    }

    @SuppressWarnings("unchecked")
    private ListView<ExpressionScope.Entry> popupList(FxRobot robot) {
        return robot.lookup("#expression-completion").queryAs(ListView.class);
    }

    private boolean popupShows(FxRobot robot) {
        return robot.lookup("#expression-completion").tryQuery().map(n -> n.getScene().getWindow().isShowing())
                .orElse(false);
    }

    private Step step(String name) {
        return doc.step(name).orElseThrow();
    }

    private Template template(String step) {
        return doc.pipeline().template(step(step).template).orElseThrow();
    }

    @Test
    void commandOffersUpstreamOutputsAndEnterInsertsThemThroughABoundInput(FxRobot robot) {
        robot.interact(() -> doc.selection().select("evaluate"));
        TextInputControl command = field(robot, "#prop-command");
        robot.interact(() -> command.setText(""));
        robot.write("python3 run.py {{");
        assertThat(popupShows(robot)).as("{{ opens the list").isTrue();
        assertThat(popupList(robot).getItems()).extracting(ExpressionScope.Entry::label).contains(
                "tasks.train.outputs.artifacts.model", "tasks.train.outputs.artifacts.metrics",
                "tasks.prepare-data.outputs.artifacts.dataset", "inputs.artifacts.model.path",
                "workflow.parameters.learning-rate", "workflow.name").doesNotContain(
                "tasks.deploy.outputs.parameters.endpoint", "item");

        robot.write("train.outputs.artifacts.met");
        assertThat(popupList(robot).getItems()).extracting(ExpressionScope.Entry::label)
                .containsExactly("tasks.train.outputs.artifacts.metrics");
        robot.type(KeyCode.ENTER);

        assertThat(popupShows(robot)).isFalse();
        assertThat(command.getText()).as("a template reaches an upstream artifact through an input's path")
                .isEqualTo("python3 run.py {{inputs.artifacts.metrics.path}}");
        assertThat(template("evaluate").inputArtifacts).extracting(a -> a.name).contains("metrics");
        assertThat(step("evaluate").artifactArguments).extracting(a -> a.name + "=" + a.from)
                .contains("metrics={{tasks.train.outputs.artifacts.metrics}}");
        assertThat(template("evaluate").container.command).as("Enter chose; it did not commit yet").isNull();

        robot.type(KeyCode.ENTER);
        assertThat(template("evaluate").container.command)
                .containsExactly("python3", "run.py", "{{inputs.artifacts.metrics.path}}");

        robot.interact(() -> doc.jobs().undo());
        assertThat(template("evaluate").container.command).isNull();
        robot.interact(() -> doc.jobs().undo());
        assertThat(template("evaluate").inputArtifacts).as("one undo takes back the input and its binding")
                .extracting(x -> x.name).containsExactly("model", "dataset");
        assertThat(step("evaluate").artifactArguments).extracting(x -> x.name).containsExactly("model", "dataset");
    }

    @Test
    void anInputAlreadyBoundIsUsedAsItIsAndArrowsMoveTheChoice(FxRobot robot) {
        robot.interact(() -> doc.selection().select("evaluate"));
        TextInputControl args = field(robot, "#prop-args");
        robot.interact(() -> args.setText(""));
        robot.write("{{tasks.train.outputs.artifacts.");
        assertThat(popupList(robot).getItems()).extracting(ExpressionScope.Entry::label)
                .containsExactly("tasks.train.outputs.artifacts.model", "tasks.train.outputs.artifacts.metrics");
        robot.type(KeyCode.DOWN).type(KeyCode.UP).type(KeyCode.ENTER);
        assertThat(args.getText()).isEqualTo("{{inputs.artifacts.model.path}}");
        assertThat(template("evaluate").inputArtifacts).extracting(a -> a.name).containsExactly("model", "dataset");

        robot.write(" {{");
        assertThat(popupShows(robot)).isTrue();
        robot.type(KeyCode.ESCAPE);
        assertThat(popupShows(robot)).as("Escape closes the list").isFalse();
        assertThat(args.getText()).as("and keeps what was typed").isEqualTo("{{inputs.artifacts.model.path}} {{");
    }

    @Test
    void whenOffersUpstreamParametersAsArgoWritesThem(FxRobot robot) {
        robot.interact(() -> doc.selection().select("deploy"));
        TextInputControl when = field(robot, "#prop-when");
        robot.interact(() -> when.setText(""));
        robot.write("{{");
        assertThat(popupList(robot).getItems()).extracting(ExpressionScope.Entry::label)
                .contains("tasks.evaluate.outputs.parameters.accuracy", "tasks.train.outputs.result")
                .as("a condition is text: no artifacts").noneMatch(l -> l.contains(".artifacts."));
        robot.write("evaluate.outputs.parameters.acc").type(KeyCode.ENTER);
        assertThat(when.getText()).isEqualTo("{{tasks.evaluate.outputs.parameters.accuracy}}");
        assertThat(step("deploy").artifactArguments).as("nothing bound for a step field").hasSize(1);
    }

    @Test
    void theScriptEditorCompletesToo(FxRobot robot) {
        robot.interact(() -> doc.selection().select("train"));
        CodeArea script = field(robot, "#prop-source");
        robot.interact(() -> script.moveTo(0));
        robot.write("# epochs: {{workflow.parameters.ep");
        assertThat(popupList(robot).getItems()).extracting(ExpressionScope.Entry::label)
                .containsExactly("workflow.parameters.epochs");
        robot.type(KeyCode.ENTER);
        assertThat(script.getText()).startsWith("# epochs: {{workflow.parameters.epochs}}");
    }
}
