package dev.orrery.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code orrery diff A B} on files: the three outputs, the exit codes, and clear errors. */
class DiffCommandTest {
    @TempDir
    Path dir;

    static final String FLOW = """
            apiVersion: argoproj.io/v1alpha1
            kind: Workflow
            metadata:
              name: flow
            spec:
              entrypoint: main
              serviceAccountName: runner
              templates:
                - name: main
                  dag:
                    tasks:
                      - name: prepare
                        template: prepare
                      - name: train
                        template: train
                        dependencies: [prepare]
                      - name: notify
                        template: notify
                        dependencies: [train]
                - name: prepare
                  container:
                    image: python:3.12-slim
                    command: [python, prep.py]
                - name: train
                  container:
                    image: pytorch/pytorch:2.4
                    command: [python, train.py]
                    resources:
                      limits: {nvidia.com/gpu: 1}
                - name: notify
                  container:
                    image: curlimages/curl:8.8.0
                    command: [curl, "http://hooks"]
            """;

    private Path write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    private String changed() {
        return FLOW.replace("nvidia.com/gpu: 1", "nvidia.com/gpu: 2").replace("runner", "trainer")
                .replace("          - name: notify\n            template: notify\n            dependencies: [train]\n", "");
    }

    @Test
    void equalFilesExitZero() throws IOException {
        write("a.yaml", FLOW);
        // the same pipeline as a native file: no differences
        var exported = CliRunner.run("export", dir.resolve("a.yaml").toString(), "--to", "native", "-o",
                dir.resolve("a.orrery.yaml").toString());
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        var r = CliRunner.run("diff", "-C", dir.toString(), "a.yaml", "a.orrery.yaml");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("pipeline flow: no changes (a.yaml → a.orrery.yaml)");
    }

    @Test
    void aNativePipelineWithoutAnEntrypointListsItsStepChanges() throws IOException {
        String a = """
                apiVersion: orrery.dev/v1alpha1
                kind: Pipeline
                metadata: {name: plain}
                spec:
                  steps:
                    - name: a
                      image: busybox
                      command: [echo]
                """;
        write("a.orrery.yaml", a);
        write("b.orrery.yaml", a.replace("busybox", "alpine"));
        var r = CliRunner.run("diff", "-C", dir.toString(), "a.orrery.yaml", "b.orrery.yaml");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(r.out()).isEqualTo("""
                pipeline plain: 1 change (a.orrery.yaml → b.orrery.yaml)
                  Steps
                    ~ a.image: busybox → alpine
                """);
    }

    @Test
    void textOutputIsGroupedAndExitsOne() throws IOException {
        write("a.yaml", FLOW);
        write("b.yaml", changed());
        var r = CliRunner.run("diff", "-C", dir.toString(), "a.yaml", "b.yaml");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(r.out()).isEqualTo("""
                pipeline flow: 3 changes (a.yaml → b.yaml)
                  Settings
                    ~ serviceAccount: runner → trainer
                  Steps in main
                    - step notify removed
                    ~ train.resources.gpu.count: 1 → 2
                """);
    }

    @Test
    void markdownForAPullRequestComment() throws IOException {
        write("a.yaml", FLOW);
        write("b.yaml", changed());
        var r = CliRunner.run("diff", "-C", dir.toString(), "--format", "markdown", "a.yaml", "b.yaml");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(r.out()).startsWith("#### Pipeline changes: `a.yaml` → `b.yaml`\n\n**`flow`**: 3 changes\n")
                .contains("*Steps in main*\n\n- step `notify` removed\n- `train.resources.gpu.count`: `1` → `2`\n")
                .contains("- `serviceAccount`: `runner` → `trainer`");
    }

    @Test
    void jsonOutputFollowsTheDocumentedSchema() throws IOException {
        write("a.yaml", FLOW);
        write("b.yaml", changed());
        var r = CliRunner.run("diff", "-C", dir.toString(), "--format", "json", "a.yaml", "b.yaml");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(DiffSchema.problems(r.out())).isEmpty();
        JsonNode json = DiffSchema.parse(r.out());
        assertThat(json.get("equal").asBoolean()).isFalse();
        JsonNode changes = json.at("/pipelines/0/changes");
        assertThat(changes).hasSize(3);
        JsonNode gpu = changes.get(2);
        assertThat(gpu.get("kind").asText()).isEqualTo("step-changed");
        assertThat(gpu.get("graph").asText()).isEqualTo("main");
        assertThat(gpu.get("name").asText()).isEqualTo("train");
        assertThat(gpu.get("path").asText()).isEqualTo("train.resources.gpu.count");
        assertThat(gpu.get("before").asInt()).isEqualTo(1);
        assertThat(gpu.get("after").asInt()).isEqualTo(2);
        // the schema refuses what the documentation does not allow
        assertThat(DiffSchema.problems(r.out().replace("\"step-changed\"", "\"step-moved\""))).isNotEmpty();
        assertThat(DiffSchema.problems("{\"formatVersion\": 1}")).isNotEmpty();
    }

