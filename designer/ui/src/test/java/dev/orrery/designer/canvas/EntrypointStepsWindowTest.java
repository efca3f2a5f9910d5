package dev.orrery.designer.canvas;

import static dev.orrery.designer.KitWindow.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.core.model.Position;
import dev.orrery.designer.KitWindow;
import dev.orrery.designer.doc.DesignDocument;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Argo files whose entrypoint is one container, and exit handlers, in a bare kit window, used by mouse. */
@ExtendWith(ApplicationExtension.class)
class EntrypointStepsWindowTest {
    private KitWindow kit;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void cleanUp() throws Exception {
        if (kit != null) {
            kit.close();
        }
    }

    private DesignDocument open(FxRobot robot, String file) {
        robot.interact(() -> kit = KitWindow.show(stage, KitWindow.argoExample(file)));
        return kit.designer().document();
    }

    @Test
    void droppingAStepOntoHelloWorldsOnlyStepPutsItBesideNotOnTop(FxRobot robot) throws Exception {
        DesignDocument doc = open(robot, "hello-world.yaml");
        waitFor(() -> robot.lookup("#node-hello-world").tryQuery().isPresent());
        Position old = kit.designer().canvas().position("hello-world");

        robot.drag("#palette-script").dropTo("#node-hello-world");
        waitFor(() -> doc.graph() != null && doc.graph().steps.size() == 2);

        String added = doc.graph().steps.get(1).name;
        waitFor(() -> robot.lookup("#node-" + added).tryQuery().isPresent());
        assertThat(doc.graph().steps.get(0).name).isEqualTo("hello-world");
        assertThat(kit.designer().canvas().position("hello-world")).as("the old step stays put").isEqualTo(old);
        Node oldView = robot.lookup("#node-hello-world").query();
        Node newView = robot.lookup("#node-" + added).query();
        assertThat(oldView.localToScene(oldView.getBoundsInLocal())
                .intersects(newView.localToScene(newView.getBoundsInLocal())))
                .as("the new step is not drawn over the old one").isFalse();
    }

    @Test
    void theExitHandlerIsAStepMarkedOnExitWhoseSheetSaysWhatItIs(FxRobot robot) throws Exception {
        DesignDocument doc = open(robot, "exit-handlers.yaml");
        waitFor(() -> robot.lookup("#node-exit-handler").tryQuery().isPresent());
        assertThat(robot.lookup("#node-intentional-fail").tryQuery()).isPresent();
        Label badge = robot.lookup("#node-exit-handler .badge-on-exit").queryAs(Label.class);
        assertThat(badge.getText()).isEqualTo("on exit");
        robot.moveTo(badge);
        waitFor(() -> PortTip.existing(badge.getScene()) != null && PortTip.existing(badge.getScene()).isShowing());
        assertThat(PortTip.existing(badge.getScene()).getText()).startsWith("The exit handler");
        robot.moveBy(0, 200);
        assertThat(robot.lookup("#node-intentional-fail .badge-on-exit").tryQuery()).isEmpty();

        robot.clickOn("#node-exit-handler");
        waitFor(() -> robot.lookup("#prop-role").tryQuery().isPresent());
        assertThat(robot.lookup("#prop-role").queryAs(Label.class).getText()).isEqualTo("Exit handler (on exit)");
        for (String stepOnly : List.of("#prop-name", "#prop-depends", "#prop-when", "#prop-loop", "#prop-arguments")) {
            assertThat(robot.lookup(stepOnly).tryQuery()).as(stepOnly).isEmpty();
        }
        assertThat(robot.lookup("#prop-retries").tryQuery()).as("its template's fields are there").isPresent();

        robot.clickOn("#node-intentional-fail");
        waitFor(() -> robot.lookup("#prop-image").tryQuery().isPresent());
        assertThat(robot.lookup("#prop-role").queryAs(Label.class).getText()).isEqualTo("Entrypoint");
        assertThat(doc.selection().single()).isEqualTo("intentional-fail");
    }
}
