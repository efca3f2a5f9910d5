package dev.orrery.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A kubeconfig whose one context points at the given server, for tests of unreachable clusters. */
final class Kubeconfigs {
    private Kubeconfigs() {
    }

    static Path pointingAt(Path dir, String server) throws IOException {
        Path file = dir.resolve("kubeconfig");
        Files.writeString(file, """
                apiVersion: v1
                kind: Config
                clusters:
                  - name: far
                    cluster: {server: "%s"}
                contexts:
                  - name: far
                    context: {cluster: far, user: tester, namespace: ml}
                current-context: far
                users:
                  - name: tester
                    user: {token: test-token}
                """.formatted(server));
        return file;
    }
}
