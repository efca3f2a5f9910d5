package dev.orrery.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server that accepts connections and never answers: the commands give up after --timeout
 * (fabric8's retries made it 132 s). The bound is generous; without the fix the command runs for minutes.
 */
class ClusterTimeoutTest {
    @TempDir
    Path dir;

    private ServerSocket silent;
    private final List<Socket> accepted = new CopyOnWriteArrayList<>();
    private Thread acceptor;

    @BeforeEach
    void startSilentServer() throws IOException {
        silent = new ServerSocket(0);
        acceptor = Thread.ofPlatform().daemon().name("silent-server").start(() -> {
            try {
                while (true) {
                    accepted.add(silent.accept());
                }
            } catch (IOException closed) {
                // the test is over
            }
        });
    }

    @AfterEach
    void stop() throws Exception {
        silent.close();
        for (Socket s : accepted) {
            s.close();
        }
        acceptor.join();
    }

    @Test
    void aSilentServerFailsWithinTheTimeout() throws Exception {
        Path kubeconfig = Kubeconfigs.pointingAt(dir, "http://127.0.0.1:" + silent.getLocalPort());
        CliRunner.Result r = assertTimeoutPreemptively(Duration.ofSeconds(15),
                () -> CliRunner.run("runs", "list", "--timeout", "1s", "--kubeconfig", kubeconfig.toString()));
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).startsWith("orrery runs list: cannot reach the cluster at http://127.0.0.1:"
                + silent.getLocalPort()).contains("timed out").doesNotContain("\tat ");
        assertThat(accepted).as("the server was reached").isNotEmpty();
    }

    @Test
    void everyClusterCommandTakesATimeout() {
        for (String[] args : List.of(new String[] {"submit", "x.yaml"}, new String[] {"runs", "list"},
                new String[] {"runs", "watch", "r"}, new String[] {"runs", "stop", "r"}, new String[] {"logs", "r"},
                new String[] {"artifacts", "r"})) {
            var cli = OrreryCommand.commandLine();
            var parsed = cli.parseArgs(concat(args, "--timeout", "500ms"));
            while (parsed.hasSubcommand()) {
                parsed = parsed.subcommand();
            }
            assertThat((Duration) parsed.matchedOptionValue("--timeout", null)).as(String.join(" ", args))
                    .isEqualTo(Duration.ofMillis(500));
        }
    }

    @Test
    void aTimeoutThatIsNotADurationIsAUsageError() {
        CliRunner.Result r = CliRunner.run("runs", "list", "--timeout", "soon");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("--timeout").contains("500ms, 10s or 2m");
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
