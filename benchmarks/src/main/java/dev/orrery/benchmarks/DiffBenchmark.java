package dev.orrery.benchmarks;

import dev.orrery.core.diff.ChangeKind;
import dev.orrery.core.diff.PipelineDiff;
import dev.orrery.core.model.Graph;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Position;
import dev.orrery.core.model.Step;
import dev.orrery.core.refs.Renames;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The semantic diff of two versions of a generated pipeline (5,000 steps by default) that differ in 50
 * steps: 20 images changed, 10 steps removed, 10 added, 10 renamed (with what names them following),
 * and every step moved on the canvas (no change). Target: ≤ 200 ms.
 *
 * <pre>benchmarks/diff.sh   (or java -jar benchmarks/target/benchmarks.jar DiffBenchmark)</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class DiffBenchmark {
    @Param({"5000"})
    public int steps;

    private Pipeline before;
    private Pipeline after;

    @Setup
    public void setUp() {
        before = PipelineGenerator.generate(steps, 42);
        after = edited(before, steps);
        PipelineDiff diff = PipelineDiff.between(before, after);
        // the pair is what it says: every edit found, and the moves are no change
        check(diff.of(ChangeKind.STEP_RENAMED).size() == 10, "10 renames", diff);
        check(diff.of(ChangeKind.STEP_REMOVED).size() == 10, "10 removed steps", diff);
        check(diff.of(ChangeKind.STEP_ADDED).size() == 10, "10 added steps", diff);
        check(diff.of(ChangeKind.STEP_CHANGED).stream().filter(c -> c.path().endsWith(".image")).count() == 20,
                "20 image changes", diff);
    }

    /** The second version: 50 steps differ, spread over the graph; every position moves. */
    static Pipeline edited(Pipeline before, int steps) {
        Pipeline p = before.copy();
        Graph g = p.mainGraph().orElseThrow();
        int stride = steps / 50;
        for (int k = 0; k < 20; k++) {
            p.template("step-" + (k * stride)).orElseThrow().container.image = "registry.example/changed:" + k;
        }
        for (int k = 20; k < 30; k++) {
            String name = "step-" + (k * stride);
            Renames.step(p, g, name, name + "-renamed");
        }
        for (int k = 30; k < 40; k++) {
            String name = "step-" + (k * stride + 1);
            g.steps.removeIf(s -> s.name.equals(name));
            p.templates.removeIf(t -> t.name.equals(name));
            for (Step s : g.steps) {
                s.dependsOn.remove(name);
                s.artifactArguments.removeIf(a -> a.from != null && a.from.contains("tasks." + name + "."));
            }
        }
        for (int k = 40; k < 50; k++) {
            Step added = new Step("added-" + k, "step-" + (k * stride));
            added.dependsOn.add("step-" + (k * stride));
            g.steps.add(added);
        }
        p.layout.replaceAll((name, at) -> new Position(at.x() + 40, at.y() + 10));
        return p;
    }

    private static void check(boolean ok, String what, PipelineDiff diff) {
        if (!ok) {
            throw new IllegalStateException("the generated pair should have " + what + "; it has " + diff.counts());
        }
    }

    @Benchmark
    public PipelineDiff diff() {
        return PipelineDiff.between(before, after);
    }
}