    @Test
    void theExampleInTheDocumentationFollowsTheSchema() throws IOException {
        String doc = Files.readString(DiffSchema.FILE.resolveSibling("diff.md"));
        int start = doc.indexOf("```json\n");
        assertThat(start).as("docs/diff.md shows the JSON output").isPositive();
        String example = doc.substring(start + "```json\n".length(), doc.indexOf("```", start + 7));
        assertThat(DiffSchema.problems(example)).isEmpty();
    }

    @Test
    void pipelinesOfFilesWithSeveralArePairedByName() throws IOException {
        write("a.yaml", FLOW + "---\n" + FLOW.replace("name: flow", "name: other"));
        write("b.yaml", FLOW.replace("name: flow", "name: third") + "---\n" + FLOW);
        var r = CliRunner.run("diff", "-C", dir.toString(), "--format", "json", "a.yaml", "b.yaml");
        assertThat(DiffSchema.problems(r.out())).isEmpty();
        JsonNode p = DiffSchema.parse(r.out()).get("pipelines");
        assertThat(p).hasSize(3);
        assertThat(p.get(0).get("name").asText() + " " + p.get(0).get("status").asText()).isEqualTo("third added");
        assertThat(p.get(1).get("name").asText() + " " + p.get(1).get("status").asText()).isEqualTo("flow equal");
        assertThat(p.get(2).get("name").asText() + " " + p.get(2).get("status").asText()).isEqualTo("other removed");
    }

    @Test
    void aMissingFileIsAnErrorWithItsName() throws IOException {
        write("a.yaml", FLOW);
        var r = CliRunner.run("diff", "-C", dir.toString(), "a.yaml", "missing.yaml");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("missing.yaml: no such file").doesNotContain("Exception");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void unreadableYamlIsAnErrorWithItsLine() throws IOException {
        write("a.yaml", FLOW);
        write("broken.yaml", "apiVersion: argoproj.io/v1alpha1\nkind: Workflow\nspec:\n  templates: [\n    - name: x\n");
        var r = CliRunner.run("diff", "-C", dir.toString(), "a.yaml", "broken.yaml");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).containsPattern("orrery diff: .*broken.yaml:\\d+: error: YAML").doesNotContain("\tat ");
    }

    @Test
    void revisionsNeedAGitRepository() throws IOException {
        write("a.yaml", FLOW);
        var r = CliRunner.run("diff", "-C", dir.toString(), "HEAD:a.yaml", "a.yaml");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("is not in a Git repository");
        var one = CliRunner.run("diff", "-C", dir.toString(), "a.yaml");
        assertThat(one.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(one.err()).contains("is not in a Git repository");
    }

    @Test
    void usageErrors() throws IOException {
        write("a.yaml", FLOW);
        var format = CliRunner.run("diff", "-C", dir.toString(), "--format", "html", "a.yaml", "a.yaml");
        assertThat(format.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(format.err()).contains("--format must be text, markdown or json");
        var three = CliRunner.run("diff", "-C", dir.toString(), "a.yaml", "a.yaml", "a.yaml");
        assertThat(three.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(three.err()).contains("give A B, one PATH, or Git's 7 arguments");
    }

    @Test
    void gitsSevenArgumentsCompareTheTwoFilesAndExitZeroOnChanges() throws IOException {
        Path old = write("old-tmp.yaml", FLOW);
        Path now = write("flow.yaml", changed());
        var r = CliRunner.run("diff", "-C", dir.toString(), "flow.yaml", old.toString(),
                "3f2a6b1c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a", "100644", now.toString(),
                "0000000000000000000000000000000000000000", "100644");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("pipeline flow: 3 changes (flow.yaml (3f2a6b1) → flow.yaml (working tree))");
        // a new file: Git passes /dev/null as the old side
        var added = CliRunner.run("diff", "-C", dir.toString(), "flow.yaml", "/dev/null", ".", ".", now.toString(),
                "0000000000000000000000000000000000000000", "100644");
        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(added.out()).contains("pipeline flow: added");
    }
}
