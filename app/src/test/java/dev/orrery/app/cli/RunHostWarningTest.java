package dev.orrery.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code orrery run} in host mode warns, before anything runs, about each step that will use this
 * computer's programs instead of the image it names; a step told how to run here
 * ({@code orrery.dev/local-command}) or without an image is not listed.
 */
class RunHostWarningTest {
    @TempDir
    Path dir;

    private static final String PIPELINE = """
            apiVersion: argoproj.io/v1alpha1
            kind: Workflow
            metadata:
              generateName: mixed-
            spec:
              entrypoint: main
              templates:
                - name: main
                  dag:
                    tasks:
                      - name: prepare
                        template: prepare
                      - name: local-only
                        template: local-only
                        dependencies: [prepare]
                - name: prepare
                  script:
                    image: python:3.12-slim
                    command: [python]
                    source: print('prepared')
                - name: local-only
                  metadata:
                    annotations:
                      orrery.dev/local-command: echo here
                  container:
                    image: busybox
                    command: [sh, -c, "echo in image"]
            """;

    @Test
    void hostModeListsTheStepsThatRunWithoutTheirImageBeforeRunning() throws IOException {
        Path file = dir.resolve("mixed.yaml");
        Files.writeString(file, PIPELINE);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new RunCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(file.toString(), "--runs-dir", dir.resolve("runs").toString());

        assertThat(code).as(out + "\n" + err).isZero();
        assertThat(err.toString()).contains("orrery run: warning: 1 step will run on this computer, not in its image")
                .contains("\n  prepare (python:3.12-slim)\n").doesNotContain("local-only (");
    }
}
