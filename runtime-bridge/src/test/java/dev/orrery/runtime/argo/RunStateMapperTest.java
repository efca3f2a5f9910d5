package dev.orrery.runtime.argo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.runtime.NodeState;
import dev.orrery.runtime.NodeType;
import dev.orrery.runtime.Phase;
import dev.orrery.runtime.RunState;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RunStateMapperTest {
    private final RunStateMapper mapper = new RunStateMapper("argo:test/default", "Argo test/default");

    @Test
    void everyArgoStatusSampleMapsNodeForNode() {
        for (Path file : StatusSamples.files()) {
            GenericKubernetesResource wf = StatusSamples.read(file);
            WorkflowStatus status = RunStateMapper.status(wf);
            RunState s = mapper.map(wf);
            assertThat(s.nodes()).as(file.getFileName().toString()).hasSize(status.nodes().size());
            assertThat(s.nodes().get(0).id()).isEqualTo(wf.getMetadata().getName());
            assertThat(s.phase()).isEqualTo(Phase.fromArgo(status.phase()));
            for (NodeState n : s.nodes()) {
                WorkflowStatus.Node raw = status.nodes().get(n.id());
                assertThat(n.phase()).isEqualTo(Phase.fromArgo(raw.phase()));
                assertThat(n.type()).isEqualTo(NodeType.fromArgo(raw.type()));
                assertThat(n.children()).containsExactlyElementsOf(raw.children());
                assertThat(n.boundaryId()).isEqualTo(raw.boundaryId());
            }
            String rv = wf.getMetadata().getResourceVersion();
            assertThat(s.revision()).isEqualTo(rv == null ? 0 : Long.parseLong(rv));
        }
    }

    @Test
    void dagWithRetriesAndAFailedStep() {
        RunState s = mapper.map(StatusSamples.read("dag-disable-fail-fast.yaml"));
        assertThat(s.phase()).isEqualTo(Phase.FAILED);
        assertThat(s.name()).isEqualTo("dag-disable-fail-fast-r6xdc");
        assertThat(s.pipelineName()).isEqualTo("dag-disable-fail-fast");
        assertThat(s.finishedAt()).hasToString("2019-06-26T09:12:46Z");
        NodeState c0 = s.node("dag-disable-fail-fast-r6xdc-3256495944").orElseThrow();
        assertThat(c0.displayName()).isEqualTo("C(0)");
        assertThat(c0.stepName()).isEqualTo("C");
        assertThat(c0.message()).isEqualTo("failed with exit code 2");
        assertThat(c0.phase()).isEqualTo(Phase.FAILED);
        NodeState retry = s.nodes().stream().filter(n -> n.type() == NodeType.RETRY && "C".equals(n.displayName()))
                .findFirst().orElseThrow();
        assertThat(retry.attempts()).isEqualTo(retry.children().size()).isPositive();
        assertThat(s.nodesOfStep("C")).hasSizeGreaterThan(1);
        assertThat(s.progress().total()).isPositive();
    }

    @Test
    void resourcesDurationIsWhatANodeUsed() {
        RunState s = mapper.map(StatusSamples.read("dag-exhausted-retries-xfail.yaml"));
        WorkflowStatus status = RunStateMapper.status(StatusSamples.read("dag-exhausted-retries-xfail.yaml"));
        long withUsage = 0;
        for (NodeState n : s.nodes()) {
            var raw = status.nodes().get(n.id()).resourcesDuration();
            assertThat(n.resources().durations()).isEqualTo(raw == null ? java.util.Map.of() : raw);
            withUsage += raw == null ? 0 : 1;
        }
        assertThat(withUsage).isPositive();
        NodeState used = s.nodes().stream().filter(n -> n.resources().durations().equals(java.util.Map.of("cpu", 3L,
                "memory", 1L))).findFirst().orElseThrow();
        assertThat(used.resources().describe()).isEqualTo("3s×(1 cpu), 1s×(100Mi memory)");
        assertThat(used.resources().cpuTime()).isNull();
    }

    @Test
    void stepNamesDropLoopAndRetrySuffixes() {
        assertThat(RunStateMapper.stepName("train(0)")).isEqualTo("train");
        assertThat(RunStateMapper.stepName("train(2:lr=0.1)")).isEqualTo("train");
        assertThat(RunStateMapper.stepName("train")).isEqualTo("train");
        assertThat(RunStateMapper.stepName("(0)")).isEqualTo("(0)");
    }
}
