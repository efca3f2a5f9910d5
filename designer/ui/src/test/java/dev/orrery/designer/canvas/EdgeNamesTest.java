package dev.orrery.designer.canvas;

import static dev.orrery.designer.KitWindow.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.designer.KitWindow;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Edges show what flows on them; an edge that only orders its steps is drawn apart from one that carries data. */
@ExtendWith(ApplicationExtension.class)
class EdgeNamesTest {
    /** b takes three things from a (two artifacts and a parameter); c only runs after b. */
    private static final String THREE_ON_ONE_EDGE = """
            apiVersion: argoproj.io/v1alpha1
            kind: Workflow
            metadata: {generateName: flows-}
            spec:
              entrypoint: main
              templates:
              - name: produce
                container: {image: busybox, command: [sh, -c, "echo 0.9 > /tmp/acc"]}
                outputs:
                  parameters: [{name: accuracy, valueFrom: {path: /tmp/acc}}]
                  artifacts: [{name: model, path: /tmp/m}, {name: metrics, path: /tmp/x}]
              - name: consume
                inputs:
                  parameters: [{name: accuracy}]
                  artifacts: [{name: model, path: /in/m}, {name: metrics, path: /in/x}]
                container: {image: busybox, command: [ls, /in]}
              - name: echo
                container: {image: busybox, command: [echo, hi]}
              - name: main
                dag:
                  tasks:
                  - {name: a, template: produce}
                  - name: b
                    template: consume
                    dependencies: [a]
                    arguments:
                      parameters: [{name: accuracy, value: "{{tasks.a.outputs.parameters.accuracy}}"}]
                      artifacts:
                      - {name: model, from: "{{tasks.a.outputs.artifacts.model}}"}
                      - {name: metrics, from: "{{tasks.a.outputs.artifacts.metrics}}"}
                  - {name: c, template: echo, dependencies: [b]}
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

    /** Zooms to a scale with a world point in the middle of the canvas. */
    private void view(FxRobot robot, double scale, double worldX, double worldY) {
        robot.interact(() -> {
            canvas.zoomBy(scale / canvas.viewport().scale());
            canvas.viewport().centerOn(worldX, worldY, canvas.getWidth(), canvas.getHeight());
        });
    }

    @Test
    void theSamplesEdgesNameWhatFlowsAndTheOrderingEdgeHasNoName(FxRobot robot) throws Exception {
        view(robot, 0.8, 610, 200);
        waitFor(() -> "dataset".equals(canvas.edgeLabel("prepare-data", "train")));
        assertThat(canvas.edgeLabel("train", "evaluate")).isEqualTo("model");
        assertThat(canvas.edgeLabel("evaluate", "deploy")).as("deploy only runs after evaluate").isNull();
        Label model = robot.lookup("#edge-label-train--evaluate").queryAs(Label.class);
        assertThat(model.isVisible()).isTrue();
        // the label sits on the middle of the edge, between the two steps (the edge runs between the model ports)
        double[] ends = canvas.edgeEnds("train", "evaluate");
        var middle = canvas.viewport().toLocal((360 + 220 + 640) / 2.0, (ends[1] + ends[3]) / 2);
        var bounds = canvas.sceneToLocal(model.localToScene(model.getBoundsInLocal()));
        assertThat(bounds.contains(middle)).isTrue();

        // too small to read: no labels
        robot.interact(() -> canvas.zoomBy(0.4 / canvas.viewport().scale()));
        waitFor(() -> canvas.edgeLabel("train", "evaluate") == null);
        assertThat(model.isVisible()).isFalse();
    }

    @Test
    void anEdgeCarryingSeveralNamesShowsTheirCountAndListsThemOnHover(FxRobot robot) throws Exception {
        shown.load(KitWindow.parse(THREE_ON_ONE_EDGE));
        view(robot, 1.0, 400, 150);
        waitFor(() -> "3".equals(canvas.edgeLabel("a", "b")));
        assertThat(canvas.edgeLabel("b", "c")).isNull();
        Label count = robot.lookup("#edge-label-a--b").queryAs(Label.class);
        robot.moveTo(count);
        waitFor(() -> PortTip.existing(canvas.getScene()) != null && PortTip.existing(canvas.getScene()).isShowing());
        assertThat(PortTip.existing(canvas.getScene()).getText()).contains("a → b", "model (artifact) → b.model",
                "metrics (artifact) → b.metrics", "accuracy (parameter) → b.accuracy");
    }

    @Test
    void anEdgeThatOnlyOrdersIsPaintedLighterThinnerAndDashed(FxRobot robot) throws Exception {
        waitFor(() -> canvas.index().steps.size() == 4);
        assertThat(canvas.edgeLook("train", "evaluate")).isEqualTo(EdgeLook.DATA);
        assertThat(canvas.edgeLook("evaluate", "deploy")).isEqualTo(EdgeLook.ORDER);

        // the picture's snapshot puts each edge with its look
        GraphSnapshot snap = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> GraphSnapshot.of(canvas.index(), canvas.geometry(), canvas::position,
                java.util.Set.of(), java.util.Set.of(), EdgeProblems.NONE, java.util.Map.of(),
                new javafx.geometry.Rectangle2D(-1e6, -1e6, 2e6, 2e6), java.util.Set.of(), canvas.flows())).get();
        assertThat(snap.edges()).hasSize(8).contains(360 + NodeView.WIDTH, 640.0);
        assertThat(snap.orderEdges()).containsExactly(640 + NodeView.WIDTH, 160 + NodeView.HEIGHT / 2, 920,
                160 + NodeView.HEIGHT / 2);

        // and they look different
        CanvasPainter.Colors c = CanvasPainter.Colors.LIGHT;
        assertThat(EdgeLook.ORDER.dashed()).isTrue();
        assertThat(EdgeLook.DATA.dashed()).isFalse();
        assertThat(EdgeLook.ORDER.width).isLessThan(EdgeLook.DATA.width);
        assertThat(EdgeLook.DATA.color(c)).isEqualTo(c.edge());
        assertThat(brightness(EdgeLook.ORDER.color(c))).isGreaterThan(brightness(c.edge()));
    }

    @Test
    void inALongChainOnlyTheEdgesInViewGetLabelsAndWhatFlowsIsReadOncePerRevision(FxRobot robot) throws Exception {
        StringBuilder yaml = new StringBuilder("""
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {generateName: chain-}
                spec:
                  entrypoint: main
                  templates:
                  - name: pass
                    inputs: {artifacts: [{name: data, path: /in, optional: true}]}
                    outputs: {artifacts: [{name: data, path: /out}]}
                    container: {image: busybox, command: [cp, -r, /in, /out]}
                  - name: main
                    dag:
                      tasks:
                      - {name: s0, template: pass}
                """);
        int steps = 400;
        for (int i = 1; i < steps; i++) {
            yaml.append("      - {name: s").append(i).append(", template: pass, dependencies: [s").append(i - 1)
                    .append("], arguments: {artifacts: [{name: data, from: \"{{tasks.s").append(i - 1)
                    .append(".outputs.artifacts.data}}\"}]}}\n");
        }
        shown.load(KitWindow.parse(yaml.toString()));
        view(robot, 1.0, 2000, 200);
        waitFor(() -> canvas.edgeLabel("s6", "s7") != null);
        long labels = robot.lookup(".edge-label").match(javafx.scene.Node::isVisible).queryAll().size();
        assertThat(labels).as("a handful of edges are in view, not %d", steps - 1).isBetween(1L, 10L);
        assertThat(canvas.edgeLabel("s300", "s301")).as("far out of view").isNull();

        EdgeFlows flows = flows();
        robot.interact(() -> canvas.viewport().panBy(-900, 0));
        waitFor(() -> canvas.edgeLabel("s6", "s7") == null && canvas.edgeLabel("s9", "s10") != null);
        assertThat(flows()).as("a pan reads no bindings").isSameAs(flows);
        robot.interact(() -> shown.designer().document().execute(
                dev.orrery.designer.job.DependencyJob.disconnect(shown.designer().document(), "s8", "s9")));
        assertThat(flows()).as("an edit reads them again").isNotSameAs(flows);
    }

    private EdgeFlows flows() throws Exception {
        return org.testfx.util.WaitForAsyncUtils.asyncFx(canvas::flows).get();
    }

    private static double brightness(javafx.scene.paint.Color c) {
        return c.getRed() + c.getGreen() + c.getBlue();
    }
}
