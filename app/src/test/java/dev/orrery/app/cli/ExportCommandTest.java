package dev.orrery.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
    @TempDir
    Path dir;

    private static final String ARGO = """
            apiVersion: argoproj.io/v1alpha1
            kind: Workflow
            metadata:
              generateName: train-
            spec:
              entrypoint: main
              arguments:
                parameters:
                  - name: epochs
                    value: "5"
                  - name: batch
                    value: 32
              templates:
                - name: main
                  dag:
                    tasks:
                      - name: prepare
                        template: prepare
                      - name: train
                        template: train
                        dependencies: [prepare]
                - name: prepare
                  script:
                    image: python:3.12-slim
                    command: [python]
                    source: |
                      import json
                      print(json.dumps({"rows": 10}))
                - name: train
                  container:
                    image: pytorch/pytorch:2.4.0
                    command: [python, train.py, --epochs, "{{workflow.parameters.epochs}}"]
                    resources:
                      limits:
                        nvidia.com/gpu: 1
            """;

    private Path write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    @Test
    void exportToNativeAndBackIsByteStable() throws IOException {
        Path in = write("wf.yaml", ARGO);
        Path nat = dir.resolve("p.yaml");
        Path a1 = dir.resolve("a1.yaml");
        Path a2 = dir.resolve("a2.yaml");
        assertThat(CliRunner.run("import", in.toString(), "-o", nat.toString()).exitCode()).isZero();
        assertThat(Files.readString(nat)).startsWith("apiVersion: orrery.dev/v1alpha1\nkind: Pipeline\n");
        assertThat(CliRunner.run("export", nat.toString(), "--to", "argo", "-o", a1.toString()).exitCode()).isZero();
        assertThat(CliRunner.run("export", nat.toString(), "--to", "argo", "-o", a2.toString()).exitCode()).isZero();
        assertThat(Files.readAllBytes(a1)).isEqualTo(Files.readAllBytes(a2));
        String argo = Files.readString(a1);
        assertThat(argo).contains("value: \"5\"").contains("value: 32");
        assertThat(argo).contains("source: |\n").doesNotContain("\\n");
    }

    @Test
    void changingOneImageChangesOneLine() throws IOException {
        Path before = dir.resolve("before.yaml");
        Path after = dir.resolve("after.yaml");
        CliRunner.run("export", write("a.yaml", ARGO).toString(), "--to", "argo", "-o", before.toString());
        CliRunner.run("export", write("b.yaml", ARGO.replace("pytorch/pytorch:2.4.0", "pytorch/pytorch:2.5.1")).toString(),
                "--to", "argo", "-o", after.toString());
        List<String> a = Files.readAllLines(before);
        List<String> b = Files.readAllLines(after);
        assertThat(b).hasSameSizeAs(a);
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals(b.get(i))) {
                changed.add(b.get(i).trim());
            }
        }
        assertThat(changed).containsExactly("image: pytorch/pytorch:2.5.1");
    }

    @Test
    void checkReportsStaleOutput() throws IOException {
        Path in = write("wf.yaml", ARGO);
        Path out = dir.resolve("out.yaml");
        assertThat(CliRunner.run("export", in.toString(), "--to", "argo", "--check", "-o", out.toString()).exitCode())
                .as("missing output is stale").isEqualTo(ExitCodes.PROBLEMS);
        CliRunner.run("export", in.toString(), "--to", "argo", "-o", out.toString());
        var upToDate = CliRunner.run("export", in.toString(), "--to", "argo", "--check", "-o", out.toString());
        assertThat(upToDate.exitCode()).isZero();
        Files.writeString(out, Files.readString(out).replace("train-", "trian-"));
        var stale = CliRunner.run("export", in.toString(), "--to", "argo", "--check", "-o", out.toString());
        assertThat(stale.exitCode()).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(stale.err()).contains("out of date");
        assertThat(Files.readString(out)).as("--check writes nothing").contains("trian-");
    }

    @Test
    void exportsEachKind() throws IOException {
        Path in = write("wf.yaml", ARGO);
        var tmpl = CliRunner.run("export", in.toString(), "--to", "argo", "--kind", "workflow-template");
        assertThat(tmpl.exitCode()).isZero();
        assertThat(tmpl.out()).contains("kind: WorkflowTemplate");
        var cron = CliRunner.run("export", in.toString(), "--to", "argo", "--kind", "cron-workflow");
        assertThat(cron.exitCode()).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(cron.err()).contains("needs a schedule");
    }

    @Test
    void badOptionsAreUsageErrors() throws IOException {
        Path in = write("wf.yaml", ARGO);
        assertThat(CliRunner.run("export", in.toString(), "--to", "yaml").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRunner.run("export", in.toString(), "--to", "argo", "--kind", "job").exitCode())
                .isEqualTo(ExitCodes.USAGE);
        assertThat(CliRunner.run("export", in.toString(), "--to", "argo", "--check").exitCode())
                .isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void helpWorksWithoutADisplay() {
        var r = CliRunner.run("--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("validate").contains("export").contains("import");
    }
}
