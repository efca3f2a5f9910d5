package dev.orrery.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.core.io.LoadResult;
import dev.orrery.core.io.PipelineFiles;
import dev.orrery.core.refs.Bindings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What flowed on an edge of a run, read from a snapshot with the graph's bindings. */
class EdgeFlowTest {
    private static final String GRAPH = """
            apiVersion: argoproj.io/v1alpha1
            kind: Workflow
            metadata: {name: g}
            spec:
              entrypoint: main
              templates:
                - name: main
                  dag:
                    tasks:
                      - {name: prepare, template: t}
                      - name: train
                        template: t
                        dependencies: [prepare]
                        arguments:
                          parameters:
                            - {name: rows, value: "{{tasks.prepare.outputs.result}}"}
                          artifacts:
                            - {name: data, from: "{{tasks.prepare.outputs.artifacts.dataset}}"}
                      - {name: report, template: t, dependencies: [train]}
                - name: t
                  container: {image: busybox}
            """;
    private static final RunRef REF = new RunRef("local", "r");

    private static Bindings bindings() {
        LoadResult r = PipelineFiles.parse(GRAPH, "g.yaml");
        return Bindings.of(r.documents().get(0).pipeline().mainGraph().orElseThrow());
    }

    private static NodeState node(String step, int attempt, NodeType type, Phase phase, NodeOutputs outputs) {
        return new NodeState("r." + step + "-" + attempt, "r." + step, step, step, "t", type, phase, "r", List.of(),
                null, null, null, null, outputs, 1);
    }

    private static RunState run(NodeState... steps) {
        List<NodeState> nodes = new ArrayList<>();
        nodes.add(new NodeState("r", "r", null, "r", "main", NodeType.DAG, Phase.RUNNING, null, List.of(), null, null,
                null, null, null, 1));
        nodes.addAll(List.of(steps));
        return new RunState(REF, "r", "g", "here", Phase.RUNNING, null, null, null, null, Map.of(), nodes, 1);
    }

    private static NodeOutputs dataset(String nodeId, long size) {
        return new NodeOutputs(Map.of(), "400", List.of(new ArtifactRef(REF, nodeId, "dataset", size, "/x")));
    }

    @Test
    void aFinishedProducerGivesItsArtifactAndItsResult() {
        EdgeFlow flow = EdgeFlow.of(bindings(), run(node("prepare", 0, NodeType.POD, Phase.SUCCEEDED,
                dataset("r.prepare-0", 12))), "prepare", "train");

        assertThat(flow.producerPhase()).isEqualTo(Phase.SUCCEEDED);
        assertThat(flow.flows()).extracting(EdgeFlow.Flow::name).containsExactlyInAnyOrder("dataset", "result");
        EdgeFlow.Flow data = flow.flows().stream().filter(EdgeFlow.Flow::isArtifact).findFirst().orElseThrow();
        assertThat(data.artifacts()).extracting(ArtifactRef::size).containsExactly(12L);
        EdgeFlow.Flow rows = flow.flows().stream().filter(f -> !f.isArtifact()).findFirst().orElseThrow();
        assertThat(rows.describeValue()).isEqualTo("result = 400");
    }

    @Test
    void onlyTheSuccessfulAttemptOfARetriedStepCounts() {
        EdgeFlow flow = EdgeFlow.of(bindings(), run(
                node("prepare", 0, NodeType.POD, Phase.FAILED, dataset("r.prepare-0", 3)),
                node("prepare", 1, NodeType.POD, Phase.SUCCEEDED, dataset("r.prepare-1", 5))), "prepare", "train");

        EdgeFlow.Flow data = flow.flows().stream().filter(EdgeFlow.Flow::isArtifact).findFirst().orElseThrow();
        assertThat(data.artifacts()).extracting(ArtifactRef::nodeId).containsExactly("r.prepare-1");
    }

    @Test
    void notStartedRunningAndEndedWithoutItAreToldApart() {
        Bindings b = bindings();
        assertThat(EdgeFlow.of(b, run(), "prepare", "train").flows()).extracting(EdgeFlow.Flow::absence)
                .contains("prepare has not started; its dataset is not there yet");
        assertThat(EdgeFlow.of(b, run(node("prepare", 0, NodeType.POD, Phase.RUNNING, null)), "prepare", "train")
                .flows()).extracting(EdgeFlow.Flow::absence).contains("prepare is Running; its dataset is not there yet");
        assertThat(EdgeFlow.of(b, run(node("prepare", 0, NodeType.POD, Phase.FAILED, null)), "prepare", "train")
                .flows()).extracting(EdgeFlow.Flow::absence).contains("prepare ended Failed; it left no dataset");
    }

    @Test
    void anEdgeWithoutBindingsOnlyOrders() {
        EdgeFlow flow = EdgeFlow.of(bindings(), run(node("train", 0, NodeType.POD, Phase.SUCCEEDED, null)), "train",
                "report");
        assertThat(flow.onlyOrders()).isTrue();
    }
}
