package dev.orrery.designer.props;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.core.model.Artifact;
import dev.orrery.core.model.Parameter;
import dev.orrery.core.model.Step;
import dev.orrery.core.model.Template;
import dev.orrery.designer.KitWindow;
import dev.orrery.designer.doc.DesignDocument;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Inputs and Outputs sections of a step's sheet, driven as a user would, on the sample pipeline. */
@ExtendWith(ApplicationExtension.class)
class IoSectionTest {
    private DesignDocument doc;
    private PropertySheet sheet;

    @Start
    void start(Stage stage) {
        doc = new DesignDocument(KitWindow.sample());
        sheet = new PropertySheet(doc);
        stage.setScene(new Scene(sheet, 420, 700));
        stage.show();
    }

    /** Scrolls the sheet so that {@code n} is in view, for the robot to click it. */
    static void reveal(FxRobot robot, PropertySheet sheet, Node n) {
        robot.interact(() -> {
            sheet.layout();
            Node content = sheet.getContent();
            Bounds b = content.sceneToLocal(n.localToScene(n.getBoundsInLocal()));
            double room = content.getBoundsInLocal().getHeight() - sheet.getViewportBounds().getHeight();
            if (room > 0) {
                double v = (b.getMinY() - sheet.getViewportBounds().getHeight() / 3) / room;
                sheet.setVvalue(Math.max(0, Math.min(1, v)));
            }
            sheet.layout();
        });
    }

    private <T extends Node> T node(FxRobot robot, String id) {
        T n = robot.lookup(id).query();
        reveal(robot, sheet, n);
        return n;
    }

    private void retype(FxRobot robot, String id, String text) {
        TextInputControl f = node(robot, id);
        robot.clickOn(f);
        robot.interact(f::selectAll);
        robot.write(text).type(KeyCode.ENTER);
    }

    private Template template(String name) {
        return doc.pipeline().template(name).orElseThrow();
    }

    private Step step(String name) {
        return doc.step(name).orElseThrow();
    }

    private Template deployTemplate() {
        return template(step("deploy").template);
    }

    @Test
    void addsAnInputArtifactSetsItsPathAndUndoesEachEdit(FxRobot robot) {
        robot.interact(() -> doc.selection().select("deploy"));
        robot.clickOn((Node) node(robot, "#io-in-add-artifact"));
        assertThat(deployTemplate().inputArtifacts).extracting(a -> a.name).containsExactly("model", "artifact");

        retype(robot, "#io-in-artifact-artifact-path", "/data/extra.bin");
        Artifact added = deployTemplate().inputArtifacts.get(1);
        assertThat(added.path).isEqualTo("/data/extra.bin");

        robot.interact(() -> doc.jobs().undo());
        assertThat(deployTemplate().inputArtifacts.get(1).path).as("undo takes back the path only")
                .isEqualTo("/tmp/inputs/artifact");
        robot.interact(() -> doc.jobs().undo());
        assertThat(deployTemplate().inputArtifacts).extracting(a -> a.name).containsExactly("model");
        assertThat(robot.lookup("#io-in-artifact-artifact-path").tryQuery()).as("its row is gone").isEmpty();
    }

    @Test
    void renamingAnOutputMovesTheBindingsDownstreamInOneUndoStep(FxRobot robot) {
        robot.interact(() -> doc.selection().select("train"));
        retype(robot, "#io-out-artifact-model-name", "weights");

        assertThat(template(step("train").template).outputArtifacts).extracting(a -> a.name).contains("weights")
                .doesNotContain("model");
        assertThat(step("evaluate").artifactArguments).extracting(a -> a.from)
                .contains("{{tasks.train.outputs.artifacts.weights}}");
        assertThat(step("deploy").artifactArguments.get(0).from).isEqualTo("{{tasks.train.outputs.artifacts.weights}}");
        assertThat(robot.lookup("#io-out-artifact-weights-name").tryQuery()).as("the row shows the new name").isPresent();

        robot.interact(() -> doc.jobs().undo());
        assertThat(step("deploy").artifactArguments.get(0).from).isEqualTo("{{tasks.train.outputs.artifacts.model}}");
        assertThat(template(step("train").template).outputArtifacts).extracting(a -> a.name).contains("model");
    }

    @Test
    void outputArtifactArchivingAndOutputParameterPath(FxRobot robot) {
        robot.interact(() -> doc.selection().select("evaluate"));
        ComboBox<String> archive = node(robot, "#io-out-artifact-metrics-archive");
        robot.clickOn(archive).clickOn(IoRow.ARCHIVE_NONE);
        Template t = template(step("evaluate").template);
        Artifact metrics = t.outputArtifacts.stream().filter(a -> a.name.equals("metrics")).findFirst().orElseThrow();
        assertThat(metrics.extra.path("archive").has("none")).as("archive: {none: {}}").isTrue();

        retype(robot, "#io-out-parameter-accuracy-path", "/tmp/acc.txt");
        Parameter accuracy = template(step("evaluate").template).outputParameters.get(0);
        assertThat(accuracy.path).as("valueFrom.path").isEqualTo("/tmp/acc.txt");

        robot.interact(() -> doc.jobs().undo());
        robot.interact(() -> doc.jobs().undo());
        Artifact back = template(step("evaluate").template).outputArtifacts.stream()
                .filter(a -> a.name.equals("metrics")).findFirst().orElseThrow();
        assertThat(back.extra.has("archive")).as("tar again, Argo's default").isFalse();
    }

    @Test
    void choosingAnInputsSourceBindsTheStepsArgumentAndNoneUnbindsIt(FxRobot robot) {
        robot.interact(() -> {
            Parameter threshold = new Parameter();
            threshold.name = "accuracy";
            deployTemplate().inputParameters.add(threshold);
            doc.selection().select("deploy");
        });
        ComboBox<InputSource.Choice> source = node(robot, "#io-in-parameter-accuracy-source");
        assertThat(source.getValue().label()).isEqualTo("none");
        assertThat(source.getItems()).extracting(InputSource.Choice::label)
                .as("outputs of the steps before deploy only, parameters only")
                .contains("evaluate.accuracy", "train.result", "prepare-data.result")
                .doesNotContain("deploy.endpoint", "train.model");

        robot.clickOn(source).clickOn("evaluate.accuracy");
        assertThat(step("deploy").parameterArguments).extracting(p -> p.name + "=" + p.valueText())
                .containsExactly("accuracy={{tasks.evaluate.outputs.parameters.accuracy}}");
        assertThat(step("deploy").dependsOn).as("the dependency is left as it is").containsExactly("evaluate");

        ComboBox<InputSource.Choice> model = node(robot, "#io-in-artifact-model-source");
        assertThat(model.getValue().label()).as("the current binding is selected").isEqualTo("train.model");
        robot.clickOn(model).clickOn("none");
        assertThat(step("deploy").artifactArguments).as("none unbinds").isEmpty();
        robot.interact(() -> doc.jobs().undo());
        assertThat(step("deploy").artifactArguments).extracting(a -> a.from)
                .containsExactly("{{tasks.train.outputs.artifacts.model}}");
    }
}
