package dev.orrery.runtime.argo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orrery.runtime.RunNotFoundException;
import dev.orrery.runtime.RunRef;
import dev.orrery.runtime.RuntimeFailure;
import dev.orrery.runtime.SubmitOptions;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What a user is told when the cluster refuses, forgets or cannot be reached: one sentence, no stack trace. */
class ArgoFailuresTest {
    private final ArgoMockCluster cluster = new ArgoMockCluster();
    private final ArgoRuntime runtime = cluster.runtime();

    @AfterEach
    void close() {
        runtime.close();
        cluster.close();
    }

    private void forbid(String method, String path) {
        var status = new StatusBuilder().withCode(403).withReason("Forbidden").withStatus("Failure")
                .withMessage("workflows.argoproj.io is forbidden: User \"dev\" cannot create resource").build();
        var expect = cluster.server.expect();
        (method.equals("POST") ? expect.post() : expect.get()).withPath(path).andReturn(403, status).always();
    }

    @Test
    void rbacRefusalNamesVerbResourceAndNamespace() {
        forbid("POST", "/apis/argoproj.io/v1alpha1/namespaces/ml/workflows");
        assertThatThrownBy(() -> runtime.submit(Pipelines.churn(), SubmitOptions.DEFAULTS))
                .isInstanceOf(RuntimeFailure.class)
                .hasMessage("not allowed: create workflows in ml (RBAC)");
    }

    @Test
    void rbacRefusalOfTheWatchIsReportedWhenWatching() {
        forbid("GET", "/apis/argoproj.io/v1alpha1/namespaces/ml/workflows?resourceVersion=0");
        assertThatThrownBy(() -> runtime.watch(new Recorder())).isInstanceOf(RuntimeFailure.class)
                .hasMessage("not allowed: watch workflows in ml (RBAC)");
    }

    @Test
    void anUnknownRunIsNotFound() {
        RunRef ghost = new RunRef(runtime.id(), "ghost");
        assertThatThrownBy(() -> runtime.get(ghost)).isInstanceOf(RunNotFoundException.class);
        assertThatThrownBy(() -> runtime.artifacts(ghost)).isInstanceOf(RunNotFoundException.class);
        assertThatThrownBy(() -> runtime.resubmit(ghost)).isInstanceOf(RunNotFoundException.class);
    }

    @Test
    void anUnreachableClusterSaysSo() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        try (KubernetesClient offline = new KubernetesClientBuilder().withConfig(new io.fabric8.kubernetes.client
                .ConfigBuilder().withMasterUrl("http://127.0.0.1:" + port).withNamespace("ml")
                .withRequestRetryBackoffLimit(0).withConnectionTimeout(2000).build()).build();
                ArgoRuntime lost = new ArgoRuntime(offline, ConnectionOptions.defaults()
                        .withConnectTimeout(Duration.ofSeconds(5)))) {
            assertThatThrownBy(lost::list).isInstanceOf(RuntimeFailure.class)
                    .hasMessageStartingWith("cannot reach the cluster at http://127.0.0.1:" + port)
                    .hasMessageContaining("connection refused");
            assertThatThrownBy(() -> lost.watch(new Recorder())).isInstanceOf(RuntimeFailure.class)
                    .hasMessageStartingWith("cannot reach the cluster");
        }
    }

    @Test
    void aMissingKubeconfigOrContextIsAFailureNotACrash() {
        assertThatThrownBy(() -> ArgoConnection.config(ConnectionOptions.defaults()
                .withKubeconfig(java.nio.file.Path.of("/nonexistent/kubeconfig"))))
                .isInstanceOf(RuntimeFailure.class).hasMessageContaining("does not exist");
        assertThat(new KubeFailures("https://k8s", "ml").translate("get", "workflows", null,
                new io.fabric8.kubernetes.client.KubernetesClientException("expired", 401, null)).getMessage())
                .startsWith("not authenticated with the cluster at https://k8s");
    }
}
