package dev.orrery.designer.canvas;

import static dev.orrery.designer.KitWindow.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.core.model.Graph;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Position;
import dev.orrery.core.model.Template;
import dev.orrery.designer.KeyHelp;
import dev.orrery.designer.KitWindow;
import dev.orrery.designer.doc.DesignDocument;
import dev.orrery.designer.job.CanvasJobsTest;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Desktop habits on the canvas, used as a person would in a bare kit window: a hint on an empty
 * canvas, the canvas's context menu, selecting and deleting an edge, Escape, arrow-key nudges.
 */
@ExtendWith(ApplicationExtension.class)
class CanvasHabitsTest {
    private Stage stage;
    private KitWindow kit;
    private DesignDocument doc;
    private GraphCanvas canvas;

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

    /** a → b → c in a row, 300 units apart. */
    private void showChain(FxRobot robot) throws Exception {
        Pipeline p = CanvasJobsTest.chain();
        p.layout.put("a", new Position(0, 0));
        p.layout.put("b", new Position(300, 0));
        p.layout.put("c", new Position(600, 0));
        show(robot, p);
        waitFor(() -> robot.lookup("#node-c").tryQuery().isPresent());
    }

    private void show(FxRobot robot, Pipeline p) {
        robot.interact(() -> kit = KitWindow.show(stage, p));
        doc = kit.designer().document();
        canvas = kit.designer().canvas();
    }

    /** The screen point of a world point of the canvas. */
    private Point2D screen(double worldX, double worldY) {
        Point2D local = canvas.viewport().toLocal(worldX, worldY);
        return canvas.localToScreen(local);
    }

    private Point2D world(Point2D screen) {
        Point2D local = canvas.screenToLocal(screen);
        return canvas.viewport().toWorld(local.getX(), local.getY());
    }

    /** A point of the canvas near its lower right corner, where no step is. */
    private Point2D emptyCorner() {
        Point2D local = new Point2D(canvas.getWidth() - 30, canvas.getHeight() - 30);
        assertThat(canvas.stepAt(local)).isNull();
        return canvas.localToScreen(local);
    }

    /** The middle of the edge a → b as drawn (a and b in a row). */
    private Point2D middleOfEdgeAB() {
        return screen((NodeView.WIDTH + 300) / 2, NodeView.HEIGHT / 2);
    }

    /** Clicks a menu item of a shown (context) menu, once its menu has been shown. */
    private void clickMenuItem(FxRobot robot, String id) throws Exception {
        waitFor(() -> robot.lookup(id).match(n -> n.getScene() != null && n.getScene().getWindow().isShowing())
                .tryQuery().isPresent());
        // sideways first, as a person does: a path over the menu's other items would close a submenu
        robot.clickOn(robot.lookup(id).match(n -> n.getScene() != null && n.getScene().getWindow().isShowing())
                .<Node>query(), org.testfx.robot.Motion.HORIZONTAL_FIRST);
    }

    private void ctrl(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
    }

    @Test
    void anEmptyCanvasSaysWhatToDoUntilAStepIsAdded(FxRobot robot) throws Exception {
        Pipeline blank = new Pipeline();
        blank.name = "blank";
        blank.entrypoint = "main";
        Template main = new Template("main");
        main.graph = new Graph();
        blank.templates.add(main);
        show(robot, blank);
        waitFor(() -> robot.lookup("#canvas-hint").tryQuery().map(Node::isVisible).orElse(false));

        robot.doubleClickOn("#palette-train");
        waitFor(() -> doc.graph().steps.size() == 1);
        waitFor(() -> !robot.lookup("#canvas-hint").query().isVisible());

        robot.clickOn(canvas, MouseButton.PRIMARY);
        ctrl(robot, KeyCode.Z);
        waitFor(() -> doc.graph().steps.isEmpty());
        waitFor(() -> robot.lookup("#canvas-hint").query().isVisible());
    }

    @Test
    void theCanvasMenuAddsAStepWhereClickedPastesThereLaysOutAndFits(FxRobot robot) throws Exception {
        showChain(robot);
        Point2D below = screen(300 + NodeView.WIDTH / 2, 300);
        robot.moveTo(below).clickOn(MouseButton.SECONDARY);
        clickMenuItem(robot, "#canvas-menu-add");
        clickMenuItem(robot, "#canvas-menu-add-script");
        waitFor(() -> doc.graph().steps.size() == 4);
        String added = doc.graph().steps.get(3).name;
        Position at = doc.pipeline().layout.get(added);
        Point2D clicked = world(below);
        assertThat(at.x() + NodeView.WIDTH / 2).isCloseTo(clicked.getX(), org.assertj.core.data.Offset.offset(20.0));
        assertThat(at.y() + NodeView.HEIGHT / 2).isCloseTo(clicked.getY(), org.assertj.core.data.Offset.offset(20.0));

        robot.clickOn("#node-a");
        ctrl(robot, KeyCode.C);
        Point2D left = screen(0, 300);
        robot.moveTo(left).clickOn(MouseButton.SECONDARY);
        clickMenuItem(robot, "#canvas-menu-paste");
        waitFor(() -> doc.step("a-2").isPresent());
        Position pasted = doc.pipeline().layout.get("a-2");
        assertThat(Math.abs(pasted.x() - world(left).getX())).isLessThanOrEqualTo(20);
        assertThat(Math.abs(pasted.y() - world(left).getY())).isLessThanOrEqualTo(20);

        int before = doc.jobs().undoDepth();
        robot.moveTo(emptyCorner()).clickOn(MouseButton.SECONDARY);
        clickMenuItem(robot, "#canvas-menu-layout");
        waitFor(() -> doc.jobs().undoDepth() == before + 1);
        assertThat(doc.jobs().undoDescriptionProperty().get()).isEqualTo("Auto layout");

        robot.interact(() -> canvas.zoomBy(2.5));
        double zoomed = canvas.viewport().scale();
        robot.moveTo(emptyCorner()).clickOn(MouseButton.SECONDARY);
        clickMenuItem(robot, "#canvas-menu-fit");
        waitFor(() -> canvas.viewport().scale() < zoomed);
    }

