package dev.orrery.designer.canvas;

import static dev.orrery.designer.KitWindow.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.core.model.Container;
import dev.orrery.core.model.Graph;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Position;
import dev.orrery.core.model.Step;
import dev.orrery.core.model.Template;
import dev.orrery.designer.Designer;
import dev.orrery.designer.doc.PipelineChecker;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The canvas's picture on a graph of 600 steps: what a pan or zoom repaints, the quick picture while
 * zooming and the sharp one after, steps painted as their views look while the view moves, and node
 * views made over several frames once it rests.
 */
@ExtendWith(ApplicationExtension.class)
class CanvasPictureTest {
    private static final int COLUMNS = 20;
    static final int ROWS = 30;
    private GraphCanvas canvas;
    private Designer designer;

    /** A grid of steps, each depending on its neighbour in the column before. */
    static Pipeline grid() {
        Pipeline p = new Pipeline();
        p.name = "grid";
        p.entrypoint = "main";
        Template echo = new Template("echo");
        echo.container = new Container();
        echo.container.image = "busybox";
        p.templates.add(echo);
        Template main = new Template("main");
        main.graph = new Graph();
        p.templates.add(main);
        for (int c = 0; c < COLUMNS; c++) {
            for (int r = 0; r < ROWS; r++) {
                Step s = new Step("s-" + c + "-" + r, "echo");
                if (c > 0) {
                    s.dependsOn.add("s-" + (c - 1) + "-" + r);
                }
                main.graph.steps.add(s);
                p.layout.put(s.name, new Position(c * 300, r * 120));
            }
        }
        return p;
    }

    @Start
    void start(Stage stage) {
        designer = new Designer(grid(), PipelineChecker.VALIDATOR);
        canvas = designer.canvas();
        Scene scene = new Scene(new BorderPane(canvas), 1200, 800);
        scene.getStylesheets().add(Designer.STYLESHEET);
        stage.setScene(scene);
        stage.show();
        canvas.fit();
    }

