package dev.orrery.app.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.app.shell.TestWindow;
import dev.orrery.runtime.NodeState;
import dev.orrery.runtime.NodeType;
import dev.orrery.runtime.Phase;
import dev.orrery.runtime.RunRef;
import dev.orrery.runtime.RunState;
import dev.orrery.runtime.PhaseStyle;
import dev.orrery.designer.canvas.NodeProgress;
import javafx.scene.Node;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A sweep's node on the monitor's graph: a progress ring of its finished children by phase, over the
 * loop's item count (children not yet started count as unfinished), with finished/total beside it.
 */
@ExtendWith(ApplicationExtension.class)
class SweepRingTest {
    private final StubRuntime stub = new StubRuntime("stub");
    private MonitorPane monitor;

    @Start
    void start(Stage stage) {
        monitor = MonitorWindow.show(stage, () -> stub);
    }

    @AfterEach
    void close() throws Exception {
        MonitorWindow.close(monitor);
    }

    /** A run of the grid half done: of its four items two succeeded, one runs, one has not started. */
    private RunState publish() {
        Instant t0 = Instant.now().minusSeconds(100);
        List<NodeState> nodes = new ArrayList<>();
        String[] labels = {"(0:{\"lr\":0.1,\"batch\":16})", "(1:{\"lr\":0.1,\"batch\":32})",
            "(2:{\"lr\":0.01,\"batch\":16})"};
        Phase[] phases = {Phase.SUCCEEDED, Phase.SUCCEEDED, Phase.RUNNING};
        List<String> children = new ArrayList<>();
        for (String label : labels) {
            children.add("r.grid" + label);
        }
        nodes.add(new NodeState("r", "r", null, "r", "main", NodeType.DAG, Phase.RUNNING, null, List.of("r.grid"), t0,
                null, null, null, null, 1));
        nodes.add(new NodeState("r.grid", "r.grid", "grid", "grid", "train", NodeType.TASK_GROUP, Phase.RUNNING, "r",
                children, t0, null, null, null, null, 1));
        for (int i = 0; i < labels.length; i++) {
            boolean done = phases[i] == Phase.SUCCEEDED;
            nodes.add(new NodeState(children.get(i), children.get(i), "grid", "grid" + labels[i], "train", NodeType.POD,
                    phases[i], "r", List.of(), t0, done ? t0.plusSeconds(10L * (i + 1)) : null, null, done ? 0 : null,
                    null, 1));
        }
        RunState s = new RunState(new RunRef("stub", "r"), "r", "grid", "Stub", Phase.RUNNING, t0, null, null, null,
                null, nodes, 1);
        stub.pipelines.put(s.ref(), GridSweep.pipeline());
        stub.publish(s);
        return s;
    }

    @Test
    void aHalfDoneSweepShowsHalfARingOfSucceeded(FxRobot robot) throws Exception {
        RunState run = publish();
        TestWindow.waitFor(() -> monitor.probe().runCount() == 1);
        robot.interact(() -> monitor.select(run.ref()));
        TestWindow.waitFor(() -> monitor.probe().runGraph().document().pipeline().mainGraph().isPresent());
        var canvas = monitor.probe().canvas();
        TestWindow.waitFor(() -> canvas.viewOf("grid") != null && canvas.viewOf("grid").overlay() != null
                && "2/4".equals(canvas.viewOf("grid").overlay().progress().caption()));
        var progress = canvas.viewOf("grid").overlay().progress();
        assertThat(progress.segments()).containsExactly(new NodeProgress.Segment(
                PhaseStyle.of(Phase.SUCCEEDED).colour(), 0.5));
        assertThat(progress.filled()).isEqualTo(0.5);
        assertThat(canvas.viewOf("grid").overlay().tooltip()).isEqualTo("Running — 3 runs: 1 Running · 2 Succeeded");

        Node ringView = canvas.viewOf("grid").lookup(".progress-ring");
        assertThat(ringView.isVisible()).isTrue();
        var arcs = canvas.viewOf("grid").lookupAll(".progress-ring-segment").stream()
                .map(javafx.scene.shape.Arc.class::cast).toList();
        assertThat(arcs).hasSize(1);
        assertThat(arcs.get(0).getLength()).isEqualTo(-180.0);
        assertThat(arcs.get(0).getStroke()).isEqualTo(javafx.scene.paint.Color.web(PhaseStyle.of(Phase.SUCCEEDED).colour()));
        assertThat(robot.from(ringView).lookup(".progress-ring-caption").queryLabeled().getText()).isEqualTo("2/4");
    }

    @Test
    void segmentsPerFinishedPhaseInPhaseOrder() {
        var p = SweepProgress.of(Map.of(Phase.FAILED, 1, Phase.SUCCEEDED, 2, Phase.RUNNING, 1, Phase.PENDING, 1), 8);
        assertThat(p.segments()).containsExactly(
                new NodeProgress.Segment(PhaseStyle.of(Phase.SUCCEEDED).colour(), 0.25),
                new NodeProgress.Segment(PhaseStyle.of(Phase.FAILED).colour(), 0.125));
        assertThat(p.caption()).isEqualTo("3/8");
        // more children than the loop said (a withParam loop): the children count
        assertThat(SweepProgress.of(Map.of(Phase.SUCCEEDED, 3), 0).filled()).isEqualTo(1.0);
        assertThat(SweepProgress.of(Map.of(), 0).segments()).isEmpty();
    }
}
