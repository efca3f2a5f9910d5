package dev.orrery.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.app.LineDiff;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export -o EXISTING} keeps the target's comments and style; --canonical rewrites it; --check compares with either. */
class ExportInPlaceTest {
    @TempDir
    Path temp;

    @Test
    void anExistingTargetIsChangedInPlaceAndCheckComparesWithThat() throws Exception {
        Path source = temp.resolve("wf.yaml");
        Files.writeString(source, EditCommandTest.DAG);
        Path target = temp.resolve("out.yaml");
        Files.writeString(target, EditCommandTest.DAG); // the team's file, as committed

        var upToDate = CliRunner.run("export", source.toString(), "--to", "argo", "-o", target.toString(), "--check");
        assertThat(upToDate.exitCode()).as("in-place export of the same pipeline changes nothing: " + upToDate.err())
                .isZero();
        assertThat(CliRunner.run("export", source.toString(), "--to", "argo", "-o", target.toString(), "--check",
                "--canonical").exitCode()).as("the canonical text differs").isEqualTo(ExitCodes.PROBLEMS);

        Files.writeString(source, EditCommandTest.DAG.replace("pytorch/pytorch:2.4.0", "pytorch/pytorch:2.5.0"));
        assertThat(CliRunner.run("export", source.toString(), "--to", "argo", "-o", target.toString(), "--check")
                .exitCode()).isEqualTo(ExitCodes.PROBLEMS);
        var r = CliRunner.run("export", source.toString(), "--to", "argo", "-o", target.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(LineDiff.of(EditCommandTest.DAG, Files.readString(target))).containsExactlyInAnyOrder(
                "-            image: pytorch/pytorch:2.4.0", "+            image: pytorch/pytorch:2.5.0");

        var canonical = CliRunner.run("export", source.toString(), "--to", "argo", "-o", target.toString(), "--canonical");
        assertThat(canonical.exitCode()).isZero();
        assertThat(Files.readString(target)).doesNotContain("#").contains("pytorch/pytorch:2.5.0");
        assertThat(CliRunner.run("export", source.toString(), "--to", "argo", "-o", target.toString(), "--check")
                .exitCode()).as("a canonical target is its own style: up to date").isZero();
    }

    @Test
    void aTargetThatIsNotTheSameDocumentsIsWrittenWhole() throws Exception {
        Path source = temp.resolve("wf.yaml");
        Files.writeString(source, EditCommandTest.DAG);
        Path target = temp.resolve("out.yaml");
        Files.writeString(target, "a: [unclosed\n");
        assertThat(CliRunner.run("export", source.toString(), "--to", "argo", "-o", target.toString()).exitCode()).isZero();
        assertThat(Files.readString(target)).startsWith("apiVersion: argoproj.io/v1alpha1");
    }
}
