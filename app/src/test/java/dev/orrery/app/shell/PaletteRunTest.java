package dev.orrery.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.core.argo.ArgoExporter;
import dev.orrery.core.model.ArgoKind;
import dev.orrery.core.model.Graph;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.StepKind;
import dev.orrery.core.model.Template;
import dev.orrery.core.testing.ArgoSchema;
import dev.orrery.designer.canvas.ConnectSteps;
import dev.orrery.designer.doc.DesignDocument;
import dev.orrery.designer.palette.DefaultScripts;
import dev.orrery.designer.palette.StepFactory;
import dev.orrery.runtime.ArtifactRef;
import dev.orrery.runtime.NodeState;
import dev.orrery.runtime.Phase;
import dev.orrery.runtime.RunRef;
import dev.orrery.runtime.RunState;
import dev.orrery.runtime.SubmitOptions;
import dev.orrery.runtime.local.HostSteps;
import dev.orrery.runtime.local.LocalRuntime;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pipeline built from the palette's defaults, as a new user drops them onto an empty canvas and
 * connects them, runs green on this computer with python3 alone (no pandas, no train.py), passes its
 * files from step to step, and every one of its steps that has an image is named as running on the host.
 */
class PaletteRunTest {
    /** Every kind whose default runs a program (resource steps need a cluster). */
    private static final List<StepKind> RUNNABLE = List.of(StepKind.DATA_PREP, StepKind.TRAIN, StepKind.EVALUATE,
            StepKind.DEPLOY, StepKind.CONTAINER, StepKind.SCRIPT, StepKind.SWEEP);

    @TempDir
    Path runs;

    @Test
    void aPipelineOfPaletteDefaultsRunsHereWithPython3Alone() throws Exception {
        Pipeline p = wired(RUNNABLE);

        assertThat(HostSteps.of(p)).extracting(HostSteps.HostStep::step)
                .containsExactly("data-prep", "train", "evaluate", "deploy", "container", "script", "sweep");
        try (LocalRuntime local = new LocalRuntime(runs)) {
            RunRef ref = local.submit(p, new SubmitOptions(Map.of(), 0, null, Map.of()));
            RunState done = local.completion(ref).get(180, TimeUnit.SECONDS);
            assertThat(done.phase()).as(describe(done)).isEqualTo(Phase.SUCCEEDED);
            NodeState evaluate = done.nodesOfStep("evaluate").get(0);
            assertThat(evaluate.outputs().parameters()).containsEntry("accuracy", "0.93");
        }
    }

    /** Data prep → Train → Evaluate → Deploy, connected as on the canvas: the files really pass. */
    @Test
    void theFourMlStepsConnectedOnTheCanvasPassTheirFilesOnThisComputer() throws Exception {
        Pipeline p = wired(List.of(StepKind.DATA_PREP, StepKind.TRAIN, StepKind.EVALUATE, StepKind.DEPLOY));
        try (LocalRuntime local = new LocalRuntime(runs)) {
            RunRef ref = local.submit(p, new SubmitOptions(Map.of(), 0, null, Map.of()));
            RunState done = local.completion(ref).get(180, TimeUnit.SECONDS);
            assertThat(done.phase()).as(describe(done)).isEqualTo(Phase.SUCCEEDED);

            byte[] model = artifact(local, ref, "train", "model");
            assertThat(new String(model)).contains("\"a\"").contains("\"b\"");
            assertThat(received(local, ref, done, "deploy", "data/model.json")).as("the model deploy received")
                    .isEqualTo(model);
            assertThat(received(local, ref, done, "evaluate", "data/model.json")).isEqualTo(model);
            byte[] dataset = artifact(local, ref, "data-prep", "dataset");
            assertThat(received(local, ref, done, "train", "data/dataset.csv")).isEqualTo(dataset);
            assertThat(received(local, ref, done, "evaluate", "data/dataset.csv")).isEqualTo(dataset);
            assertThat(new String(artifact(local, ref, "train", "metrics"))).contains("train_loss");
            assertThat(new String(artifact(local, ref, "evaluate", "metrics"))).contains("accuracy");
            assertThat(done.nodesOfStep("deploy").get(0).outputs().parameters().get("endpoint"))
                    .startsWith("http://model-");
        }
    }

    @Test
    void theWiredPaletteStepsExportToArgoThatPassesThePublishedSchema() {
        Pipeline p = wired(List.of(StepKind.DATA_PREP, StepKind.TRAIN, StepKind.EVALUATE, StepKind.DEPLOY));
        for (ArgoKind kind : List.of(ArgoKind.WORKFLOW, ArgoKind.WORKFLOW_TEMPLATE)) {
            assertThat(ArgoSchema.validatePublished(new ArgoExporter().export(p, kind))).as(kind.toString()).isEmpty();
        }
    }

    /**
     * The palette's defaults of {@code kinds} dropped onto an empty canvas; the four ML steps among
     * them connected by dragging (ConnectSteps), deliberately out of order.
     */
    private static Pipeline wired(List<StepKind> kinds) {
        Pipeline p = new Pipeline();
        p.name = "from-the-palette";
        p.entrypoint = "main";
        Template main = new Template("main");
        main.graph = new Graph();
        p.templates.add(main);
        for (StepKind kind : kinds) {
            StepFactory.NewStep created = StepFactory.create(kind, p);
            p.templates.add(created.template());
            main.graph.steps.add(created.step());
        }
        DesignDocument doc = new DesignDocument(p);
        for (String[] edge : new String[][] {{"evaluate", "deploy"}, {"data-prep", "train"}, {"train", "evaluate"}}) {
            doc.execute(ConnectSteps.connect(doc, edge[0], edge[1]));
        }
        return doc.pipeline();
    }

    private static byte[] artifact(LocalRuntime local, RunRef ref, String step, String name) throws Exception {
        ArtifactRef a = local.artifacts(ref).stream()
                .filter(x -> x.nodeId().endsWith("." + step) && x.name().equals(name)).findFirst().orElseThrow();
        try (InputStream in = local.openArtifact(a)) {
            return in.readAllBytes();
        }
    }

    /** The input file as the step saw it: the local runner stages it under the node's fs/ folder. */
    private static byte[] received(LocalRuntime local, RunRef ref, RunState done, String step, String path)
            throws Exception {
        String nodeId = done.nodesOfStep(step).get(0).id();
        return Files.readAllBytes(local.runDirectory(ref).resolve("nodes").resolve(nodeId).resolve("fs").resolve(path));
    }

    @Test
    void theDefaultsImportOnlyTheStandardLibrary() {
        java.util.regex.Pattern imports = java.util.regex.Pattern.compile("(?m)^\\s*(?:import|from)\\s+(\\w+)");
        for (String script : List.of(DefaultScripts.DATA_PREP, DefaultScripts.TRAIN, DefaultScripts.EVALUATE,
                DefaultScripts.DEPLOY, DefaultScripts.SWEEP, DefaultScripts.SCRIPT)) {
            imports.matcher(script).results().map(m -> m.group(1))
                    .forEach(module -> assertThat(module).as(script).isIn("csv", "json", "random", "math", "hashlib"));
        }
    }

    private static String describe(RunState s) {
        StringBuilder b = new StringBuilder(s.phase() + ": " + s.message());
        s.nodes().forEach(n -> b.append("\n  ").append(n.displayName()).append(' ').append(n.phase()).append(' ')
                .append(n.message()));
        return b.toString();
    }
}
