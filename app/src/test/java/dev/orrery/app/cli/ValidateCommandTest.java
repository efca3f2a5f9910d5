package dev.orrery.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    private static final String GOOD = """
            apiVersion: argoproj.io/v1alpha1
            kind: Workflow
            metadata:
              generateName: good-
            spec:
              entrypoint: main
              templates:
                - name: main
                  dag:
                    tasks:
                      - name: a
                        template: echo
                      - name: b
                        template: echo
                        dependencies: [a]
                - name: echo
                  container:
                    image: alpine:3.20
                    command: [echo, hi]
            """;

    @Test
    void cleanFileExitsZero() throws IOException {
        var r = CliRunner.run("validate", write("good.yaml", GOOD).toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("good.yaml: ok");
    }

    @Test
    void notYamlExitsOneWithFileAndLine() throws IOException {
        Path f = write("broken.yaml", "apiVersion: argoproj.io/v1alpha1\nkind: Workflow\nspec:\n  templates: [\n    - name: x\n");
        var r = CliRunner.run("validate", f.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(r.err()).containsPattern(java.util.regex.Pattern.quote(f.toString()) + ":\\d+: error: ");
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void plainTextIsNotAPipeline() throws IOException {
        var r = CliRunner.run("validate", write("text.yaml", "hello world\n").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(r.err()).contains("text.yaml:1: error:");
    }

    @Test
    void wrongTypesAreReportedAtTheirLine() throws IOException {
        String text = GOOD.replace("image: alpine:3.20", "image: 5").replace("dependencies: [a]", "dependencies: a");
        var r = CliRunner.run("validate", write("types.yaml", text).toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(r.err()).contains("types.yaml:18: error:").contains("expected a string, found a number");
        assertThat(r.err()).contains("types.yaml:15: error:").contains("expected a list of strings");
    }

    @Test
    void cycleIsReported() throws IOException {
        String text = GOOD.replace("- name: a\n            template: echo\n",
                "- name: a\n            template: echo\n            dependencies: [b]\n");
        assertThat(text).contains("dependencies: [b]");
        var r = CliRunner.run("validate", write("cycle.yaml", text).toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(r.err()).containsPattern("cycle.yaml:\\d+: error: .*cycle");
    }

    @Test
    void duplicateNamesAreReported() throws IOException {
        String text = GOOD.replace("- name: b\n", "- name: a\n");
        var r = CliRunner.run("validate", write("dup.yaml", text).toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(r.err()).containsPattern("dup.yaml:\\d+: error: .*more than one step named");
    }

    @Test
    void unknownTemplateIsReported() throws IOException {
        String text = GOOD.replaceFirst("template: echo", "template: ecko");
        var r = CliRunner.run("validate", write("unknown.yaml", text).toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(r.err()).containsPattern("unknown.yaml:12: error: .*ecko");
    }

    @Test
    void missingEntrypointIsReported() throws IOException {
        String text = GOOD.replace("  entrypoint: main\n", "");
        var r = CliRunner.run("validate", write("noentry.yaml", text).toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(r.err()).containsPattern("noentry.yaml:\\d+: error: .*entrypoint");
    }

    @Test
    void missingFileIsAUsageError() {
        var r = CliRunner.run("validate", dir.resolve("nope.yaml").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("nope.yaml: no such file");
    }

    @Test
    void noArgumentIsAUsageError() {
        var r = CliRunner.run("validate");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("Missing required parameter");
    }

    @Test
    void yamlBombIsRefusedQuickly() throws IOException {
        StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(p).append(",*").append(p).append(",*").append(p)
                    .append(",*").append(p).append(",*").append(p).append(",*").append(p).append(",*").append(p)
                    .append(",*").append(p).append(",*").append(p).append("]\n");
        }
        var r = CliRunner.run("validate", write("bomb.yaml", bomb.toString()).toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(r.err()).contains("bomb.yaml:").containsIgnoringCase("alias");
    }

    @Test
    void fiftyMegabyteFileIsAnswered() throws IOException {
        StringBuilder sb = new StringBuilder(GOOD.replace("generateName: good-", "generateName: big-"));
        sb.append("  arguments:\n    parameters:\n");
        String filler = "x".repeat(1000);
        int i = 0;
        while (sb.length() < 50 * 1024 * 1024) {
            sb.append("      - name: p").append(i++).append("\n        value: ").append(filler).append('\n');
        }
        var r = CliRunner.run("validate", "-q", write("big.yaml", sb.toString()).toString());
        assertThat(r.exitCode()).as(r.err()).isIn(ExitCodes.OK, ExitCodes.PROBLEMS);
        assertThat(r.err()).doesNotContain("OutOfMemory").doesNotContain("\tat ");
    }

    @Test
    void anEndlessDeviceIsRefusedAtTheSizeLimit() {
        Path zero = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(zero), "no /dev/zero here");
        var r = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                () -> CliRunner.run("validate", zero.toString()));
        assertThat(r.exitCode()).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(r.err()).contains("/dev/zero").contains("larger than 64 MB").doesNotContain("\tat ");
    }

    @Test
    void aMisspeltKindFailsEvenWithoutStrict() throws IOException {
        var r = CliRunner.run("validate", write("kind.yaml", GOOD.replace("kind: Workflow", "kind: Workflw")).toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(r.err()).contains("kind.yaml:2: error:").contains("did you mean Workflow?");
        assertThat(r.out()).doesNotContain("ok");
    }

    @Test
    void aMisspeltVersionFails() throws IOException {
        var r = CliRunner.run("validate", write("v.yaml", GOOD.replace("v1alpha1", "v1alpah1")).toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(r.err()).contains("v.yaml:1: error:").contains("argoproj.io/v1alpah1");
    }

    @Test
    void aDuplicatedKeyFailsUnderStrict() throws IOException {
        Path f = write("dup.yaml", GOOD.replace("kind: Workflow\n", "kind: Workflow\nkind: Workflow\n"));
        var lenient = CliRunner.run("validate", f.toString());
        assertThat(lenient.exitCode()).isZero();
        assertThat(lenient.err()).contains("dup.yaml:3: warning: duplicate key \"kind\"");
        var strict = CliRunner.run("validate", "--strict", f.toString());
        assertThat(strict.exitCode()).isEqualTo(ExitCodes.PROBLEMS);
    }

    @Test
    void anInfiniteNumberFailsAndIsNotExportedEvenWithForce() throws IOException {
        Path f = write("inf.yaml", GOOD + "  arguments:\n    parameters:\n      - name: n\n        value: 1e999999\n");
        var r = CliRunner.run("validate", f.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(r.err()).contains("is not finite");
        var export = CliRunner.run("export", f.toString(), "--to", "argo", "--force");
        assertThat(export.out()).doesNotContain(".inf");
    }
}
