package dev.orrery.benchmarks.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.runtime.NodeState;
import dev.orrery.runtime.NodeType;
import dev.orrery.runtime.Phase;
import dev.orrery.runtime.RunRef;
import dev.orrery.runtime.RunState;
import dev.orrery.runtime.RunSteps;
import java.util.List;
import org.junit.jupiter.api.Test;

class LargeRunsTest {
    private static final RunRef REF = new RunRef("bench", "bench-0");

    @Test
    void aSweepHasOnePodPerItemOnTheSweptStepAtTheTopLevel() {
        RunState run = LargeRuns.sweep(REF, "p", List.of("a", "b", "c"), 40);
        assertThat(LargeRuns.pods(run)).hasSize(42);
        assertThat(run.nodes()).filteredOn(n -> "b".equals(n.stepName())).hasSize(40)
                .allSatisfy(n -> assertThat(n.boundaryId()).isEqualTo("bench-0"));
        assertThat(run.nodes().get(0).children()).hasSize(42);
        assertThat(run.progress().done()).isEqualTo(1);
        assertThat(run.progress().total()).isEqualTo(42);
        assertThat(RunSteps.phases(run)).containsEntry("a", Phase.SUCCEEDED).containsKeys("b", "c");
    }

    @Test
    void aNestedDagHasADagNodePerGroupWhosePodsHaveItAsBoundary() {
        RunState run = LargeRuns.nested(REF, "p", List.of("g1", "g2"), 5);
        assertThat(LargeRuns.pods(run)).hasSize(10);
        NodeState g2 = run.nodes().stream().filter(n -> "g2".equals(n.stepName())).findFirst().orElseThrow();
        assertThat(g2.type()).isEqualTo(NodeType.DAG);
        assertThat(g2.children()).hasSize(5);
        assertThat(run.nodes()).filteredOn(n -> g2.id().equals(n.boundaryId())).hasSize(5);
        assertThat(RunSteps.phases(run)).containsOnlyKeys("g1", "g2");
    }

    @Test
    void advancingCyclesAPodThroughItsPhasesAndRecountsProgress() {
        RunState run = LargeRuns.sweep(REF, "p", List.of("a", "b"), 3);
        int pod = LargeRuns.pods(run)[1];
        RunState running = LargeRuns.advance(run, pod);
        RunState done = LargeRuns.advance(running, pod);
        RunState again = LargeRuns.advance(done, pod);
        assertThat(List.of(running, done, again)).extracting(r -> r.nodes().get(pod).phase())
                .containsExactly(Phase.RUNNING, Phase.SUCCEEDED, Phase.PENDING);
        assertThat(List.of(run, running, done, again)).extracting(r -> r.progress().done()).containsExactly(1, 1, 2, 1);
        assertThat(again.revision()).isEqualTo(run.revision() + 3);
        assertThat(run.nodes().get(pod).phase()).as("the old snapshot is untouched").isEqualTo(Phase.PENDING);
    }
}
