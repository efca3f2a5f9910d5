package dev.orrery.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A refused connection or an unknown host is reported at the first failure (fabric8's own retries
 * took ~22 s); the bound is generous for a loaded machine and still far below the retrying time.
 */
class ClusterUnreachableTest {
    private static final Duration PROMPT = Duration.ofSeconds(8);

    @TempDir
    Path dir;

    @Test
    void aRefusedConnectionIsReportedAtOnce() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path kubeconfig = Kubeconfigs.pointingAt(dir, "http://127.0.0.1:" + port);
        CliRunner.Result r = assertTimeoutPreemptively(PROMPT,
                () -> CliRunner.run("runs", "list", "--kubeconfig", kubeconfig.toString()));
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).startsWith("orrery runs list: cannot reach the cluster at http://127.0.0.1:" + port)
                .contains("connection refused").doesNotContain("\tat ");
    }

    @Test
    void anUnknownHostIsReportedAtOnce() throws Exception {
        Path kubeconfig = Kubeconfigs.pointingAt(dir, "http://no-such-cluster.invalid:6443");
        CliRunner.Result r = assertTimeoutPreemptively(PROMPT,
                () -> CliRunner.run("logs", "some-run", "--kubeconfig", kubeconfig.toString()));
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).startsWith("orrery logs: cannot reach the cluster at http://no-such-cluster.invalid:6443")
                .doesNotContain("\tat ");
    }
}
