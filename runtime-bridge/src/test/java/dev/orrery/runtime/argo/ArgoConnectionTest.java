package dev.orrery.runtime.argo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orrery.runtime.RuntimeFailure;
import io.fabric8.kubernetes.client.Config;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArgoConnectionTest {
    @TempDir
    Path dir;
    private Path kubeconfig;

    @BeforeEach
    void write() throws Exception {
        kubeconfig = dir.resolve("config");
        Files.writeString(kubeconfig, """
                apiVersion: v1
                kind: Config
                current-context: dev
                clusters:
                  - name: dev-cluster
                    cluster: {server: "https://dev.example:6443"}
                  - name: prod-cluster
                    cluster: {server: "https://prod.example:6443"}
                contexts:
                  - name: dev
                    context: {cluster: dev-cluster, user: alice, namespace: team-a}
                  - name: prod
                    context: {cluster: prod-cluster, user: robot}
                users:
                  - name: alice
                    user: {token: alice-token}
                  - name: robot
                    user: {token: robot-token}
                """);
    }

    @Test
    void theCurrentContextAndItsNamespaceByDefault() {
        Config c = ArgoConnection.config(ConnectionOptions.defaults().withKubeconfig(kubeconfig));
        assertThat(c.getMasterUrl()).startsWith("https://dev.example:6443");
        assertThat(c.getNamespace()).isEqualTo("team-a");
        assertThat(c.getAutoOAuthToken()).isEqualTo("alice-token");
        assertThat(c.isTrustCerts()).as("TLS verification stays on").isFalse();
    }

    @Test
    void anotherContextWithoutNamespaceUsesDefaultAndAnExplicitNamespaceWins() {
        Config prod = ArgoConnection.config(ConnectionOptions.defaults().withKubeconfig(kubeconfig).withContext("prod"));
        assertThat(prod.getMasterUrl()).startsWith("https://prod.example:6443");
        assertThat(prod.getNamespace()).isEqualTo("default");
        assertThat(prod.getAutoOAuthToken()).isEqualTo("robot-token");
        Config ml = ArgoConnection.config(ConnectionOptions.defaults().withKubeconfig(kubeconfig).withContext("prod")
                .withNamespace("ml"));
        assertThat(ml.getNamespace()).isEqualTo("ml");
    }

    @Test
    void requestsAreNotRetriedAndOneTimeoutBoundsConnectingAndAnswering() {
        Config c = ArgoConnection.config(ConnectionOptions.defaults().withKubeconfig(kubeconfig));
        assertThat(c.getRequestRetryBackoffLimit()).as("fabric8's retries made a refusal take ~22 s").isZero();
        assertThat(c.getConnectionTimeout()).isEqualTo(10_000);
        assertThat(c.getRequestTimeout()).isEqualTo(10_000);
        Config quick = ArgoConnection.config(ConnectionOptions.defaults().withKubeconfig(kubeconfig)
                .withConnectTimeout(java.time.Duration.ofMillis(1500)));
        assertThat(quick.getConnectionTimeout()).isEqualTo(1500);
        assertThat(quick.getRequestTimeout()).isEqualTo(1500);
    }

    @Test
    void anUnknownContextIsRefusedWithItsName() {
        assertThatThrownBy(() -> ArgoConnection.config(ConnectionOptions.defaults().withKubeconfig(kubeconfig)
                .withContext("staging"))).isInstanceOf(RuntimeFailure.class)
                .hasMessage("the kubeconfig has no context named 'staging'");
    }
}
