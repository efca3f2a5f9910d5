package dev.orrery.runtime.local;

import static dev.orrery.runtime.local.Fixtures.bash;
import static dev.orrery.runtime.local.Fixtures.dag;
import static dev.orrery.runtime.local.Fixtures.node;
import static dev.orrery.runtime.local.Fixtures.pipeline;
import static dev.orrery.runtime.local.Fixtures.runToEnd;
import static dev.orrery.runtime.local.Fixtures.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orrery.core.model.Artifact;
import dev.orrery.core.model.Template;
import dev.orrery.runtime.NodeState;
import dev.orrery.runtime.Phase;
import dev.orrery.runtime.RunRef;
import dev.orrery.runtime.RunState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An untrusted pipeline cannot make the local runner write or read outside the step's folder:
 * not with '..' in its paths, not with links it leaves behind; on the host and in container mode.
 * The node folders sit five levels below {@code tmp} ({@code tmp/runs/<run>/nodes/<node>/work}),
 * so five '..' from a relative path reach {@code tmp}.
 */
class ContainmentTest {
    private static final String UP_TO_TMP = "../../../../../";

    @TempDir
    Path tmp;
    LocalRuntime runtime;
    Path victim;

    @BeforeEach
    void start() throws Exception {
        runtime = new LocalRuntime(tmp.resolve("runs"));
        victim = tmp.resolve("host-file.txt");
        Files.writeString(victim, "host secret\n");
    }

    @AfterEach
    void stop() {
        runtime.close();
    }

    /** The path as a shell word the runner's path rewriting does not touch ('/'tmp/… is /tmp/… to the shell). */
    private static String unrewritten(Path p) {
        return "'/'" + p.toString().substring(1);
    }

    private String stateJson(RunState s) throws Exception {
        return Files.readString(runtime.runDirectory(s.ref()).resolve(RunStore.STATE));
    }

    @Test
    void anInputArtifactWithDotDotDoesNotOverwriteAFileOutsideTheRun() throws Exception {
        Template produce = bash("produce", "echo overwritten > /tmp/out.txt");
        produce.outputArtifacts.add(new Artifact("data", "/tmp/out.txt"));
        Template consume = bash("consume", "cat " + UP_TO_TMP + "host-file.txt");
        consume.inputArtifacts.add(new Artifact("data", UP_TO_TMP + "host-file.txt"));
        RunState s = runToEnd(runtime, pipeline("in", dag("main", step("produce", "produce"),
                Fixtures.artifactArg(step("consume", "consume", "produce"), "data",
                        "{{tasks.produce.outputs.artifacts.data}}")), produce, consume));

        assertThat(Files.readString(victim)).isEqualTo("host secret\n");
        NodeState c = node(s, "consume");
        assertThat(c.phase()).isEqualTo(Phase.ERROR);
        assertThat(c.message()).contains("climbs out").contains("inside the step's folder");
    }

    @Test
    void anOutputParameterWithDotDotDoesNotReadAHostFile() throws Exception {
        Template t = bash("leak", "echo hi");
        Fixtures.outputParameter(t, "stolen", UP_TO_TMP + "host-file.txt");
        RunState s = runToEnd(runtime, pipeline("out", t));

        assertThat(s.nodes().get(0).phase()).isEqualTo(Phase.ERROR);
        assertThat(s.nodes().get(0).outputs().parameters()).doesNotContainValue("host secret");
        assertThat(stateJson(s)).doesNotContain("host secret");
    }

    @Test
    void anAbsolutePathThatClimbsAboveTheRootStaysInTheStepsFileSystem() throws Exception {
        Template t = bash("leak", "echo mine > /../../../../../host-file.txt");
        Fixtures.outputParameter(t, "value", "/../../../../../host-file.txt");
        RunState s = runToEnd(runtime, pipeline("abs", t));

        assertThat(s.nodes().get(0).phase()).as(Fixtures.ids(s).toString()).isEqualTo(Phase.SUCCEEDED);
        assertThat(s.nodes().get(0).outputs().parameters()).containsEntry("value", "mine");
        assertThat(stateJson(s)).doesNotContain("host secret");
        assertThat(Files.readString(victim)).isEqualTo("host secret\n");
    }

    @Test
    void anOutputArtifactWithDotDotIsRefused() throws Exception {
        Template t = bash("leak", "echo hi");
        t.outputArtifacts.add(new Artifact("stolen", UP_TO_TMP + "host-file.txt"));
        RunState s = runToEnd(runtime, pipeline("art", t));

        assertThat(s.nodes().get(0).phase()).isEqualTo(Phase.ERROR);
        assertThat(s.nodes().get(0).outputs().artifacts()).isEmpty();
        assertThat(runtime.artifacts(s.ref())).isEmpty();
    }

