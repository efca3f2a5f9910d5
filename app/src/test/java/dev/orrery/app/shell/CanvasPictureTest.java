package dev.orrery.app.shell;

import static dev.orrery.app.shell.TestWindow.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.core.model.Container;
import dev.orrery.core.model.Graph;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Position;
import dev.orrery.core.model.Step;
import dev.orrery.core.model.Template;
import dev.orrery.designer.Designer;
import dev.orrery.designer.canvas.CanvasStats;
import dev.orrery.designer.canvas.GraphCanvas;
import dev.orrery.designer.canvas.NodeView;
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
 * zooming and the sharp one after, and node views made over several frames when many come into view.
 */
@ExtendWith(ApplicationExtension.class)
class CanvasPictureTest {
    private static final int COLUMNS = 20;
    private static final int ROWS = 30;
    private GraphCanvas canvas;

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
        Designer designer = new Designer(grid(), PipelineChecker.VALIDATOR);
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

        waitFor(() -> CanvasStats.of(canvas).liveViews() == inView);
        assertThat(robot.lookup("#node-s-10-15").tryQuery()).isPresent();
    }

    private int stepsInView() {
        Rectangle2D view = canvas.viewport().visibleWorld(canvas.getWidth(), canvas.getHeight());
        return (int) canvas.positions().values().stream()
                .filter(p -> view.intersects(p.x() - 10, p.y() - 10, NodeView.WIDTH + 20, NodeView.HEIGHT + 20))
                .count();
    }
}
