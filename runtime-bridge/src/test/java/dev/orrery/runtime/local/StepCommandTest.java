package dev.orrery.runtime.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orrery.core.model.Artifact;
import dev.orrery.core.model.EnvVar;
import dev.orrery.core.model.Template;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command lines the local runner builds, on the host and for docker/podman. */
class StepCommandTest {
    @TempDir
    Path tmp;

    private Template scriptWithPaths() {
        Template t = Fixtures.script("train", "python", "open('/tmp/out/model.bin','w'); print('{{inputs.parameters.lr}}')");
        t.container.image = "python:3.12-slim";
        t.inputArtifacts.add(new Artifact("data", "/data/in.csv"));
        Fixtures.outputParameter(t, "loss", "/tmp/out/loss.txt");
        t.outputArtifacts.add(new Artifact("model", "/tmp/out/model.bin"));
        t.container.env.add(EnvVar.literal("DATA", "/data/in.csv"));
        return t;
    }

    private static Scope scope() {
        return Scope.of(Map.of("name", "r1"), Map.of("lr", "0.1"), Map.of("data", "/data/in.csv"));
    }

    @Test
    void hostScriptsRunWithTheirInterpreterAndDeclaredPathsMoveIntoTheNodeFolder() {
        NodeFolder folder = new NodeFolder(tmp.resolve("node"));
        LaunchSpec spec = StepCommand.build(scriptWithPaths(), scope(), folder, ContainerMode.HOST, "r1", "r1.train");

        assertThat(spec.argv().get(0)).isIn("python", "python3");
        assertThat(spec.argv()).endsWith(folder.script().toString());
        assertThat(spec.script()).isEqualTo("open('" + folder.fs() + "/tmp/out/model.bin','w'); print('0.1')");
        assertThat(spec.env()).containsEntry("DATA", folder.fs() + "/data/in.csv")
                .containsEntry("ORRERY_NODE_ID", "r1.train").containsEntry("PYTHONUNBUFFERED", "1");
        assertThat(spec.workDir()).isEqualTo(folder.work());
        assertThat(spec.containerName()).isNull();
    }

    @Test
    void rewritingRespectsPathBoundaries() {
        var rewrite = new StepCommand.PathRewriter(Map.of("/tmp/out", "/h/fs/tmp/out", "/tmp/out/a.txt", "/X"));
        assertThat(rewrite.apply("cat /tmp/out/a.txt /tmp/output /tmp/out/b /var/tmp/out x/tmp/out"))
                .isEqualTo("cat /X /tmp/output /h/fs/tmp/out/b /var/tmp/out x/tmp/out");
        assertThat(StepCommand.withFolders(Map.of("/usr/local/x", "/h/x", "/srv/m/model.json", "/h/srv/m/model.json")))
                .containsEntry("/srv/m", "/h/srv/m").doesNotContainKey("/usr/local");
    }

    @Test
    void theLocalCommandAnnotationOverridesTheHostCommand() {
        Template t = Fixtures.container("serve", List.of("/app/serve"), List.of("--port", "80"));
        t.extra.putObject("metadata").putObject("annotations").put(StepCommand.LOCAL_COMMAND,
                "echo serving {{inputs.parameters.lr}}");
        LaunchSpec shell = StepCommand.build(t, scope(), new NodeFolder(tmp), ContainerMode.HOST, "r1", "n");
        assertThat(shell.argv()).hasSize(3).endsWith("-c", "echo serving 0.1");

        ((com.fasterxml.jackson.databind.node.ObjectNode) t.extra.get("metadata").get("annotations"))
                .put(StepCommand.LOCAL_COMMAND, "[\"echo\", \"a b\", \"{{inputs.parameters.lr}}\"]");
        LaunchSpec words = StepCommand.build(t, scope(), new NodeFolder(tmp), ContainerMode.HOST, "r1", "n");
        assertThat(words.argv()).containsExactly("echo", "a b", "0.1");
    }

    @Test
    void aContainerWithoutCommandCannotRunOnTheHostAndSaysWhatToDo() {
        Template t = Fixtures.container("image-only", null, List.of("--serve"));
        assertThatThrownBy(() -> StepCommand.build(t, scope(), new NodeFolder(tmp), ContainerMode.HOST, "r1", "n"))
                .hasMessageContaining("no command").hasMessageContaining(StepCommand.LOCAL_COMMAND);
    }

    @Test
    void dockerModeRunsTheImageWithMountsAtTheDeclaredPlaces() {
        NodeFolder folder = new NodeFolder(tmp.resolve("node"));
        Template t = scriptWithPaths();
        t.container.env.add(EnvVar.secret("TOKEN", "s", "k"));
        LaunchSpec spec = StepCommand.build(t, scope(), folder, ContainerMode.DOCKER, "r1", "r1.train");

        List<String> a = spec.argv();
        assertThat(a.subList(0, 4)).containsExactly("docker", "run", "--rm", "--init");
        assertThat(a).containsSequence("--name", spec.containerName());
        assertThat(spec.containerName()).startsWith("orrery-r1-").matches("[a-zA-Z0-9_.-]+");
        assertThat(a).containsSequence("-w", "/orrery/work", "-v", folder.work() + ":/orrery/work");
        assertThat(a).containsSequence("-v", folder.script() + ":/orrery/script:ro");
        assertThat(a).containsSequence("-v", folder.fs() + "/data:/data");
        assertThat(a).containsSequence("-v", folder.fs() + "/tmp/out:/tmp/out");
        assertThat(a).containsSequence("-e", "DATA=/data/in.csv");
        assertThat(a).containsSequence("--entrypoint", "python", "python:3.12-slim", "/orrery/script");
        assertThat(a.stream().filter(w -> w.endsWith(":/tmp/out"))).as("one mount per folder").hasSize(1);
        assertThat(spec.script()).as("no rewriting inside the container").contains("'/tmp/out/model.bin'");

        Template plain = Fixtures.container("c", List.of("sh", "-c"), List.of("echo hi"));
        LaunchSpec podman = StepCommand.build(plain, scope(), folder, ContainerMode.PODMAN, "r1", "n");
        assertThat(podman.argv()).startsWith("podman", "run").endsWith("--entrypoint", "sh", "alpine:3", "-c", "echo hi");
    }
}
