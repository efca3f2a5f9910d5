package dev.orrery.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.runtime.SecretMasking;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `orrery run` never prints the value of a parameter whose name says secret. */
class RunSecretsCliTest {
    @TempDir
    Path dir;

    @Test
    void aSecretGivenWithDashPIsMaskedInThePrintedLines() throws Exception {
        Path file = Files.writeString(dir.resolve("secret.yaml"), """
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata:
                  generateName: login-
                spec:
                  entrypoint: main
                  arguments:
                    parameters:
                      - name: db-password
                  templates:
                    - name: main
                      dag:
                        tasks:
                          - name: check
                            template: say
                            when: "{{workflow.parameters.db-password}} == letmein"
                    - name: say
                      script:
                        image: debian:stable-slim
                        command: [bash]
                        source: echo checked
                """);
        CliRunner.Result r = CliRunner.run("run", file.toString(), "-p", "db-password=hunter2", "--runs-dir",
                dir.resolve("runs").toString());

        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("check").contains("when '" + SecretMasking.MASK + " == letmein' evaluated to false");
        assertThat(r.out() + r.err()).doesNotContain("hunter2");
    }
}
