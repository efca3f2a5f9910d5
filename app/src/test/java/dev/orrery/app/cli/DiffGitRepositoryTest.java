package dev.orrery.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code orrery diff} on a repository of three commits made here with JGit: REV:PATH on both sides,
 * the one-file form (working file against HEAD), revision errors, and Git's external diff driver as
 * docs/diff.md sets it up (run with the real {@code git} when it is installed).
 */
class DiffGitRepositoryTest {
    @TempDir
    Path repo;

    private static final String FLOW = DiffCommandTest.FLOW;

    @BeforeEach
    void threeCommits() throws IOException, GitAPIException {
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            Files.createDirectories(repo.resolve("pipelines"));
            commit(git, FLOW, "first version");
            commit(git, FLOW.replace("pytorch/pytorch:2.4", "pytorch/pytorch:2.5"), "newer torch");
            commit(git, FLOW.replace("pytorch/pytorch:2.4", "pytorch/pytorch:2.5").replace("name: prepare\n            template: prepare", "name: load\n            template: prepare")
                    .replace("dependencies: [prepare]", "dependencies: [load]"), "prepare is called load");
        }
    }

    private void commit(Git git, String text, String message) throws IOException, GitAPIException {
        Files.writeString(repo.resolve("pipelines/flow.yaml"), text);
        git.add().addFilepattern("pipelines/flow.yaml").call();
        PersonIdent who = new PersonIdent("Test", "test@example.com");
        git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
    }

    private CliRunner.Result diff(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "diff";
        all[1] = "-C";
        all[2] = repo.resolve("pipelines").toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return CliRunner.run(all);
    }

    @Test
    void revisionsOnBothSides() {
        var image = diff("HEAD~2:flow.yaml", "HEAD~1:flow.yaml");
        assertThat(image.exitCode()).as(image.err()).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(image.out()).isEqualTo("""
                pipeline flow: 1 change (HEAD~2:flow.yaml → HEAD~1:flow.yaml)
                  Steps in main
                    ~ train.image: pytorch/pytorch:2.4 → pytorch/pytorch:2.5
                """);
        var rename = diff("HEAD~1:flow.yaml", "main:flow.yaml");
        assertThat(rename.exitCode()).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(rename.out()).contains("> step prepare renamed to load").doesNotContain("dependency");
        var same = diff("HEAD:flow.yaml", "flow.yaml");
        assertThat(same.exitCode()).as(same.err()).isZero();
        assertThat(same.out()).contains("no changes");
    }

    @Test
    void oneFileIsTheWorkingFileAgainstHead() throws IOException {
        Path file = repo.resolve("pipelines/flow.yaml");
        Files.writeString(file, Files.readString(file).replace("nvidia.com/gpu: 1", "nvidia.com/gpu: 4"));
        var r = diff("flow.yaml");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(r.out()).isEqualTo("""
                pipeline flow: 1 change (HEAD:flow.yaml → flow.yaml)
                  Steps in main
                    ~ train.resources.gpu.count: 1 → 4
                """);
    }

    @Test
    void badRevisionsAndPathsAreClearErrors() {
        var unknown = diff("nope:flow.yaml", "flow.yaml");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("nope:flow.yaml: unknown revision 'nope'");
        var missing = diff("HEAD~2:other.yaml", "flow.yaml");
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("pipelines/other.yaml does not exist in HEAD~2");
        var tooFar = diff("HEAD~9:flow.yaml", "flow.yaml");
        assertThat(tooFar.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(tooFar.err()).contains("unknown revision 'HEAD~9'");
        assertThat(unknown.err() + missing.err() + tooFar.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void gitUsesItAsTheExternalDiffDriverOfPipelineFiles() throws Exception {
        assumeTrue(new File("/usr/bin/git").canExecute() || onPath("git"),
                "no git program installed: the external diff driver test needs one (JGit cannot run drivers)");
        // the lines docs/diff.md gives
        Files.writeString(repo.resolve(".gitattributes"), "*.yaml diff=orrery\n");
        Path launcher = repo.getParent().resolve(repo.getFileName() + "-orrery");
        Files.writeString(launcher, "#!/bin/sh\nexec '" + javaCommand() + "' -cp '" + System.getProperty("java.class.path")
                + "' dev.orrery.app.Main \"$@\"\n");
        assertThat(launcher.toFile().setExecutable(true)).isTrue();
        assertThat(git("config", "diff.orrery.command", launcher + " diff").exitCode).isZero();

        Run log = git("diff", "HEAD~2", "HEAD~1", "--", "pipelines/flow.yaml");
        assertThat(log.exitCode).as(log.output).isZero();
        assertThat(log.output).contains("pipeline flow: 1 change (pipelines/flow.yaml (")
                .contains("~ train.image: pytorch/pytorch:2.4 → pytorch/pytorch:2.5");
        Run rename = git("log", "-p", "-1", "--ext-diff", "--format=%s");
        assertThat(rename.exitCode).as(rename.output).isZero();
        assertThat(rename.output).contains("prepare is called load").contains("> step prepare renamed to load");
    }

    private record Run(int exitCode, String output) {
    }

    private Run git(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-C", repo.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        pb.environment().put("GIT_PAGER", "cat");
        Process process = pb.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), output);
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (new File(dir, program).canExecute()) {
                return true;
            }
        }
        return false;
    }
}
