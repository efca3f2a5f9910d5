package dev.orrery.designer.props;

import static dev.orrery.designer.KitWindow.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.designer.KitWindow;
import dev.orrery.designer.canvas.Dependency;
import dev.orrery.designer.canvas.GraphCanvas;
import dev.orrery.designer.doc.DesignDocument;
import dev.orrery.designer.doc.Selection;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Clicking an edge shows what flows on it in the property sheet, where each binding can be removed. */
@ExtendWith(ApplicationExtension.class)
class EdgeFormTest {
    /** The sample's steps are level at y = 160, 220 wide, at x = 80, 360, 640 and 920. */
    private static final double EDGE_Y = 160 + 76 / 2.0;

    private KitWindow shown;
    private GraphCanvas canvas;
    private DesignDocument doc;

    @Start
    void start(Stage stage) {
        shown = KitWindow.show(stage, KitWindow.sample());
        canvas = shown.designer().canvas();
        doc = shown.designer().document();
    }

    @AfterEach
    void cleanUp() throws Exception {
        shown.close();
    }

    /** The screen point of a world point, with that point brought to the middle of the canvas at 80 %. */
    private Point2D showAndLocate(FxRobot robot, double worldX, double worldY) {
        robot.interact(() -> {
            canvas.zoomBy(0.8 / canvas.viewport().scale());
            canvas.viewport().centerOn(worldX, worldY, canvas.getWidth(), canvas.getHeight());
        });
        return canvas.localToScreen(canvas.viewport().toLocal(worldX, worldY));
    }

    /** The middle height of an edge that carries data: it runs between the ports of its binding. */
    private double dataEdgeY(String from, String to) {
        double[] e = canvas.edgeEnds(from, to);
        return (e[1] + e[3]) / 2;
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private boolean present(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false);
    }

    private boolean evaluateTakesTheModel() {
        return doc.step("evaluate").orElseThrow().artifactArguments.stream().anyMatch(a -> a.name.equals("model"));
    }

    @Test
    void clickingTrainToEvaluateListsTheModelAndRemoveUnbindsItAsOneUndoStep(FxRobot robot) throws Exception {
        robot.clickOn(showAndLocate(robot, (360 + 220 + 640) / 2.0, dataEdgeY("train", "evaluate")));
        waitFor(() -> new Dependency("train", "evaluate").equals(canvas.selectedEdgeProperty().get()));
        assertThat(doc.selection().edge()).isEqualTo(new Selection.Edge("train", "evaluate"));
        waitFor(() -> present(robot, "#edge-form"));
        assertThat(text(robot, "#edge-title")).isEqualTo("train → evaluate");
        assertThat(text(robot, "#edge-binding-model")).isEqualTo("model ← train.model");
        assertThat(robot.lookup("#edge-form").queryAs(EdgeForm.class).lookupAll(".edge-binding"))
                .as("only the model flows from train; evaluate's dataset comes from prepare-data").hasSize(1);
        assertThat(robot.lookup("#edge-form .edge-binding .form-note").queryAs(Label.class).getText())
                .isEqualTo("artifact");

        int depth = doc.jobs().undoDepth();
        robot.clickOn("#edge-unbind-model");
        waitFor(() -> !evaluateTakesTheModel());
        assertThat(doc.jobs().undoDepth()).isEqualTo(depth + 1);
        assertThat(doc.step("evaluate").orElseThrow().dependsOn).as("the dependency stays").contains("train");
        // the list follows: nothing flows any more, the edge only orders
        waitFor(() -> present(robot, "#edge-ordering-only"));
        assertThat(robot.lookup("#edge-binding-model").tryQuery()).isEmpty();
        waitFor(() -> canvas.edgeLabel("train", "evaluate") == null);

        robot.interact(() -> doc.jobs().undo());
        waitFor(() -> present(robot, "#edge-binding-model"));
        assertThat(evaluateTakesTheModel()).isTrue();
        assertThat(doc.step("evaluate").orElseThrow().artifactArguments.stream()
                .filter(a -> a.name.equals("model")).findFirst().orElseThrow().from)
                .isEqualTo("{{tasks.train.outputs.artifacts.model}}");
        waitFor(() -> "model".equals(canvas.edgeLabel("train", "evaluate")));
    }

    @Test
    void anOrderingOnlyEdgeSaysSoAndOffersToRemoveTheDependency(FxRobot robot) throws Exception {
        robot.clickOn(showAndLocate(robot, (640 + 220 + 920) / 2.0, EDGE_Y));
        waitFor(() -> present(robot, "#edge-ordering-only"));
        assertThat(text(robot, "#edge-title")).isEqualTo("evaluate → deploy");
        assertThat(text(robot, "#edge-ordering-only")).contains("deploy runs after evaluate", "no data flows");

        int depth = doc.jobs().undoDepth();
        robot.clickOn("#edge-remove-dependency");
        waitFor(() -> !doc.step("deploy").orElseThrow().dependsOn.contains("evaluate"));
        assertThat(doc.jobs().undoDepth()).isEqualTo(depth + 1);
        // the edge is gone, and with it the selection: the sheet shows the pipeline again
        waitFor(() -> robot.lookup("#edge-form").tryQuery().isEmpty());
        assertThat(doc.selection().edge()).isNull();

        robot.interact(() -> doc.jobs().undo());
        assertThat(doc.step("deploy").orElseThrow().dependsOn).contains("evaluate");
    }

    @Test
    void selectingAStepAfterAnEdgeShowsTheStep(FxRobot robot) throws Exception {
        robot.clickOn(showAndLocate(robot, (360 + 220 + 640) / 2.0, dataEdgeY("train", "evaluate")));
        waitFor(() -> present(robot, "#edge-form"));
        robot.clickOn("#node-train");
        waitFor(() -> robot.lookup("#edge-form").tryQuery().isEmpty());
        assertThat(doc.selection().edge()).isNull();
        assertThat(robot.lookup("#prop-name").queryTextInputControl().getText()).isEqualTo("train");
    }
}
