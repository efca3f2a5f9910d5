package dev.orrery.app.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.app.shell.SamplePipeline;
import dev.orrery.core.model.Pipeline;
import dev.orrery.designer.Designer;
import dev.orrery.designer.canvas.CanvasStats;
import dev.orrery.designer.canvas.GraphCanvas;
import dev.orrery.designer.canvas.NodeOverlay;
import dev.orrery.designer.doc.DesignDocument;
import dev.orrery.designer.doc.Problems;
import dev.orrery.runtime.Phase;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A run's phase changes on the monitor's canvas: at full detail they restyle the step's node view
 * only, and leave the bitmap of edges and boxes alone (repainting it made the software renderer
 * repaint the whole canvas on every update); zoomed out, where the bitmap draws them, they repaint it.
 */
@ExtendWith(ApplicationExtension.class)
class PhaseRepaintTest {
    private GraphCanvas canvas;
    private String step;

    @Start
    void start(Stage stage) {
        Pipeline pipeline = SamplePipeline.build();
        DesignDocument doc = new DesignDocument(pipeline);
        canvas = new GraphCanvas(doc, new Problems(doc, p -> List.of(), Runnable::run));
        canvas.editableProperty().set(false);
        step = pipeline.mainGraph().orElseThrow().steps.get(0).name;
        Scene scene = new Scene(canvas, 1000, 700);
        scene.getStylesheets().add(Designer.STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    private Map<String, NodeOverlay> phase(Phase phase) {
        Map<String, NodeOverlay> overlays = new HashMap<>();
        overlays.put(step, StepPhases.overlay(phase));
        return overlays;
    }

    private void setAndLayOut(FxRobot robot, Map<String, NodeOverlay> overlays) {
        robot.interact(() -> {
            canvas.overlaysProperty().set(overlays);
            canvas.layout();
        });
    }

    @Test
    void atFullDetailAPhaseChangeRestylesTheNodeViewWithoutRepaintingTheGraph(FxRobot robot) {
        robot.interact(() -> {
            canvas.actualSize();
            canvas.reveal(step);
            canvas.layout();
        });
        setAndLayOut(robot, phase(Phase.PENDING));
        long painted = CanvasStats.of(canvas).graphPaints();
        setAndLayOut(robot, phase(Phase.RUNNING));
        setAndLayOut(robot, phase(Phase.SUCCEEDED));
        assertThat(canvas.viewOf(step).overlay().pseudoClass()).isEqualTo(StepPhases.overlay(Phase.SUCCEEDED)
                .pseudoClass());
        assertThat(CanvasStats.of(canvas).graphPaints()).as("bitmap not repainted").isEqualTo(painted);
    }

    @Test
    void zoomedOutAPhaseChangeRepaintsTheGraphWhichDrawsIt(FxRobot robot) {
        robot.interact(() -> {
            canvas.viewport().scaleProperty().set(0.2);
            canvas.layout();
        });
        setAndLayOut(robot, phase(Phase.PENDING));
        long painted = CanvasStats.of(canvas).graphPaints();
        assertThat(canvas.viewOf(step)).as("no node views zoomed out").isNull();
        setAndLayOut(robot, phase(Phase.FAILED));
        assertThat(CanvasStats.of(canvas).graphPaints()).isGreaterThan(painted);
    }
}
