package dev.orrery.app.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.app.shell.TestWindow;
import dev.orrery.core.io.LoadResult;
import dev.orrery.core.io.PipelineFiles;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Position;
import dev.orrery.designer.canvas.Dependency;
import dev.orrery.designer.canvas.GraphCanvas;
import dev.orrery.runtime.ArtifactRef;
import dev.orrery.runtime.NodeOutputs;
import dev.orrery.runtime.NodeState;
import dev.orrery.runtime.NodeType;
import dev.orrery.runtime.Phase;
import dev.orrery.runtime.RunRef;
import dev.orrery.runtime.RunState;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The edges of a run's graph in the real window, with runs a stub runtime publishes: hovering the
 * train → evaluate edge tells the learning rate that flowed on it; clicking it before train ends says
 * the model is not there yet, and shows the model (size, preview, download) once train has finished;
 * an edge without bindings says it only orders.
 */
@ExtendWith(ApplicationExtension.class)
class RunEdgeViewTest {
    static final String WIRED = """
            apiVersion: argoproj.io/v1alpha1
            kind: Workflow
            metadata:
              name: wired
            spec:
              entrypoint: main
              templates:
                - name: main
                  dag:
                    tasks:
                      - name: train
                        template: train
                      - name: evaluate
                        template: evaluate
                        dependencies: [train]
                        arguments:
                          parameters:
                            - name: lr
                              value: "{{tasks.train.outputs.parameters.lr}}"
                          artifacts:
                            - name: model
                              from: "{{tasks.train.outputs.artifacts.model}}"
                      - name: report
                        template: report
                        dependencies: [evaluate]
                - name: train
                  script:
                    image: python:3.12-slim
                    command: [python3]
                    source: |
                      open("/tmp/lr", "w").write("0.1")
                      open("/tmp/model.txt", "w").write("weights: 0.42\\n")
                  outputs:
                    parameters:
                      - name: lr
                        valueFrom: {path: /tmp/lr, default: "0.1"}
                    artifacts:
                      - name: model
                        path: /tmp/model.txt
                - name: evaluate
                  inputs:
                    parameters:
                      - name: lr
                    artifacts:
                      - name: model
                        path: /data/model.txt
                  script:
                    image: python:3.12-slim
                    command: [python3]
                    source: |
                      print("evaluated", open("/data/model.txt").read().strip(), "at lr {{inputs.parameters.lr}}")
                - name: report
                  script:
                    image: python:3.12-slim
                    command: [python3]
                    source: |
                      print("reported")
            """;
    private static final Dependency TRAIN_TO_EVALUATE = new Dependency("train", "evaluate");
    private static final byte[] MODEL = "weights: 0.42\n".getBytes(StandardCharsets.UTF_8);

    private final StubRuntime stub = new StubRuntime("local");
    private final RunRef ref = new RunRef("local", "wired-1");
    private TestWindow shown;

    @Start
    void start(Stage stage) {
        shown = TestWindow.show(stage, () -> stub);
        stage.setWidth(1380);
        stage.setHeight(860);
    }

    @AfterEach
    void close() throws Exception {
        shown.close();
    }

    /** The wired pipeline, its steps placed in a row. */
    static Pipeline wired() {
        LoadResult r = PipelineFiles.parse(WIRED, "wired.yaml");
        assertThat(r.documents()).as(r.diagnostics().toString()).hasSize(1);
        Pipeline p = r.documents().get(0).pipeline();
        p.layout.put("train", new Position(80, 120));
        p.layout.put("evaluate", new Position(420, 120));
        p.layout.put("report", new Position(760, 120));
        return p;
    }

    private RunState publish(Phase train, long revision) {
        NodeOutputs outputs = train != Phase.SUCCEEDED ? null : new NodeOutputs(Map.of("lr", "0.1"), null,
                List.of(new ArtifactRef(ref, "wired-1.train", "model", MODEL.length, "mem:model")));
        NodeState root = new NodeState("wired-1", "wired-1", null, "wired-1", "main", NodeType.DAG, Phase.RUNNING,
                null, List.of(), null, null, null, null, null, 1);
        NodeState step = new NodeState("wired-1.train", "wired-1.train", "train", "train", "train", NodeType.POD,
                train, "wired-1", List.of(), null, null, null, null, outputs, 1);
        RunState s = new RunState(ref, "wired-1", "wired", "Stub", Phase.RUNNING, null, null, null, null, null,
                List.of(root, step), revision);
        stub.publish(s);
        return s;
    }

