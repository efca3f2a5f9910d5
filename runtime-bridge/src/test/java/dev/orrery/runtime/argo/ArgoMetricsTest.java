package dev.orrery.runtime.argo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.core.io.LoadResult;
import dev.orrery.core.io.PipelineFiles;
import dev.orrery.runtime.ArtifactRef;
import dev.orrery.runtime.Metric;
import dev.orrery.runtime.RunMetrics;
import dev.orrery.runtime.RunRef;
import dev.orrery.runtime.SubmitOptions;
import dev.orrery.runtime.metrics.MetricsCollectorTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An Argo run's metrics through the runtime SPI, against the mock cluster with the fake controller and
 * a real S3-compatible server (s3proxy): output parameters from the Workflow's status, the metrics
 * artifacts from the repository, stored as Argo stores them (a gzipped tar).
 */
class ArgoMetricsTest {
    private static final String PIPELINE = """
            apiVersion: argoproj.io/v1alpha1
            kind: Workflow
            metadata:
              generateName: metrics-
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
                - name: train
                  container:
                    image: python:3.12-slim
                    command: [python, -c, "print('trained')"]
                  outputs:
                    parameters:
                      - name: accuracy
                        valueFrom: {path: /tmp/accuracy, default: "0.88"}
                    artifacts:
                      - name: metrics
                        path: /tmp/metrics.json
                - name: evaluate
                  container:
                    image: python:3.12-slim
                    command: [python, -c, "print('evaluated')"]
                  outputs:
                    parameters:
                      - name: accuracy
                        valueFrom: {path: /tmp/accuracy, default: "0.91"}
                      - name: verdict
                        valueFrom: {path: /tmp/verdict, default: "good"}
                    artifacts:
                      - name: mlpipeline-metrics
                        path: /tmp/mlpipeline-metrics.json
                      - name: metrics
                        path: /tmp/broken.json
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

    private void put(ArtifactRef a, byte[] content) {
        s3.put(a.location(), content);
    }

    private ArtifactRef artifact(RunRef ref, String step, String name) {
        String nodeId = runtime.get(ref).nodesOfStep(step).get(0).id();
        return runtime.artifacts(ref).stream().filter(a -> a.nodeId().equals(nodeId) && a.name().equals(name))
                .findFirst().orElseThrow();
    }

    @Test
    void readsParametersAndArtifactsFromTheRepository() throws Exception {
        LoadResult loaded = PipelineFiles.parse(PIPELINE, "metrics.yaml");
        RunRef ref = runtime.submit(loaded.documents().get(0).pipeline(), SubmitOptions.DEFAULTS);
        controller.runToEnd(ref.runId());
        put(artifact(ref, "train", "metrics"), MetricsCollectorTest.gzip(MetricsCollectorTest.tar("metrics.json",
                "{\"loss\": [0.9, 0.6, 0.4], \"accuracy\": 0.87}")));
        put(artifact(ref, "evaluate", "mlpipeline-metrics"), MetricsCollectorTest.gzip(MetricsCollectorTest.tar(
                "mlpipeline-metrics.json", "{\"metrics\": [{\"name\": \"roc-auc\", \"numberValue\": 0.95}]}")));
        put(artifact(ref, "evaluate", "metrics"), "not json".getBytes(StandardCharsets.UTF_8));

        RunMetrics metrics = runtime.metrics(ref);

        assertThat(metrics.metrics()).extracting(Metric::key, Metric::value, Metric::source).containsExactly(
                org.assertj.core.groups.Tuple.tuple("train/accuracy", 0.88, Metric.Source.PARAMETER),
                org.assertj.core.groups.Tuple.tuple("train/loss", 0.4, Metric.Source.METRICS_OBJECT),
                org.assertj.core.groups.Tuple.tuple("train/accuracy#2", 0.87, Metric.Source.METRICS_OBJECT),
                org.assertj.core.groups.Tuple.tuple("evaluate/accuracy", 0.91, Metric.Source.PARAMETER),
                org.assertj.core.groups.Tuple.tuple("evaluate/roc-auc", 0.95, Metric.Source.KFP_METRICS));
        assertThat(metrics.find("train/loss").orElseThrow().values()).containsExactly(0.9, 0.6, 0.4);
        assertThat(metrics.problems()).singleElement().asString()
                .startsWith("evaluate: artifact metrics is not JSON");
    }

    @Test
    void anArtifactGoneFromTheRepositoryIsAProblemNotAFailure() {
        LoadResult loaded = PipelineFiles.parse(PIPELINE, "metrics.yaml");
        RunRef ref = runtime.submit(loaded.documents().get(0).pipeline(), SubmitOptions.DEFAULTS);
        controller.runToEnd(ref.runId());

        RunMetrics metrics = runtime.metrics(ref);

        assertThat(metrics.metrics()).extracting(Metric::key).containsExactly("train/accuracy", "evaluate/accuracy");
        assertThat(metrics.problems()).hasSize(3).allMatch(p -> p.contains("is gone from the repository"));
    }
}