    @Test
    void aLinkLeftAsAnOutputToAFileOutsideIsNotFollowed() throws Exception {
        Template t = bash("link", "mkdir -p /tmp/out && ln -s " + unrewritten(victim) + " /tmp/out/value.txt");
        Fixtures.outputParameter(t, "stolen", "/tmp/out/value.txt");
        RunState s = runToEnd(runtime, pipeline("link-param", t));

        NodeState n = s.nodes().get(0);
        assertThat(n.phase()).isEqualTo(Phase.ERROR);
        assertThat(n.message()).contains("symbolic link").contains("does not follow links out of a run");
        assertThat(stateJson(s)).doesNotContain("host secret");
    }

    @Test
    void aFolderArtifactHoldingALinkOutsideIsNotCopiedToTheNextStep() throws Exception {
        Template produce = bash("produce", "mkdir -p /tmp/model && echo w > /tmp/model/weights && ln -s "
                + unrewritten(victim) + " /tmp/model/passwd");
        produce.outputArtifacts.add(new Artifact("model", "/tmp/model"));
        Template consume = bash("consume", "cat /in/model/passwd");
        consume.inputArtifacts.add(new Artifact("model", "/in/model"));
        RunState s = runToEnd(runtime, pipeline("link-art", dag("main", step("produce", "produce"),
                Fixtures.artifactArg(step("consume", "consume", "produce"), "model",
                        "{{tasks.produce.outputs.artifacts.model}}")), produce, consume));

        assertThat(node(s, "produce").phase()).isEqualTo(Phase.ERROR);
        assertThat(node(s, "produce").message()).contains("symbolic link");
        assertThat(s.nodes()).noneMatch(n -> "consume".equals(n.stepName()) && n.phase() == Phase.SUCCEEDED);
    }

    @Test
    void anInputIsNeverWrittenThroughALinkInTheStepsFolder() throws Exception {
        Path node = Files.createDirectories(tmp.resolve("node"));
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.createSymbolicLink(node.resolve("data"), outside);
        assertThatThrownBy(() -> Containment.prepareTarget(node, node.resolve("data/in.csv"), "input artifact 'x'"))
                .isInstanceOf(Containment.EscapeException.class).hasMessageContaining("leads out of the step's folder");

        Files.createSymbolicLink(node.resolve("in.csv"), victim);
        Containment.prepareTarget(node, node.resolve("in.csv"), "input artifact 'x'");
        assertThat(node.resolve("in.csv")).doesNotExist();
        assertThat(Files.readString(victim)).isEqualTo("host secret\n");
    }

    @Test
    void copiesKeepLinksAsLinks() throws Exception {
        Path src = Files.createDirectories(tmp.resolve("src"));
        Files.createSymbolicLink(src.resolve("link"), victim);
        Path target = tmp.resolve("copy");
        Files2.copy(src, target);
        assertThat(Files.isSymbolicLink(target.resolve("link"))).isTrue();
    }

    @Test
    void containerModeUsesTheSameContainedPaths() throws Exception {
        NodeFolder folder = new NodeFolder(tmp.resolve("node"));
        Scope scope = Scope.of(Map.of("name", "r1"), Map.of(), Map.of());
        Template escaping = Fixtures.container("c", java.util.List.of("sh", "-c"), java.util.List.of("true"));
        escaping.inputArtifacts.add(new Artifact("data", UP_TO_TMP + "host-file.txt"));
        assertThatThrownBy(() -> StepCommand.build(escaping, scope, folder, ContainerMode.DOCKER, "r1", "n"))
                .hasMessageContaining("climbs out");

        Template climbing = Fixtures.container("c", java.util.List.of("sh", "-c"), java.util.List.of("true"));
        Fixtures.outputParameter(climbing, "v", "/tmp/../../../out/v.txt");
        LaunchSpec spec = StepCommand.build(climbing, scope, folder, ContainerMode.DOCKER, "r1", "n");
        assertThat(spec.argv()).containsSequence("-v", folder.fs() + "/out:/out");
        assertThat(spec.argv()).noneMatch(w -> w.contains(".."));

        Template colon = Fixtures.container("c", java.util.List.of("sh", "-c"), java.util.List.of("true"));
        Fixtures.outputParameter(colon, "v", "/tmp/x:/etc:rw/v.txt");
        assertThatThrownBy(() -> StepCommand.build(colon, scope, folder, ContainerMode.DOCKER, "r1", "n"))
                .hasMessageContaining("':' or ','");
    }

    @Test
    void aLinkAContainerLeftIsCheckedOnTheHostSideToo() throws Exception {
        // in container mode the step's files land in the same node folder; collection reads them from the host
        NodeFolder folder = new NodeFolder(Files.createDirectories(tmp.resolve("node")));
        Path out = Files.createDirectories(folder.fs().resolve("tmp/out"));
        Files.createSymbolicLink(out.resolve("v.txt"), victim);
        Template t = Fixtures.container("c", java.util.List.of("true"), java.util.List.of());
        Fixtures.outputParameter(t, "v", "/tmp/out/v.txt");
        assertThatThrownBy(() -> StepOutputs.collect(t, folder, new RunRef("local", "r"), "n", note -> { }))
                .hasMessageContaining("symbolic link");
    }
}
