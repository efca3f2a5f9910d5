package dev.orrery.runtime.local;

import static dev.orrery.runtime.local.Fixtures.arg;
import static dev.orrery.runtime.local.Fixtures.dag;
import static dev.orrery.runtime.local.Fixtures.input;
import static dev.orrery.runtime.local.Fixtures.outputParameter;
import static dev.orrery.runtime.local.Fixtures.pipeline;
import static dev.orrery.runtime.local.Fixtures.script;
import static dev.orrery.runtime.local.Fixtures.step;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.core.model.Artifact;
import dev.orrery.core.model.Json;
import dev.orrery.core.model.Loop;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Step;
import dev.orrery.core.model.Sweep;
import dev.orrery.core.model.Template;
import dev.orrery.runtime.Metric;
import dev.orrery.runtime.NodeState;
import dev.orrery.runtime.Phase;
import dev.orrery.runtime.RunMetrics;
import dev.orrery.runtime.RunState;
import dev.orrery.runtime.SubmitOptions;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A parameter sweep runs on this computer as on Argo: one child per item with its values, each child's
 * metrics apart, and the graph's {@code parallelism} bounding how many children run at once.
 */
class SweepRunTest {
    @TempDir
    Path tmp;

    /** Each run records when it began and ended (its own clock) and writes a metric from its values. */
    private static final String TRAIN = """
            import json, os, time
            lr = float("{{inputs.parameters.lr}}")
            batch = int("{{inputs.parameters.batch}}")
            os.makedirs("/tmp/out", exist_ok=True)
            open("/tmp/out/began", "w").write(repr(time.time()))
            time.sleep(0.4)  # long enough that unbounded runs would overlap
            json.dump({"score": round(lr * batch, 6), "loss": [1.0, 0.5, lr]}, open("/tmp/out/metrics.json", "w"))
            open("/tmp/out/ended", "w").write(repr(time.time()))
            """;

    private static Pipeline sweepPipeline(int graphParallelism) {
        Template train = script("train", "python", TRAIN);
        input(input(train, "lr"), "batch");
        outputParameter(train, "began", "/tmp/out/began");
        outputParameter(train, "ended", "/tmp/out/ended");
        train.outputArtifacts.add(new Artifact("metrics", "/tmp/out/metrics.json"));
        Sweep sweep = new Sweep();
        sweep.axes.add(Sweep.Axis.list("lr", Json.array().add(0.5).add(0.25)));
        sweep.axes.add(Sweep.Axis.range("batch", new BigDecimal("8"), new BigDecimal("32"), new BigDecimal("12")));
        Step s = step("grid", "train");
        s.loop = Loop.sweep(sweep);
        arg(arg(s, "lr", "{{item.lr}}"), "batch", "{{item.batch}}");
        Template main = dag("main", s);
        if (graphParallelism > 0) {
            main.extra.put("parallelism", graphParallelism);
        }
        return pipeline("sweep", main, train);
    }

    @Test
    void eachItemRunsWithItsValuesAndReportsItsOwnMetrics() {
        try (LocalRuntime runtime = new LocalRuntime(tmp.resolve("runs"))) {
            RunState s = Fixtures.runToEnd(runtime, sweepPipeline(0), SubmitOptions.DEFAULTS.withParallelism(8));

            assertThat(s.phase()).as(Fixtures.ids(s).toString()).isEqualTo(Phase.SUCCEEDED);
            List<NodeState> children = children(s);
            assertThat(children).extracting(NodeState::displayName).containsExactly("grid(0:{\"lr\":0.5,\"batch\":8})",
                    "grid(1:{\"lr\":0.5,\"batch\":20})", "grid(2:{\"lr\":0.5,\"batch\":32})",
                    "grid(3:{\"lr\":0.25,\"batch\":8})", "grid(4:{\"lr\":0.25,\"batch\":20})",
                    "grid(5:{\"lr\":0.25,\"batch\":32})");

            RunMetrics metrics = runtime.metrics(s.ref());
            assertThat(metrics.problems()).isEmpty();
            assertThat(children).extracting(c -> metrics.ofNode(c.id()).stream().filter(m -> m.name().equals("score"))
                    .findFirst().orElseThrow().value()).containsExactly(4.0, 10.0, 16.0, 2.0, 5.0, 8.0);
            Metric loss = metrics.ofNode(children.get(3).id()).stream().filter(m -> m.name().equals("loss"))
                    .findFirst().orElseThrow();
            assertThat(loss.key()).isEqualTo("grid(3:{\"lr\":0.25,\"batch\":8})/loss");
            assertThat(loss.values()).containsExactly(1.0, 0.5, 0.25);
            assertThat(maxOverlap(children)).as("without a limit the items run side by side").isGreaterThan(2);
        }
    }

    @Test
    void theGraphsParallelismBoundsTheSweep() {
        try (LocalRuntime runtime = new LocalRuntime(tmp.resolve("runs"))) {
            RunState s = Fixtures.runToEnd(runtime, sweepPipeline(2), SubmitOptions.DEFAULTS.withParallelism(8));

            assertThat(s.phase()).as(Fixtures.ids(s).toString()).isEqualTo(Phase.SUCCEEDED);
            assertThat(children(s)).hasSize(6);
            assertThat(maxOverlap(children(s))).isEqualTo(2);
        }
    }

    /** The sweep's children in item order (the runner creates them as they start, in any order). */
    private static List<NodeState> children(RunState s) {
        return dev.orrery.runtime.compare.ComparedRuns.children(s, "grid");
    }

    /** The most runs whose own [began, ended] intervals overlap at one moment. */
    private static int maxOverlap(List<NodeState> runs) {
        List<double[]> events = new ArrayList<>();
        for (NodeState n : runs) {
            events.add(new double[] {Double.parseDouble(n.outputs().parameters().get("began")), 1});
            events.add(new double[] {Double.parseDouble(n.outputs().parameters().get("ended")), -1});
        }
        events.sort((a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0]) : Double.compare(a[1], b[1]));
        int now = 0;
        int max = 0;
        for (double[] e : events) {
            now += (int) e[1];
            max = Math.max(max, now);
        }
        return max;
    }
}
