package dev.orrery.designer.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.core.model.Pipeline;
import dev.orrery.designer.Designer;
import dev.orrery.designer.doc.PipelineChecker;
import java.util.concurrent.CompletableFuture;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A pipeline's canvas lookups made off the FX thread while a file opens, then adopted with the load. */
@ExtendWith(ApplicationExtension.class)
class PreparedGraphTest {
    private Designer designer;

    @Start
    void start(Stage stage) {
        Pipeline empty = new Pipeline();
        empty.name = "empty";
        designer = new Designer(empty, PipelineChecker.VALIDATOR);
        stage.setScene(new Scene(new BorderPane(designer.canvas()), 800, 600));
        stage.show();
    }

    @Test
    void whatWasPreparedOffTheFxThreadIsWhatTheCanvasDrawsAndAnotherPipelinesIsIgnored() throws Exception {
        Pipeline grid = CanvasPictureTest.grid();
        PreparedGraph prepared = CompletableFuture.supplyAsync(() -> PreparedGraph.of(grid)).get();
        GraphCanvas canvas = designer.canvas();

        var adopted = WaitForAsyncUtils.asyncFx(() -> {
            designer.document().load(grid, null);
            canvas.adopt(prepared);
            return canvas.index();
        }).get();
        assertThat(adopted.steps).hasSize(600);
        assertThat(canvas.edgeLook("s-0-0", "s-1-0")).isEqualTo(EdgeLook.ORDER);
        // the same lookups as the canvas makes itself for that pipeline
        GraphIndex own = new GraphIndex(grid, designer.document().shownGraph());
        assertThat(adopted.byName.keySet()).containsExactlyElementsOf(own.byName.keySet());
        assertThat(adopted.ports).isEqualTo(own.ports);
        assertThat(adopted.facts).isEqualTo(own.facts);
        // and the same geometry, zoomed out and in detail, as the canvas works out from the step positions
        for (boolean detail : new boolean[] {false, true}) {
            GraphGeometry drawn = WaitForAsyncUtils.asyncFx(() -> {
                canvas.viewport().scaleProperty().set(detail ? 1.0 : 0.1);
                return canvas.geometry();
            }).get();
            GraphGeometry worked = WaitForAsyncUtils.asyncFx(() -> new GraphGeometry(own, canvas::position, detail)).get();
            assertThat(drawn.x).containsExactly(worked.x);
            assertThat(drawn.y).containsExactly(worked.y);
            assertThat(drawn.edges).containsExactly(worked.edges);
            // the grid's candidates for the top left corner: the steps there, none from far away
            int[] near = drawn.grid().steps(new javafx.geometry.Rectangle2D(0, 0, 700, 300));
            assertThat(near).contains(0, 1, 2, 30, 31, 32, 60, 61, 62).isSorted();
            assertThat(java.util.Arrays.stream(near).boxed().toList())
                    .allMatch(i -> i / CanvasPictureTest.ROWS < 5 && i % CanvasPictureTest.ROWS < 10);
        }

        // prepared for one pipeline, adopted after another was loaded: the canvas indexes the loaded one
        Pipeline other = CanvasPictureTest.grid();
        other.name = "other";
        other.templates.get(1).graph.steps.remove(599);
        var afterOther = WaitForAsyncUtils.asyncFx(() -> {
            designer.document().load(other, null);
            canvas.adopt(prepared);
            return canvas.index();
        }).get();
        assertThat(afterOther.steps).hasSize(599);
    }
}
