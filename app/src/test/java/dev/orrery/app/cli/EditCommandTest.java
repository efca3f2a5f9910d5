package dev.orrery.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.app.LineDiff;
import dev.orrery.app.Main;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code orrery edit}: operations in order, only their lines change, nothing written on errors, exit codes. */
class EditCommandTest {
    /** Hand-written: 4-space indentation, comments at several levels, a flow list, a reference to a task. */
    static final String DAG = """
            # team pipeline, reviewed in Git
            apiVersion: argoproj.io/v1alpha1
            kind: Workflow
            metadata:
                generateName: train-   # keep the dash
            spec:
                entrypoint: main
                arguments:
                    parameters:
                    - name: lr
                      value: "0.01"
                templates:
                -   name: main
                    dag:
                        tasks:
                        # first the data
                        -   name: prepare
                            template: prep
                        -   name: train
                            template: fit
                            depends: prepare
                            arguments:
                                parameters: [{name: rows, value: "{{tasks.prepare.outputs.result}}"}]
                -   name: prep
                    script:
                        image: python:3.12   # pinned
                        command: [python]
                        source: |
                            print(42)
                -   name: fit
                    inputs:
                        parameters:
                        -   name: rows
                    container:
                        image: pytorch/pytorch:2.4.0
                        command: [python, train.py]
            """;

    @TempDir
    Path temp;

    private Path write(String name, String text) throws Exception {
        Path file = temp.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void anImageBumpChangesThatLineOnly() throws Exception {
        Path file = write("wf.yaml", DAG);
        var r = CliRunner.run("edit", file.toString(), "--set-image", "fit=pytorch/pytorch:2.5.0");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(LineDiff.of(DAG, Files.readString(file))).containsExactlyInAnyOrder(
                "-            image: pytorch/pytorch:2.4.0", "+            image: pytorch/pytorch:2.5.0");
    }

    @Test
    void operationsRunInOrderAndRenamesFollowEveryReference() throws Exception {
        Path file = write("wf.yaml", DAG);
        Path out = temp.resolve("out.yaml");
        var r = CliRunner.run("edit", file.toString(), "-o", out.toString(), "--rename-step", "prepare=load",
                "--set-param", "lr=0.02", "--set-param", "epochs=3", "--set-gpu", "fit=2", "--rename-step", "load=fetch");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readString(file)).as("FILE untouched with -o").isEqualTo(DAG);
        String after = Files.readString(out);
        assertThat(after).contains("name: fetch", "depends: fetch", "{{tasks.fetch.outputs.result}}",
                "value: \"0.02\"", "name: epochs", "nvidia.com/gpu: \"2\"", "# first the data", "# pinned")
                .doesNotContain("prepare", "load");
        List<String> removed = LineDiff.of(DAG, after).stream().filter(l -> l.startsWith("-")).toList();
        assertThat(removed).allMatch(l -> l.contains("prepare") || l.contains("0.01"));
    }

    @Test
    void removingAStepTakesTheDependenciesOnItButAReferenceLeftIsAnErrorAndNothingIsWritten() throws Exception {
        Path file = write("wf.yaml", DAG);
        var r = CliRunner.run("edit", file.toString(), "--remove-step", "prepare");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(r.err()).contains(file + ":").containsPattern(file + ":\\d+: error: ").contains("not edited");
        assertThat(Files.readString(file)).isEqualTo(DAG);

        String noReference = DAG.replace("parameters: [{name: rows, value: \"{{tasks.prepare.outputs.result}}\"}]",
                "parameters: [{name: rows, value: \"7\"}]");
        Files.writeString(file, noReference);
        var ok = CliRunner.run("edit", file.toString(), "--remove-step", "prepare");
        assertThat(ok.exitCode()).as(ok.err()).isZero();
        String after = Files.readString(file);
        assertThat(after).doesNotContain("prepare", "name: prep\n").contains("# team pipeline", "name: train");
    }

    @Test
    void unknownNamesAndBadUsageExitTwoAndLeaveTheFileAlone() throws Exception {
        Path file = write("wf.yaml", DAG);
        assertThat(CliRunner.run("edit", file.toString(), "--set-image", "nope=x:1").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRunner.run("edit", file.toString(), "--set-image", "main=x:1").exitCode()).isEqualTo(ExitCodes.USAGE);
        var unknownStep = CliRunner.run("edit", file.toString(), "--set-param", "lr=1", "--rename-step", "nope=x");
        assertThat(unknownStep.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknownStep.err()).contains("no step named 'nope'").contains("prepare, train");
        assertThat(CliRunner.run("edit", file.toString(), "--remove-step", "nope").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRunner.run("edit", file.toString(), "--rename-step", "train=prepare").exitCode())
                .isEqualTo(ExitCodes.USAGE);
        assertThat(CliRunner.run("edit", file.toString(), "--set-gpu", "fit=many").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRunner.run("edit", file.toString(), "--set-image", "fit").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRunner.run("edit", file.toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRunner.run("edit", temp.resolve("missing.yaml").toString(), "--set-param", "a=b").exitCode())
                .isEqualTo(ExitCodes.USAGE);
        assertThat(Files.readString(file)).isEqualTo(DAG);
    }

    @Test
    void aFileWithSeveralPipelinesNeedsDocumentAndOnlyThatOneChanges() throws Exception {
        String two = DAG + "---\n" + DAG.replace("generateName: train-", "generateName: other-");
        Path file = write("two.yaml", two);
        assertThat(CliRunner.run("edit", file.toString(), "--set-image", "fit=a:1").exitCode()).isEqualTo(ExitCodes.USAGE);
        var r = CliRunner.run("edit", file.toString(), "--document", "2", "--set-image", "fit=a:1");
        assertThat(r.exitCode()).as(r.err()).isZero();
        String after = Files.readString(file);
        assertThat(after).startsWith(DAG + "---\n");
        assertThat(LineDiff.of(two, after)).hasSize(2);
    }

    @Test
    void crlfAndNoFinalNewlineAreKept() throws Exception {
        String crlf = DAG.strip().replace("\n", "\r\n");
        Path file = write("crlf.yaml", crlf);
        var r = CliRunner.run("edit", file.toString(), "--set-image", "prep=python:3.13");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readString(file)).isEqualTo(crlf.replace("image: python:3.12", "image: python:3.13"));
    }

    @Test
    void runsWithoutADisplay() throws Exception {
        Path file = write("wf.yaml", DAG);
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Djava.awt.headless=true", Main.class.getName(), "edit", file.toString(), "--set-image", "fit=x:2"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(Files.readString(file)).contains("image: x:2");
    }
}