    /** Shows the run in the monitor and waits until its graph is drawn. */
    private GraphCanvas showRun(FxRobot robot) throws Exception {
        stub.pipelines.put(ref, wired());
        stub.contents.put("mem:model", MODEL);
        robot.interact(() -> {
            shown.window().showMonitor();
            shown.window().monitor().select(ref);
        });
        GraphCanvas canvas = shown.window().monitor().probe().canvas();
        TestWindow.waitFor(() -> canvas.viewOf("evaluate") != null && canvas.viewOf("train") != null);
        return canvas;
    }

    private static Point2D pointOn(GraphCanvas canvas, Dependency d) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> RunEdgePoints.on(canvas, d)).get(10, TimeUnit.SECONDS);
    }

    private static List<String> texts(FxRobot robot, String styleClass) {
        return robot.lookup("." + styleClass).queryAllAs(Labeled.class).stream().map(Labeled::getText).toList();
    }

    @Test
    void hoveringTheEdgeTellsTheLearningRateThatFlowedOnIt(FxRobot robot) throws Exception {
        publish(Phase.SUCCEEDED, 1);
        GraphCanvas canvas = showRun(robot);
        var tip = shown.window().monitor().probe().runGraph().edgeTip();

        robot.moveTo(pointOn(canvas, TRAIN_TO_EVALUATE));
        robot.moveBy(1, 0);
        TestWindow.waitFor(tip::isShowing);

        assertThat(tip.getText()).contains("lr = 0.1").contains("model, 14 B");
    }

    @Test
    void beforeTrainEndsTheEdgeSaysSoThenItShowsTheModel(FxRobot robot, @TempDir Path downloads) throws Exception {
        publish(Phase.RUNNING, 1);
        GraphCanvas canvas = showRun(robot);

        robot.clickOn(pointOn(canvas, TRAIN_TO_EVALUATE));
        TestWindow.waitFor(() -> TRAIN_TO_EVALUATE.equals(canvas.selectedEdgeProperty().get()));
        assertThat(robot.lookup("#monitor-bottom-tabs").queryAs(javafx.scene.control.TabPane.class)
                .getSelectionModel().getSelectedItem().getId()).isEqualTo("monitor-tab-edge");
        assertThat(robot.lookup("#edge-title").queryLabeled().getText()).isEqualTo("train → evaluate");
        assertThat(texts(robot, "edge-absence")).contains("train is Running; its model is not there yet",
                "train is Running; its lr is not there yet");

        publish(Phase.SUCCEEDED, 2);
        TestWindow.waitFor(() -> texts(robot, "edge-artifact-name").contains("model"));
        assertThat(texts(robot, "edge-artifact-size")).containsExactly(MODEL.length + " B");
        assertThat(texts(robot, "edge-parameter")).containsExactly("lr = 0.1");
        TestWindow.waitFor(() -> robot.lookup(".edge-artifact-preview #preview-text").tryQuery().isPresent());
        assertThat(robot.lookup(".edge-artifact-preview #preview-text").queryAs(TextArea.class).getText())
                .isEqualTo("weights: 0.42\n");

        ArtifactRef model = shown.window().monitor().probe().edgeView().shown().flows().stream()
                .filter(f -> f.isArtifact()).findFirst().orElseThrow().artifacts().get(0);
        Path saved = WaitForAsyncUtils.asyncFx(() -> shown.window().monitor().probe().edgeView()
                .download(model, downloads.resolve("model.txt"))).get(10, TimeUnit.SECONDS).get(10, TimeUnit.SECONDS);
        assertThat(Files.readAllBytes(saved)).isEqualTo(MODEL);
    }

    @Test
    void anEdgeWithoutBindingsSaysItOnlyOrders(FxRobot robot) throws Exception {
        publish(Phase.SUCCEEDED, 1);
        GraphCanvas canvas = showRun(robot);

        robot.clickOn(pointOn(canvas, new Dependency("evaluate", "report")));
        TestWindow.waitFor(() -> robot.lookup("#edge-status").queryLabeled().getText().contains("only orders"));
        assertThat(robot.lookup("#edge-status").queryLabeled().getText())
                .isEqualTo("This edge only orders: report runs after evaluate; no artifact or parameter flows on it.");
        assertThat(texts(robot, "edge-artifact-name")).isEmpty();
    }
}