    @Test
    void clickingAnEdgeSelectsItAndDeleteRemovesTheDependencyAsOneUndoableEdit(FxRobot robot) throws Exception {
        showChain(robot);
        // a field has the focus first: clicking the canvas must take it, so Delete reaches the canvas
        robot.clickOn("#node-b");
        waitFor(() -> robot.lookup("#prop-when").tryQuery().isPresent());
        robot.clickOn("#prop-when");
        waitFor(() -> robot.lookup("#prop-when").query().isFocused());

        robot.clickOn(middleOfEdgeAB());
        waitFor(() -> new Dependency("a", "b").equals(canvas.selectedEdgeProperty().get()));
        assertThat(canvas.isFocused()).isTrue();
        assertThat(doc.selection().steps()).as("an edge is selected instead of steps").isEmpty();
        assertThat(robot.lookup("#selected-edge").query().isVisible()).isTrue();

        int before = doc.jobs().undoDepth();
        robot.type(KeyCode.DELETE);
        waitFor(() -> doc.step("b").orElseThrow().dependsOn.isEmpty());
        assertThat(doc.jobs().undoDepth()).isEqualTo(before + 1);
        assertThat(doc.graph().steps).hasSize(3);
        assertThat(canvas.selectedEdgeProperty().get()).isNull();

        ctrl(robot, KeyCode.Z);
        waitFor(() -> doc.step("b").orElseThrow().dependsOn.contains("a"));

        // a click away from every edge selects nothing
        robot.clickOn(middleOfEdgeAB());
        waitFor(() -> canvas.selectedEdgeProperty().get() != null);
        robot.clickOn(screen(300, 400));
        waitFor(() -> canvas.selectedEdgeProperty().get() == null);
    }

    @Test
    void escapeClearsTheSelectionOfStepsAndOfAnEdge(FxRobot robot) throws Exception {
        showChain(robot);
        robot.clickOn("#node-a");
        waitFor(() -> doc.selection().isSelected("a"));
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> doc.selection().steps().isEmpty());

        robot.clickOn(middleOfEdgeAB());
        waitFor(() -> canvas.selectedEdgeProperty().get() != null);
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> canvas.selectedEdgeProperty().get() == null);
        assertThat(robot.lookup("#selected-edge").query().isVisible()).isFalse();
    }

    /** A read-only canvas (a run's graph in the monitor) selects an edge on a click, and edits nothing. */
    @Test
    void aReadOnlyCanvasSelectsAnEdgeButDeleteLeavesItsDependency(FxRobot robot) throws Exception {
        showChain(robot);
        robot.interact(() -> canvas.editableProperty().set(false));

        robot.clickOn(middleOfEdgeAB());
        waitFor(() -> new Dependency("a", "b").equals(canvas.selectedEdgeProperty().get()));
        robot.type(KeyCode.DELETE);
        assertThat(doc.step("b").orElseThrow().dependsOn).containsExactly("a");
        assertThat(canvas.selectedEdgeProperty().get()).isEqualTo(new Dependency("a", "b"));
    }

    @Test
    void arrowKeysNudgeTheSelectedStepsOneUndoStepPerBurst(FxRobot robot) throws Exception {
        showChain(robot);
        robot.clickOn("#node-b");
        waitFor(() -> doc.selection().isSelected("b"));
        int before = doc.jobs().undoDepth();

        robot.type(KeyCode.RIGHT);
        waitFor(() -> doc.pipeline().layout.get("b").equals(new Position(300 + CanvasKeys.NUDGE, 0)));
        robot.type(KeyCode.DOWN);
        waitFor(() -> doc.pipeline().layout.get("b").equals(new Position(300 + CanvasKeys.NUDGE, CanvasKeys.NUDGE)));
        assertThat(doc.jobs().undoDepth()).as("one undo step per key").isEqualTo(before + 2);

        // a burst: arrow keys held together move as one, until the last one is released
        robot.press(KeyCode.LEFT);
        robot.press(KeyCode.UP);
        robot.release(KeyCode.LEFT);
        robot.release(KeyCode.UP);
        waitFor(() -> doc.pipeline().layout.get("b").equals(new Position(300, 0)));
        assertThat(doc.jobs().undoDepth()).isEqualTo(before + 3);
        assertThat(doc.jobs().undoDescriptionProperty().get()).isEqualTo("Nudge b");

        ctrl(robot, KeyCode.Z);
        waitFor(() -> doc.pipeline().layout.get("b").equals(new Position(300 + CanvasKeys.NUDGE, CanvasKeys.NUDGE)));
    }

    @Test
    void theCanvasPublishesItsKeysForAHostsHelp(FxRobot robot) throws Exception {
        showChain(robot);
        assertThat(KeyHelp.of(canvas)).extracting(KeyHelp.Shortcut::keys)
                .contains("Escape", "Arrow keys", "Delete / Backspace", "Click an edge", "Right-click");
    }
}
