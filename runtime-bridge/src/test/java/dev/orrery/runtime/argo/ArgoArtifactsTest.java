package dev.orrery.runtime.argo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.orrery.runtime.ArtifactRef;
import dev.orrery.runtime.RunRef;
import dev.orrery.runtime.RuntimeFailure;
import dev.orrery.runtime.SubmitOptions;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Artifact download against a real S3-compatible server (s3proxy with jclouds' in-memory blob store,
 * started in this JVM on a free loopback port), and through a stand-in for argo-server's
 * {@code /artifact-files/} endpoint.
 */
class ArgoArtifactsTest {

    private final ArgoMockCluster cluster = new ArgoMockCluster();
    private final FakeArgoController controller = cluster.controller();
    private S3TestServer s3;
    private String endpoint;
    private ArgoRuntime runtime;

    @BeforeEach
    void startS3() throws Exception {
        s3 = new S3TestServer(cluster);
        endpoint = s3.endpoint();
        runtime = cluster.runtime();
    }

    @AfterEach
    void stop() throws Exception {
        runtime.close();
        s3.close();
        cluster.close();
    }

    private void put(String key, String content) {
        s3.put(key, content);
    }

    private static String read(InputStream in) throws Exception {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private RunRef finishedRun() {
        RunRef ref = runtime.submit(Pipelines.churn(), SubmitOptions.DEFAULTS);
        controller.runToEnd(ref.runId());
        return ref;
    }

    private ArtifactRef artifact(RunRef ref, String name) {
        return runtime.artifacts(ref).stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void listsArtifactsAndDownloadsFromTheRepositoryTheControllerRecorded() throws Exception {
        s3.serveAsRepositoryOf(controller);
        RunRef ref = finishedRun();
        List<ArtifactRef> artifacts = runtime.artifacts(ref);
        assertThat(artifacts).extracting(ArtifactRef::name).containsExactlyInAnyOrder("dataset", "model");
        ArtifactRef model = artifact(ref, "model");
        String key = model.location();
        put(key, "weights v1");

        assertThat(read(runtime.openArtifact(model))).isEqualTo("weights v1");
    }

    @Test
    void findsTheRepositoryInTheArtifactRepositoriesConfigMap() throws Exception {
        cluster.client.configMaps().inNamespace(ArgoMockCluster.NAMESPACE).resource(new ConfigMapBuilder()
                .withNewMetadata().withName("artifact-repositories")
                .addToAnnotations("workflows.argoproj.io/default-artifact-repository", "default-v1").endMetadata()
                .addToData("default-v1", """
                        s3:
                          bucket: %s
                          endpoint: %s
                          insecure: true
                          accessKeySecret: {name: my-minio-cred, key: accesskey}
                          secretKeySecret: {name: my-minio-cred, key: secretkey}
                        """.formatted(S3TestServer.BUCKET, endpoint)).build()).create();
        RunRef ref = finishedRun();
        ArtifactRef dataset = artifact(ref, "dataset");
        put(dataset.location(), "a,b\n1,2\n");

        assertThat(read(runtime.openArtifact(dataset))).isEqualTo("a,b\n1,2\n");
    }

    @Test
    void aMissingObjectAndWrongCredentialsAreExplained() {
        s3.serveAsRepositoryOf(controller);
        RunRef ref = finishedRun();
        ArtifactRef model = artifact(ref, "model");
        assertThatThrownBy(() -> runtime.openArtifact(model)).isInstanceOf(RuntimeFailure.class)
                .hasMessageContaining("is gone from the repository");

        cluster.client.secrets().inNamespace(ArgoMockCluster.NAMESPACE).withName(S3TestServer.CREDENTIALS)
                .edit(s -> new SecretBuilder(s).withData(null).withStringData(Map.of("accesskey", S3TestServer.ACCESS,
                        "secretkey", "wrong")).build());
        put(model.location(), "x");
        assertThatThrownBy(() -> runtime.openArtifact(model)).isInstanceOf(RuntimeFailure.class)
                .hasMessageContaining("refused the credentials");
    }

    @Test
    void aGarbageCollectedPodsLogIsReadFromItsArchivedLog() throws Exception {
        s3.serveAsRepositoryOf(controller);
        RunRef ref = finishedRun();
        var train = runtime.get(ref).nodesOfStep("train").get(0);
        String key = ref.runId() + "/train/main.log";
        var tree = ArgoResources.tree(cluster.client.genericKubernetesResources(ArgoResources.WORKFLOWS)
                .inNamespace(ArgoMockCluster.NAMESPACE).withName(ref.runId()).get());
        ((com.fasterxml.jackson.databind.node.ArrayNode) tree.at("/status/nodes").get(train.id()).at("/outputs/artifacts"))
                .addObject().put("name", "main-logs").putObject("s3").put("key", key);
        cluster.controllerClient.genericKubernetesResources(ArgoResources.WORKFLOWS).inNamespace(ArgoMockCluster.NAMESPACE)
                .resource(ArgoResources.resource(tree)).update();
        cluster.client.pods().inNamespace(ArgoMockCluster.NAMESPACE).withLabel(ArgoResources.LABEL_WORKFLOW, ref.runId())
                .delete();
        put(key, "epoch 1\nepoch 2\nepoch 3\n");

        ArgoLogsTest.Lines all = new ArgoLogsTest.Lines();
        runtime.logs(ref, train.id(), dev.orrery.runtime.LogOptions.FROM_START, all);
        assertThat(all.awaitEnd()).isNull();
        assertThat(all.lines).containsExactly("epoch 1", "epoch 2", "epoch 3");

        ArgoLogsTest.Lines tail = new ArgoLogsTest.Lines();
        runtime.logs(ref, train.id(), dev.orrery.runtime.LogOptions.tail(2, false), tail);
        assertThat(tail.awaitEnd()).isNull();
        assertThat(tail.lines).containsExactly("epoch 2", "epoch 3");
    }

    @Test
    void withoutAnyRepositoryItSaysWhatToConfigure() {
        RunRef ref = finishedRun();
        assertThatThrownBy(() -> runtime.openArtifact(artifact(ref, "model"))).isInstanceOf(RuntimeFailure.class)
                .hasMessageContaining("no S3 bucket or key");
    }

    @Test
    void downloadsThroughArgoServerWithTheBearerToken() throws Exception {
        RunRef ref = finishedRun();
        ArtifactRef model = artifact(ref, "model");
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String expectedPath = "/artifact-files/" + ArgoMockCluster.NAMESPACE + "/workflows/" + ref.runId() + "/"
                + model.nodeId() + "/outputs/model";
        server.createContext("/", exchange -> {
            boolean authorized = "Bearer s3cr3t".equals(exchange.getRequestHeaders().getFirst("Authorization"));
            boolean known = exchange.getRequestURI().getPath().equals(expectedPath);
            byte[] body = (known ? "from argo-server" : "no such artifact").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(!authorized ? 401 : known ? 200 : 404, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        try (ArgoRuntime viaServer = cluster.runtime(ConnectionOptions.defaults().withArgoServer(url, "s3cr3t"));
                ArgoRuntime badToken = cluster.runtime(ConnectionOptions.defaults().withArgoServer(url, "nope"))) {
            assertThat(read(viaServer.openArtifact(model))).isEqualTo("from argo-server");
            assertThatThrownBy(() -> badToken.openArtifact(model)).isInstanceOf(RuntimeFailure.class)
                    .hasMessageContaining("refused the token");
        } finally {
            server.stop(0);
        }
    }
}
