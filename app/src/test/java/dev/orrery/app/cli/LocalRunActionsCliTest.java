package dev.orrery.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code runs resubmit} and {@code runs delete} on this computer's runs, through the CLI. */
class LocalRunActionsCliTest {
    private static final String HELLO = """
            apiVersion: argoproj.io/v1alpha1
            kind: Workflow
            metadata:
              generateName: hello-
            spec:
              entrypoint: main
              arguments:
                parameters:
                  - name: word
                    value: hi
              templates:
                - name: main
                  script:
                    image: debian:stable-slim
                    command: [bash]
                    source: echo "said {{workflow.parameters.word}}"
            """;

    @TempDir
    Path dir;

    @Test
    void resubmitFollowsTheNewRunAndDeleteRemovesAFinishedOne() throws Exception {
        Path file = dir.resolve("hello.yaml");
        Files.writeString(file, HELLO);
        String runs = dir.resolve("runs").toString();
        CliRunner.Result ran = CliRunner.run("run", file.toString(), "-p", "word=bonjour", "--runs-dir", runs);
        assertThat(ran.exitCode()).as(ran.out() + ran.err()).isZero();
        String first = names(runs).get(0);

        CliRunner.Result again = CliRunner.run("runs", "resubmit", first, "--runs-dir", runs);

        assertThat(again.exitCode()).as(again.out() + again.err()).isZero();
        List<String> names = names(runs);
        assertThat(names).hasSize(2).contains(first);
        String second = names.stream().filter(n -> !n.equals(first)).findFirst().orElseThrow();
        assertThat(again.out()).contains("run " + second + " in ").contains("run " + second + " Succeeded (1/1 steps");
        CliRunner.Result logs = CliRunner.run("logs", second, "--runs-dir", runs);
        assertThat(logs.out().trim()).isEqualTo("said bonjour");

        CliRunner.Result delete = CliRunner.run("runs", "delete", "local:" + first, "--runs-dir", runs);
        assertThat(delete.exitCode()).as(delete.err()).isZero();
        assertThat(delete.out().trim()).isEqualTo(first + " deleted");
        assertThat(names(runs)).containsExactly(second);
        assertThat(dir.resolve("runs").resolve(first)).doesNotExist();
    }

    private static List<String> names(String runs) {
        CliRunner.Result list = CliRunner.run("runs", "list", "--runs-dir", runs);
        assertThat(list.exitCode()).as(list.err()).isZero();
        return list.out().lines().skip(1).map(l -> l.split(" +")[0]).toList();
    }
}