    @Test
    void aPanInsideThePictureOnlyMovesItAndOnePastItsMarginPaintsOnce(FxRobot robot) throws Exception {
        waitFor(() -> CanvasStats.of(canvas).pictureSharp());
        long painted = CanvasStats.of(canvas).graphPaints();

        robot.interact(() -> canvas.viewport().panBy(40, -25));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(CanvasStats.of(canvas).graphPaints()).as("moved, not painted").isEqualTo(painted);
        assertThat(CanvasStats.of(canvas).pictureSharp()).isTrue();

        robot.interact(() -> canvas.viewport().panBy(canvas.getWidth(), 0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(CanvasStats.of(canvas).graphPaints()).as("painted once for the newly exposed part").isEqualTo(painted + 1);
        waitFor(() -> CanvasStats.of(canvas).pictureSharp());
    }

    @Test
    void zoomingShowsQuickPicturesAndTheSharpOneOnceItPauses(FxRobot robot) throws Exception {
        waitFor(() -> CanvasStats.of(canvas).pictureSharp());
        long sharp = CanvasStats.of(canvas).sharpPaints();
        // three zoom steps, each laid out, in one FX task: no timer can run in between, however slow the machine
        boolean sharpWhileZooming = WaitForAsyncUtils.asyncFx(() -> {
            for (int i = 0; i < 3; i++) {
                canvas.zoomBy(1.1);
                canvas.layout();
            }
            return CanvasStats.of(canvas).pictureSharp();
        }).get();
        assertThat(sharpWhileZooming).as("aliased while the scale keeps changing").isFalse();
        waitFor(() -> CanvasStats.of(canvas).pictureSharp());
        assertThat(CanvasStats.of(canvas).sharpPaints()).isGreaterThan(sharp);
    }

    @Test
    void manyStepsComingIntoDetailGetTheirNodeViewsOverSeveralFrames(FxRobot robot) throws Exception {
        assertThat(CanvasStats.of(canvas).liveViews()).as("zoomed out: boxes only").isZero();
        robot.interact(() -> canvas.viewport().zoomAt(0.5, canvas.getWidth() / 2, canvas.getHeight() / 2));
        int inView = WaitForAsyncUtils.asyncFx(this::stepsInView).get();
        assertThat(inView).isGreaterThan(100);
        assertThat(CanvasStats.of(canvas).liveViews()).as("not all in the first frames").isLessThan(inView);

        // one new view a frame: over a hundred frames, which a loaded machine stretches well past 10 s
        waitFor(90, () -> CanvasStats.of(canvas).liveViews() == inView);
        assertThat(robot.lookup("#node-s-10-15").tryQuery()).isPresent();
    }

    @Test
    void whileTheViewMovesStepsArePaintedAsTheirViewsLookAndViewsAreMadeOnceItRests(FxRobot robot) throws Exception {
        String step = "s-10-15";
        // zoom to 100 % on the step and pan a little on each of several frames, as a drag does
        boolean[] painted = WaitForAsyncUtils.asyncFx(() -> {
            Position p = canvas.position(step);
            canvas.viewport().zoomAt(1.0, canvas.getWidth() / 2, canvas.getHeight() / 2);
            canvas.viewport().centerOn(p.x() + NodeView.WIDTH / 2, p.y() + NodeView.HEIGHT / 2, canvas.getWidth(),
                    canvas.getHeight());
            for (int i = 0; i < 4; i++) {
                canvas.viewport().panBy(3, 2);
                canvas.layout();
            }
            return new boolean[] {CanvasStats.of(canvas).liveViews() == 0, hasText(step), bodyFilled(step)};
        }).get();
        assertThat(painted[0]).as("no node view is made while the view moves").isTrue();
        assertThat(painted[1]).as("the step's name is painted where its view would show it").isTrue();
        assertThat(painted[2]).as("the step's body is painted in the node colour").isTrue();

        // a painted step takes a press as its view would: selected, then moved by a drag (one undo step)
        Position before = WaitForAsyncUtils.asyncFx(() -> canvas.position(step)).get();
        boolean[] pressed = WaitForAsyncUtils.asyncFx(() -> {
            double s = canvas.viewport().scale();
            javafx.geometry.Point2D at = canvas.localToScene(
                    (before.x() + NodeView.WIDTH / 2) * s + canvas.viewport().txProperty().get(),
                    (before.y() + NodeView.HEIGHT / 2) * s + canvas.viewport().tyProperty().get());
            boolean withoutView = canvas.viewOf(step) == null;
            mouse(javafx.scene.input.MouseEvent.MOUSE_PRESSED, at.getX(), at.getY());
            boolean selected = designerDoc().selection().steps().equals(java.util.Set.of(step));
            mouse(javafx.scene.input.MouseEvent.MOUSE_DRAGGED, at.getX() + 60, at.getY());
            mouse(javafx.scene.input.MouseEvent.MOUSE_RELEASED, at.getX() + 60, at.getY());
            return new boolean[] {withoutView, selected};
        }).get();
        assertThat(pressed[0]).as("pressed where the step is painted, before its view is made").isTrue();
        assertThat(pressed[1]).as("the press selected the step").isTrue();
        Position after = WaitForAsyncUtils.asyncFx(() -> canvas.position(step)).get();
        assertThat(after.x()).isEqualTo(before.x() + 60);
        assertThat(after.y()).isEqualTo(before.y());

        waitFor(90, () -> CanvasStats.of(canvas).liveViews() > 0 && robot.lookup("#node-" + step).tryQuery().isPresent());
    }

    private void mouse(javafx.event.EventType<javafx.scene.input.MouseEvent> type, double sceneX, double sceneY) {
        canvas.fireEvent(new javafx.scene.input.MouseEvent(type, sceneX, sceneY, sceneX, sceneY,
                javafx.scene.input.MouseButton.PRIMARY, 1, false, false, false, false,
                type != javafx.scene.input.MouseEvent.MOUSE_RELEASED, false, false, false, false, false, null));
    }

    private dev.orrery.designer.doc.DesignDocument designerDoc() {
        return designer.document();
    }

    /** Whether the picture has dark (text) pixels in the strip where a node view shows the step's name. */
    private boolean hasText(String step) {
        int dark = 0;
        for (int x = 40; x < 140; x++) {
            for (int y = 10; y < 24; y++) {
                if (pictureAt(step, x, y).getBrightness() < 0.5) {
                    dark++;
                }
            }
        }
        return dark > 20;
    }

    /** Whether the picture shows the node's fill (white), not the canvas background, inside the step's box. */
    private boolean bodyFilled(String step) {
        return pictureAt(step, NodeView.WIDTH - 30, NodeView.HEIGHT - 8).equals(javafx.scene.paint.Color.WHITE);
    }

    /** The picture's colour at a point given in world units from the step's top-left corner. */
    private javafx.scene.paint.Color pictureAt(String step, double dx, double dy) {
        javafx.scene.image.ImageView picture = (javafx.scene.image.ImageView) canvas.getChildrenUnmodifiable().get(0);
        Position p = canvas.position(step);
        double s = canvas.viewport().scale();
        long tx = CanvasLayers.snap(canvas.viewport().txProperty().get());
        long ty = CanvasLayers.snap(canvas.viewport().tyProperty().get());
        int px = (int) Math.round((p.x() + dx) * s + tx - picture.getLayoutX());
        int py = (int) Math.round((p.y() + dy) * s + ty - picture.getLayoutY());
        return picture.getImage().getPixelReader().getColor(px, py);
    }

    private int stepsInView() {
        Rectangle2D view = canvas.viewport().visibleWorld(canvas.getWidth(), canvas.getHeight());
        return (int) canvas.positions().values().stream()
                .filter(p -> view.intersects(p.x() - 10, p.y() - 10, NodeView.WIDTH + 20, NodeView.HEIGHT + 20))
                .count();
    }
}
