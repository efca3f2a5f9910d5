package dev.orrery.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Argo's size limits on the command line: warnings at file:line, errors and exit 1 under --strict, and the split. */
class ArgoLimitsCliTest {
    @TempDir
    Path dir;

    /** A Workflow whose DAG 'main' has n tasks, each waiting for and reading from a random earlier one (seeded). */
    static String dag(int n, long seed) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder("""
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata:
                  generateName: big-
                spec:
                  entrypoint: main
                  templates:
                  - name: work
                    inputs:
                      parameters:
                      - name: in
                        default: none
                    outputs:
                      parameters:
                      - name: out
                        valueFrom:
                          path: /tmp/out
                    container:
                      image: alpine:3.20
                      command: [sh, -c, "echo {{inputs.parameters.in}} > /tmp/out"]
                  - name: main
                    dag:
                      tasks:
                """);
        for (int i = 0; i < n; i++) {
            sb.append("      - name: t").append(i).append("\n        template: work\n");
            if (i > 0) {
                int from = i - 1 - r.nextInt(Math.min(i, 40));
                sb.append("        dependencies: [t").append(from).append("]\n")
                        .append("        arguments:\n          parameters:\n          - name: in\n")
                        .append("            value: \"{{tasks.t").append(from).append(".outputs.parameters.out}}\"\n");
            }
        }
        return sb.toString();
    }

    private Path write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    @Test
    void aDagOver200TasksIsAWarningAtItsLineAndAnErrorUnderStrict() throws IOException {
        Path f = write("big.yaml", dag(201, 1));
        var lenient = CliRunner.run("validate", f.toString());
        assertThat(lenient.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(lenient.err()).contains(f + ":23: warning: step main, dag.tasks: DAG template 'main' has 201"
                + " tasks; Argo v4's full CRD refuses more than 200 (workflow_types.go, DAGTemplate.Tasks MaxItems)");

        var strict = CliRunner.run("validate", "--strict", f.toString());
        assertThat(strict.exitCode()).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(strict.err()).contains(f + ":23: error: step main, dag.tasks: DAG template 'main' has 201 tasks");
    }

    @Test
    void aDagOf200TasksPassesStrict() throws IOException {
        var strict = CliRunner.run("validate", "--strict", write("ok.yaml", dag(200, 1)).toString());
        assertThat(strict.err()).isEmpty();
        assertThat(strict.exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void exportSplitDagsWritesNestedDagsThatPassStrictValidation() throws IOException {
        Path f = write("big.yaml", dag(450, 7));
        Path out = dir.resolve("split.yaml");
        var export = CliRunner.run("export", f.toString(), "--to", "argo", "--split-dags", "-o", out.toString());
        assertThat(export.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(export.err()).isEqualTo(f + ": split 'main': 450 tasks in 3 nested DAGs (main-part-1 …"
                + " main-part-3)" + System.lineSeparator());
        String text = Files.readString(out);
        assertThat(text).contains("- name: main-part-3").contains("template: main-part-2");

        var strict = CliRunner.run("validate", "--strict", out.toString());
        assertThat(strict.err()).isEmpty();
        assertThat(strict.exitCode()).isEqualTo(ExitCodes.OK);

        var again = CliRunner.run("export", f.toString(), "--to", "argo", "--split-dags");
        assertThat(again.out()).isEqualTo(text); // deterministic
    }

    @Test
    void withoutSplitDagsTheLargeDagIsExportedAsItIsWithTheWarning() throws IOException {
        Path f = write("big.yaml", dag(250, 3));
        var export = CliRunner.run("export", f.toString(), "--to", "argo");
        assertThat(export.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(export.err()).contains("warning: step main, dag.tasks: DAG template 'main' has 250 tasks");
        assertThat(export.out()).doesNotContain("main-part-1");
    }

    @Test
    void aDagThatCannotBeSplitIsNotExportedAndTheMessageSaysWhy() throws IOException {
        Path f = write("target.yaml", dag(250, 3).replace("    dag:\n", "    dag:\n      target: t249\n"));
        var export = CliRunner.run("export", f.toString(), "--to", "argo", "--split-dags");
        assertThat(export.exitCode()).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(export.err()).contains(f + ": not exported: cannot split 'main': it sets a target");
        assertThat(export.out()).isEmpty();
    }
}
