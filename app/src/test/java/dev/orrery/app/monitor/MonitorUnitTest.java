package dev.orrery.app.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orrery.runtime.NodeState;
import dev.orrery.runtime.NodeType;
import dev.orrery.runtime.Phase;
import dev.orrery.runtime.PhaseStyle;
import dev.orrery.runtime.RunNotFoundException;
import dev.orrery.runtime.RunRef;
import dev.orrery.runtime.RunState;
import dev.orrery.runtime.RuntimeFailure;
import dev.orrery.runtime.UnsupportedRunOperationException;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** The monitor's pure parts: ANSI parsing, artifact previews, step phases, user messages. */
class MonitorUnitTest {

    @Test
    void ansiColoursAndBoldBecomeStyleClassesAndCarryOverLines() {
        AnsiText ansi = new AnsiText();
        AnsiText.Parsed p = ansi.parse("plain \u001b[1;31mred bold\u001b[22m red \u001b[0mplain");
        assertThat(p.text()).isEqualTo("plain red bold red plain");
        assertThat(p.runs()).containsExactly(new AnsiText.Run(6, List.of()),
                new AnsiText.Run(8, List.of("ansi-fg-1", "ansi-bold")), new AnsiText.Run(5, List.of("ansi-fg-1")),
                new AnsiText.Run(5, List.of()));

        AnsiText.Parsed open = ansi.parse("\u001b[92mgreen and");
        AnsiText.Parsed next = ansi.parse("still green\u001b[39m");
        assertThat(open.runs()).containsExactly(new AnsiText.Run(9, List.of("ansi-fg-10")));
        assertThat(next.runs()).as("colour carries to the next line").containsExactly(
                new AnsiText.Run(11, List.of("ansi-fg-10")));
    }

    @Test
    void ansiSequencesWeDoNotRenderAreDroppedNotShown() {
        AnsiText.Parsed p = new AnsiText().parse("\u001b[2K\u001b[38;5;196mx\u001b[0m\r\u0007y\u001b[");
        assertThat(p.text()).isEqualTo("xy");
        assertThat(p.runs()).allSatisfy(r -> assertThat(r.styles()).isEmpty());
    }

    @Test
    void previewsCsvAsATableWithQuotedFields() {
        var c = ArtifactPreview.parse("dataset", "x1,x2,label\n0.5,\"a, b\",1\n-1,2,0\n".getBytes(
                StandardCharsets.UTF_8), 30);
        assertThat(c).isInstanceOf(ArtifactPreview.Csv.class);
        var csv = (ArtifactPreview.Csv) c;
        assertThat(csv.header()).containsExactly("x1", "x2", "label");
        assertThat(csv.rows()).containsExactly(List.of("0.5", "a, b", "1"), List.of("-1", "2", "0"));
    }

    @Test
    void previewsAFlatNumbersJsonAsMetricsAndOtherJsonPretty() {
        var m = ArtifactPreview.parse("metrics", "{\"accuracy\": 0.91, \"loss\": 0.2}".getBytes(
                StandardCharsets.UTF_8), -1);
        assertThat(m).isInstanceOf(ArtifactPreview.Metrics.class);
        assertThat(((ArtifactPreview.Metrics) m).values()).containsEntry("accuracy", 0.91).containsEntry("loss", 0.2);

        var j = ArtifactPreview.parse("model.json", "{\"kind\":\"lr\",\"weights\":[1,2]}".getBytes(
                StandardCharsets.UTF_8), -1);
        assertThat(j).isInstanceOf(ArtifactPreview.Text.class);
        assertThat(((ArtifactPreview.Text) j).text()).contains("\n").contains("\"kind\" : \"lr\"");
    }

