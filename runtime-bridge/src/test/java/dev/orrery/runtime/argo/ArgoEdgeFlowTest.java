package dev.orrery.runtime.argo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.core.io.LoadResult;
import dev.orrery.core.io.PipelineFiles;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.refs.Bindings;
import dev.orrery.runtime.ArtifactRef;
import dev.orrery.runtime.EdgeFlow;
import dev.orrery.runtime.Phase;
import dev.orrery.runtime.RunRef;
import dev.orrery.runtime.RunSteps;
import dev.orrery.runtime.SubmitOptions;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The monitor's edge view on a cluster run, below the window: the run's graph as the cluster keeps
 * it, {@link Bindings} for what flows on train → evaluate, {@link EdgeFlow} for what the run has of
 * it, and the artifact read from a real S3-compatible server (s3proxy) through the Runtime SPI.
 */
class ArgoEdgeFlowTest {
    private static final String WIRED = """
            apiVersion: argoproj.io/v1alpha1
            kind: Workflow
            metadata:
              generateName: wired-
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
                - name: train
                  container:
                    image: python:3.12-slim
                    command: [python, -c, "print('trained')"]
                  outputs:
                    parameters:
                      - name: lr
                        valueFrom: {path: /tmp/lr, default: "0.1"}
                    artifacts:
                      - name: model
                        path: /tmp/model.bin
                - name: evaluate
                  inputs:
                    parameters:
                      - name: lr
                    artifacts:
                      - name: model
                        path: /data/model.bin
                  container:
                    image: python:3.12-slim
                    command: [python, -c, "print('evaluated')"]
            """;

    private final ArgoMockCluster cluster = new ArgoMockCluster();
    private final FakeArgoController controller = cluster.controller();
    private S3TestServer s3;
    private ArgoRuntime runtime;

    @BeforeEach
    void startS3() throws Exception {
        s3 = new S3TestServer(cluster);
        s3.serveAsRepositoryOf(controller);
        runtime = cluster.runtime();
    }

    @AfterEach
    void stop() throws Exception {
        runtime.close();
        s3.close();
        cluster.close();
    }

    private static Pipeline wired() {
        LoadResult r = PipelineFiles.parse(WIRED, "wired.yaml");
        assertThat(r.documents()).as(r.diagnostics().toString()).hasSize(1);
        return r.documents().get(0).pipeline();
    }

    private EdgeFlow trainToEvaluate(RunRef ref) {
        Pipeline kept = runtime.pipelineOf(ref).orElseThrow();
        return EdgeFlow.of(Bindings.of(kept.mainGraph().orElseThrow()), runtime.get(ref), "train", "evaluate");
    }

    @Test
    void beforeTrainEndsTheEdgeSaysItsModelIsNotThereYet() {
        RunRef ref = runtime.submit(wired(), SubmitOptions.DEFAULTS);
        for (int i = 0; i < 20 && RunSteps.phase(runtime.get(ref), "train") != Phase.RUNNING; i++) {
            controller.step(ref.runId());
        }
        EdgeFlow flow = trainToEvaluate(ref);

        assertThat(flow.producerPhase()).isEqualTo(Phase.RUNNING);
        assertThat(flow.flows()).extracting(EdgeFlow.Flow::absence).containsExactlyInAnyOrder(
                "train is Running; its lr is not there yet", "train is Running; its model is not there yet");
    }

    @Test
    void afterTrainTheEdgeHasItsModelFromS3AndItsLearningRate() throws Exception {
        RunRef ref = runtime.submit(wired(), SubmitOptions.DEFAULTS);
        controller.runToEnd(ref.runId());
        EdgeFlow flow = trainToEvaluate(ref);

        assertThat(flow.onlyOrders()).isFalse();
        EdgeFlow.Flow model = flow.flows().stream().filter(EdgeFlow.Flow::isArtifact).findFirst().orElseThrow();
        assertThat(model.name()).isEqualTo("model");
        assertThat(model.absence()).isNull();
        ArtifactRef artifact = model.artifacts().get(0);
        assertThat(artifact.nodeId()).isEqualTo(RunSteps.nodes(runtime.get(ref), "train").get(0).id());
        s3.put(artifact.location(), "weights v1");
        try (InputStream in = runtime.openArtifact(artifact)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("weights v1");
        }

        EdgeFlow.Flow lr = flow.flows().stream().filter(f -> !f.isArtifact()).findFirst().orElseThrow();
        assertThat(lr.describeValue()).isEqualTo("lr = 0.1");
    }
}
