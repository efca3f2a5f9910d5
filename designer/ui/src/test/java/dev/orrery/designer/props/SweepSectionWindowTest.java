package dev.orrery.designer.props;

import static dev.orrery.designer.KitWindow.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.core.model.Step;
import dev.orrery.core.model.Sweep;
import dev.orrery.core.model.Template;
import dev.orrery.designer.KitWindow;
import dev.orrery.designer.doc.DesignDocument;
import dev.orrery.designer.job.CanvasJobsTest;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The sweep's sheet in the kit's window: a Parameter sweep from the palette, its parameters typed as a
 * user would (a list and a range), product or zip chosen, its graph's parallelism set; each change is
 * one undo step, and adding a parameter wires the step's {{item.NAME}} argument and the template's input.
 */
@ExtendWith(ApplicationExtension.class)
class SweepSectionWindowTest {
    private KitWindow kit;
    private DesignDocument doc;

    @Start
    void start(Stage stage) {
        kit = KitWindow.show(stage, CanvasJobsTest.chain());
        doc = kit.designer().document();
    }

    @AfterEach
    void cleanUp() throws Exception {
        kit.close();
    }

    @BeforeEach
    void addASweep(FxRobot robot) throws Exception {
        robot.doubleClickOn("#palette-sweep");
        waitFor(() -> doc.graph().steps.size() == 4);
        robot.clickOn("#node-sweep");
        waitFor(() -> robot.lookup("#prop-sweep-parameters").tryQuery().isPresent());
    }

    private <T extends Node> T node(FxRobot robot, String id) {
        T n = robot.lookup(id).query();
        IoSectionTest.reveal(robot, kit.designer().properties(), n);
        return n;
    }

    private Step sweepStep() {
        return doc.step("sweep").orElseThrow();
    }

    private Template sweptTemplate() {
        return doc.pipeline().template(sweepStep().template).orElseThrow();
    }

    private String summary(FxRobot robot) {
        return robot.lookup("#prop-sweep-summary").queryAs(Label.class).getText();
    }

    private void typeParameters(FxRobot robot, String... lines) {
        TextInputControl area = node(robot, "#prop-sweep-parameters");
        robot.clickOn(area);
        robot.interact(area::selectAll);
        for (int i = 0; i < lines.length; i++) {
            robot.write(lines[i]);
            if (i < lines.length - 1) {
                robot.type(KeyCode.ENTER); // a new line in the area; Ctrl+Enter commits
            }
        }
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
    }

    @Test
    void typedParametersBecomeTheGridAndOneUndoTakesThemBack(FxRobot robot) {
        assertThat(robot.lookup("#prop-sweep-parameters").queryAs(TextInputControl.class).getText())
                .isEqualTo("lr: 0.001, 0.01, 0.1");
        assertThat(summary(robot)).isEqualTo("3 runs: lr (3)");

        typeParameters(robot, "lr: 0.1, 0.01", "batch: 16 to 48 step 16");

        Sweep sweep = sweepStep().loop.sweep;
        assertThat(sweep.axes).extracting(a -> a.name + (a.isRange() ? " range" : " list"))
                .containsExactly("lr list", "batch range");
        assertThat(sweepStep().loop.items).hasSize(6);
        assertThat(sweepStep().loop.items.get(1).toString()).isEqualTo("{\"lr\":0.1,\"batch\":32}");
        assertThat(sweepStep().parameterArguments).extracting(p -> p.name + "=" + p.valueText())
                .containsExactly("lr={{item.lr}}", "batch={{item.batch}}");
        assertThat(sweptTemplate().inputParameters).extracting(p -> p.name).containsExactly("lr", "batch");
        assertThat(summary(robot)).isEqualTo("6 runs: lr (2) × batch (3)");

        robot.interact(() -> robot.lookup("#prop-sweep-mode").query().requestFocus()); // leave the field, as a user would
        robot.interact(() -> doc.jobs().undo());
        assertThat(sweepStep().loop.sweep.axes).extracting(a -> a.name).containsExactly("lr");
        assertThat(sweepStep().loop.items).hasSize(3);
        assertThat(sweepStep().parameterArguments).extracting(p -> p.name).containsExactly("lr");
        assertThat(sweptTemplate().inputParameters).extracting(p -> p.name).as("the same undo step").containsExactly("lr");
        assertThat(robot.lookup("#prop-sweep-parameters").queryAs(TextInputControl.class).getText())
                .isEqualTo("lr: 0.001, 0.01, 0.1");
    }

    @Test
    void aSweepThatDoesNotExpandIsRefusedWithItsReason(FxRobot robot) {
        typeParameters(robot, "lr: 0 to 1 step -0.5");

        assertThat(robot.lookup(".field-message").match(Node::isVisible).queryAs(Label.class).getText())
                .isEqualTo("parameter lr: a step of -0.5 never gets from 0 to 1");
        assertThat(sweepStep().loop.items).as("unchanged").hasSize(3);
        robot.interact(() -> doc.jobs().undo());
        assertThat(doc.step("sweep")).as("no job was made: the one undo step left is adding the sweep").isEmpty();
    }

    @Test
    void zipAndParallelismAreEachOneUndoStep(FxRobot robot) {
        typeParameters(robot, "lr: 0.1, 0.01", "optimizer: sgd, adam");
        assertThat(sweepStep().loop.items).hasSize(4);

        ChoiceBox<?> mode = node(robot, "#prop-sweep-mode");
        robot.clickOn(mode).clickOn("Zip (i-th with i-th)");
        assertThat(sweepStep().loop.sweep.mode).isEqualTo(Sweep.Mode.ZIP);
        assertThat(sweepStep().loop.items.toString())
                .isEqualTo("[{\"lr\":0.1,\"optimizer\":\"sgd\"},{\"lr\":0.01,\"optimizer\":\"adam\"}]");
        assertThat(summary(robot)).isEqualTo("2 runs: lr (2) with optimizer (2)");

        TextInputControl parallelism = node(robot, "#prop-sweep-parallelism");
        robot.clickOn(parallelism).write("2").type(KeyCode.ENTER);
        Template main = doc.pipeline().template("main").orElseThrow();
        assertThat(main.extra.path("parallelism").asInt()).as("Argo's limit on the graph").isEqualTo(2);

        robot.interact(() -> doc.jobs().undo());
        assertThat(doc.pipeline().template("main").orElseThrow().extra.has("parallelism")).isFalse();
        assertThat(sweepStep().loop.sweep.mode).as("the mode is a step of its own").isEqualTo(Sweep.Mode.ZIP);
        robot.interact(() -> doc.jobs().undo());
        assertThat(sweepStep().loop.sweep.mode).isEqualTo(Sweep.Mode.PRODUCT);
        assertThat(sweepStep().loop.items).hasSize(4);
        assertThat(robot.lookup("#prop-sweep-mode").queryAs(ChoiceBox.class).getValue()).isEqualTo(Sweep.Mode.PRODUCT);
    }
}
