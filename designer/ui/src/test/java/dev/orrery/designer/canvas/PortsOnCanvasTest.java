package dev.orrery.designer.canvas;

import static dev.orrery.designer.KitWindow.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.designer.KitWindow;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Each step shows its inputs and outputs as named ports on the canvas; edges meet them. */
@ExtendWith(ApplicationExtension.class)
class PortsOnCanvasTest {
    /** One step with more inputs than a side shows, one with a single output. */
    static final String WIDE = """
            apiVersion: orrery.dev/v1alpha1
            kind: Pipeline
            metadata: {name: wide}
            spec:
              entrypoint: main
              steps:
                - name: source
                  image: busybox
                  command: [sh, -c, "echo hi > /tmp/out"]
                  outputs:
                    artifacts: [{name: out, path: /tmp/out}]
                - name: wide
                  dependsOn: [source]
                  image: busybox
                  command: [echo]
                  inputs:
                    parameters: [{name: a, value: "1"}, {name: b, value: "2"}, {name: c, value: "3"},
                                 {name: d, value: "4"}, {name: e, value: "5"}]
                    artifacts: [{name: f, path: /tmp/f}]
              layout:
                source: [80, 80]
                wide: [400, 80]
            """;

    private KitWindow shown;
    private GraphCanvas canvas;

    @Start
    void start(Stage stage) {
        shown = KitWindow.show(stage, KitWindow.sample());
        canvas = shown.designer().canvas();
    }

    @AfterEach
    void cleanUp() throws Exception {
        shown.close();
    }

    private Shape port(String step, PortLayout.Side side, String name) {
        NodeView v = canvas.viewOf(step);
        return v == null ? null : v.ports().port(side, name);
    }

    @Test
    void aWiredPipelineShowsNamedPortsTellingArtifactsFromParameters(FxRobot robot) throws Exception {
        waitFor(() -> port("evaluate", PortLayout.Side.OUTPUT, "accuracy") != null);
        NodeView evaluate = canvas.viewOf("evaluate");
        assertThat(evaluate.ports().ports()).extracting(Shape::getId).containsExactly("port-evaluate-in-model",
                "port-evaluate-in-dataset", "port-evaluate-out-metrics", "port-evaluate-out-accuracy");
        // ports are named beside the node unless a binding runs through them (then the edge carries the name)
        assertThat(evaluate.ports().names()).containsExactly("metrics", "accuracy");
        assertThat(canvas.viewOf("train").ports().names()).containsExactly("metrics");
        Shape model = port("evaluate", PortLayout.Side.INPUT, "model");
        assertThat(model.getStyleClass()).contains("bound");
        assertThat(model).isInstanceOf(Rectangle.class);
        assertThat(model.getStyleClass()).contains("io-port", "artifact-port", "io-input");
        Shape accuracy = port("evaluate", PortLayout.Side.OUTPUT, "accuracy");
        assertThat(accuracy).isInstanceOf(Circle.class);
        assertThat(accuracy.getStyleClass()).contains("io-port", "parameter-port", "io-output");
        assertThat(robot.lookup("#port-train-out-model").tryQuery()).isPresent();
        // inputs on the left edge, outputs on the right
        Bounds node = evaluate.localToScene(evaluate.getLayoutBounds());
        assertThat(centre(model).getX()).isCloseTo(node.getMinX(), org.assertj.core.data.Offset.offset(1.5));
        assertThat(centre(accuracy).getX()).isCloseTo(node.getMaxX(), org.assertj.core.data.Offset.offset(1.5));

        // the Train → Evaluate edge, which carries the model, runs between the two model ports
        GraphGeometry geo = canvas.geometry();
        int k = geo.edge("train", "evaluate");
        Point2D start = canvas.localToScene(canvas.viewport().toLocal(geo.edges[4 * k], geo.edges[4 * k + 1]));
        Point2D end = canvas.localToScene(canvas.viewport().toLocal(geo.edges[4 * k + 2], geo.edges[4 * k + 3]));
        assertThat(start.distance(centre(port("train", PortLayout.Side.OUTPUT, "model")))).isLessThan(1.5);
        assertThat(end.distance(centre(model))).isLessThan(1.5);

        // hovering a port shows the artifact's path
        hover(robot, model);
        assertThat(PortTip.existing(canvas.getScene()).getText()).contains("model").contains("/data/model.json");
        hover(robot, accuracy);
        assertThat(PortTip.existing(canvas.getScene()).getText()).contains("accuracy");
        assertThat(PortTip.existing(canvas.getScene()).getText()).contains("/tmp/accuracy");
        leave(robot);
    }

    @Test
    void pastAHandfulOfPortsASideFoldsIntoOneWithACount(FxRobot robot) throws Exception {
        shown.load(KitWindow.parse(WIDE));
        waitFor(() -> canvas.viewOf("wide") != null && canvas.viewOf("wide").ports().count(PortLayout.Side.INPUT) != null);
        NodeView wide = canvas.viewOf("wide");
        assertThat(wide.ports().count(PortLayout.Side.INPUT)).isEqualTo("6");
        assertThat(wide.ports().ports()).isEmpty();
        assertThat(wide.inputPort().getPseudoClassStates()).extracting(Object::toString).contains("folded");
        assertThat(canvas.viewOf("source").ports().count(PortLayout.Side.OUTPUT)).isNull();
        assertThat(canvas.viewOf("source").ports().ports()).extracting(Shape::getId).containsExactly("port-source-out-out");
        assertThat(canvas.viewOf("source").ports().names()).containsExactly("out");

        // the folded port lists what it holds on hover
        hover(robot, wide.inputPort());
        assertThat(PortTip.existing(canvas.getScene()).getText()).startsWith("6 inputs").contains("a (parameter)").contains("f (artifact)");
        leave(robot);
    }

    /** Rests the mouse on a port until its tooltip shows. */
    private void hover(FxRobot robot, javafx.scene.Node port) throws Exception {
        robot.moveTo(port);
        waitFor(() -> port.isHover() && PortTip.existing(canvas.getScene()) != null
                && PortTip.existing(canvas.getScene()).isShowing());
    }

    /** Moves off the ports so the tooltip hides: the next test's window is the same stage. */
    private void leave(FxRobot robot) throws Exception {
        Bounds b = canvas.localToScreen(canvas.getBoundsInLocal());
        robot.moveTo(new Point2D(b.getMinX() + 3, b.getMinY() + 3));
        waitFor(() -> !PortTip.existing(canvas.getScene()).isShowing());
    }

    private static Point2D centre(Shape s) {
        Bounds b = s.localToScene(s.getBoundsInLocal());
        return new Point2D(b.getCenterX(), b.getCenterY());
    }
}
