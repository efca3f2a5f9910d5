package dev.orrery.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.runtime.Phase;
import dev.orrery.runtime.RunState;
import dev.orrery.runtime.local.LocalRuntime;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RunCommandTest {
    @TempDir
    Path dir;

    record Result(int exitCode, String out, String err) {
    }

    private Result run(String... args) {
        CommandLine cli = new CommandLine(new RunCommand());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    private Path write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

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
                  dag:
                    tasks:
                      - name: first
                        template: say
                      - name: second
                        template: say
                        dependencies: [first]
                - name: say
                  script:
                    image: debian:stable-slim
                    command: [bash]
                    source: echo "said {{workflow.parameters.word}}"
            """;

    @Test
    void aSucceedingRunPrintsProgressAndExitsZero() throws IOException {
        Path runs = dir.resolve("runs");
        Result r = run(write("hello.yaml", HELLO).toString(), "-p", "word=bonjour", "--parallelism", "1",
                "--runs-dir", runs.toString());

        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).containsPattern("\\d\\d:\\d\\d:\\d\\d\\.\\d{3}  > first +Running");
        assertThat(r.out()).containsPattern("\\d\\d:\\d\\d:\\d\\d\\.\\d{3}  \\+ second +Succeeded");
        assertThat(r.out()).contains("Succeeded (2/2 steps");
        try (LocalRuntime runtime = new LocalRuntime(runs)) {
            List<RunState> all = runtime.list();
            assertThat(all).hasSize(1);
            assertThat(all.get(0).phase()).isEqualTo(Phase.SUCCEEDED);
            assertThat(all.get(0).nodesOfStep("second").get(0).outputs().result()).isEqualTo("said bonjour");
        }
    }

    @Test
    void aFailingRunExitsOneAndShowsTheFailedStepsLastLines() throws IOException {
        Path f = write("fail.yaml", HELLO.replace("echo \"said {{workflow.parameters.word}}\"",
                "echo \"cannot find the data\" >&2; exit 4"));
        Result r = run(f.toString(), "--runs-dir", dir.resolve("runs").toString());

        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(1);
        assertThat(r.out()).containsPattern("x first +Failed .*exit code 4");
        assertThat(r.out()).contains("Failed").contains("| cannot find the data");
    }

    @Test
    void missingFilesUnknownParametersAndBadOptionsExitTwo() throws IOException {
        Path runs = dir.resolve("runs");
        Result missing = run(dir.resolve("nope.yaml").toString(), "--runs-dir", runs.toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.yaml: no such file").doesNotContain("Exception");

        Path hello = write("hello.yaml", HELLO);
        Result unknown = run(hello.toString(), "-p", "wrod=x", "--runs-dir", runs.toString());
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("no parameter 'wrod'").contains("word");

        Result parallel = run(hello.toString(), "--parallelism", "0", "--runs-dir", runs.toString());
        assertThat(parallel.exitCode()).isEqualTo(2);
        assertThat(parallel.err()).contains("--parallelism must be 1 or more");

        Result usage = run();
        assertThat(usage.exitCode()).isEqualTo(2);
    }

    @Test
    void aStepWithoutImageRunsOnTheHostWithAWarning() throws IOException {
        Path f = write("noimage.yaml", HELLO.replaceAll(" *image: debian:stable-slim\n", ""));
        assertThat(Files.readString(f)).doesNotContain("image:");
        Result r = run(f.toString(), "--runs-dir", dir.resolve("runs").toString());

        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.err()).containsPattern("noimage\\.yaml:\\d+: warning: .*no image.*not needed on this computer");
    }

    @Test
    void aRunPastItsTimeoutIsStoppedAndFails() throws IOException {
        Path f = write("slow.yaml", HELLO.replace("echo \"said {{workflow.parameters.word}}\"", "sleep 300"));
        Result r = run(f.toString(), "--timeout", "1s", "--runs-dir", dir.resolve("runs").toString());

        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(1);
        assertThat(r.out()).contains("--timeout of 1s reached; stopping the run").contains("Stopped by user");

        Result bad = run(f.toString(), "--timeout", "soon", "--runs-dir", dir.resolve("runs").toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--timeout takes a duration");
    }

    @Test
    void anInvalidPipelineIsNotRunAndItsProblemsPrintWithLines() throws IOException {
        Path bad = write("bad.yaml", HELLO.replace("dependencies: [first]", "dependencies: [nowhere]"));
        Result r = run(bad.toString(), "--runs-dir", dir.resolve("runs").toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).containsPattern("bad\\.yaml:\\d+: error: .*nowhere");
        assertThat(r.err()).contains("has errors; nothing was run");
        assertThat(dir.resolve("runs")).doesNotExist();
    }
}