    @Test
    void previewsImagesAsPicturesAndBinaryAsNoPreview() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0};
        assertThat(ArtifactPreview.parse("plot", png, 9)).isInstanceOf(ArtifactPreview.Picture.class);
        byte[] bin = {0, 1, 2, (byte) 0xff, (byte) 0xfe, 0};
        assertThat(ArtifactPreview.parse("model.bin", bin, 6)).isEqualTo(new ArtifactPreview.Binary(6));
        assertThat(ArtifactPreview.parse("notes", "hello".getBytes(StandardCharsets.UTF_8), 5))
                .isEqualTo(new ArtifactPreview.Text("hello"));
    }

    private static NodeState node(String id, String step, NodeType type, Phase phase, String boundary) {
        return new NodeState(id, id, step, id, "t", type, phase, boundary, List.of(), null, null, null, null, null, 1);
    }

    private static RunState run(NodeState... nodes) {
        List<NodeState> all = new ArrayList<>();
        all.add(node("root", null, NodeType.DAG, Phase.RUNNING, null));
        all.addAll(List.of(nodes));
        return new RunState(new RunRef("x", "r"), "r", "p", "X", Phase.RUNNING, null, null, null, null, null, all, 1);
    }

    @Test
    void aStepsPhaseIsItsGroupsOrTheMostTellingOfItsNodes() {
        RunState r = run(
                node("retry", "train", NodeType.RETRY, Phase.SUCCEEDED, "root"),
                node("train(0)", "train", NodeType.POD, Phase.FAILED, "root"),
                node("train(1)", "train", NodeType.POD, Phase.SUCCEEDED, "root"),
                node("a", "fan", NodeType.POD, Phase.SUCCEEDED, "root"),
                node("b", "fan", NodeType.POD, Phase.RUNNING, "root"),
                node("c", "mixed", NodeType.POD, Phase.SUCCEEDED, "root"),
                node("d", "mixed", NodeType.POD, Phase.FAILED, "root"),
                node("inner", "nested-only", NodeType.POD, Phase.FAILED, "some-inner-dag"));
        var phases = StepPhases.of(r);
        assertThat(phases).containsEntry("train", Phase.SUCCEEDED).containsEntry("fan", Phase.RUNNING)
                .containsEntry("mixed", Phase.FAILED).doesNotContainKey("nested-only");
        var overlay = StepPhases.overlays(r).get("mixed");
        assertThat(overlay.pseudoClass()).isEqualTo("phase-failed");
        assertThat(overlay.colour()).isEqualTo(PhaseStyle.of(Phase.FAILED).colour());
        assertThat(overlay.iconLiteral()).isEqualTo(PhaseStyle.of(Phase.FAILED).iconLiteral());
    }

    @Test
    void failuresReadAsOneSentenceWithoutStackTraces() {
        assertThat(UserMessages.of("Suspend", new UnsupportedRunOperationException("suspend", "local", null)))
                .isEqualTo("Suspend failed: suspend is not supported for runs on this computer");
        assertThat(UserMessages.of("Stop", new CompletionException(new RuntimeFailure(
                "not allowed: patch workflows in ml (RBAC)")))).isEqualTo("Stop failed: not allowed: patch workflows"
                + " in ml (RBAC)");
        assertThat(UserMessages.of("Delete", new RunNotFoundException(new RunRef("argo:c/ml", "w1"))))
                .isEqualTo("Delete failed: the run w1 no longer exists (deleted?)");
        assertThat(UserMessages.of("Connecting", new java.net.ConnectException("Connection refused")))
                .startsWith("Connecting failed: cannot reach the server").doesNotContain("at ");
    }

    @Test
    void aKubeconfigUnderTheHomeFolderIsShownWithATildeAndATypedTildeIsTheHomeFolder() {
        Path home = Path.of("/home/ada");

        assertThat(KubeContexts.shown(home.resolve(".kube/config"), home)).isEqualTo("~/.kube/config");
        assertThat(KubeContexts.shown(Path.of("/etc/kube/admin.conf"), home)).isEqualTo("/etc/kube/admin.conf");
        assertThat(KubeContexts.shown(Path.of("/home/adam/.kube/config"), home)).isEqualTo("/home/adam/.kube/config");
        assertThat(KubeContexts.shown(null, home)).isEmpty();

        assertThat(KubeContexts.typed(" ~/.kube/config ", home)).isEqualTo(home.resolve(".kube/config"));
        assertThat(KubeContexts.typed("~", home)).isEqualTo(home);
        assertThat(KubeContexts.typed("~bob/config", home)).isEqualTo(Path.of("~bob/config"));
        assertThat(KubeContexts.typed("/etc/kube/admin.conf", home)).isEqualTo(Path.of("/etc/kube/admin.conf"));
        assertThat(KubeContexts.typed("  ", home)).isNull();
        assertThatThrownBy(() -> KubeContexts.typed("bad\u0000name", home)).isInstanceOf(InvalidPathException.class);
    }

    @Test
    void theLogSearchFindsTextIgnoringCaseFromAColumnOn() {
        assertThat(LogView.indexOfIgnoringCase("Epoch 3: LOSS 0.2 loss", "loss", 0)).isEqualTo(9);
        assertThat(LogView.indexOfIgnoringCase("Epoch 3: LOSS 0.2 loss", "loss", 10)).isEqualTo(18);
        assertThat(LogView.indexOfIgnoringCase("Epoch 3", "epoch 3 done", 0)).isEqualTo(-1);
        assertThat(LogView.indexOfIgnoringCase("abc", "c", 5)).isEqualTo(-1);
    }
}
