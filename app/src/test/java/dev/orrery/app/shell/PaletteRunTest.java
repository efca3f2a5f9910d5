package dev.orrery.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.core.model.Graph;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.StepKind;
import dev.orrery.core.model.Template;
import dev.orrery.designer.palette.DefaultScripts;
import dev.orrery.designer.palette.StepFactory;
import dev.orrery.runtime.NodeState;
import dev.orrery.runtime.Phase;
import dev.orrery.runtime.RunRef;
import dev.orrery.runtime.RunState;
import dev.orrery.runtime.SubmitOptions;
import dev.orrery.runtime.local.HostSteps;
import dev.orrery.runtime.local.LocalRuntime;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pipeline built from the palette's defaults, as a new user drops them onto an empty canvas, runs
 * green on this computer with python3 alone (no pandas, no train.py), and every one of its steps
 * that has an image is named as running on the host.
 */
class PaletteRunTest {
    /** Every kind whose default runs a program (deploy and resource steps need a cluster). */
    private static final List<StepKind> RUNNABLE = List.of(StepKind.DATA_PREP, StepKind.TRAIN, StepKind.EVALUATE,
            StepKind.CONTAINER, StepKind.SCRIPT, StepKind.SWEEP);

    @TempDir
    Path runs;

    @Test
    void aPipelineOfPaletteDefaultsRunsHereWithPython3Alone() throws Exception {
        Pipeline p = new Pipeline();
        p.name = "from-the-palette";
        p.entrypoint = "main";
        Template main = new Template("main");
        main.graph = new Graph();
        p.templates.add(main);
        for (StepKind kind : RUNNABLE) {
            StepFactory.NewStep created = StepFactory.create(kind, p);
            p.templates.add(created.template());
            main.graph.steps.add(created.step());
        }

        assertThat(HostSteps.of(p)).extracting(HostSteps.HostStep::step)
                .containsExactly("data-prep", "train", "evaluate", "container", "script", "sweep");
        try (LocalRuntime local = new LocalRuntime(runs)) {
            RunRef ref = local.submit(p, new SubmitOptions(Map.of(), 0, null, Map.of()));
            RunState done = local.completion(ref).get(180, TimeUnit.SECONDS);
            assertThat(done.phase()).as(describe(done)).isEqualTo(Phase.SUCCEEDED);
            NodeState evaluate = done.nodesOfStep("evaluate").get(0);
            assertThat(evaluate.outputs().parameters()).containsEntry("accuracy", "0.9");
        }
    }

    @Test
    void theDefaultsImportOnlyTheStandardLibrary() {
        java.util.regex.Pattern imports = java.util.regex.Pattern.compile("(?m)^\\s*(?:import|from)\\s+(\\w+)");
        for (String script : List.of(DefaultScripts.DATA_PREP, DefaultScripts.TRAIN, DefaultScripts.EVALUATE,
                DefaultScripts.SWEEP, DefaultScripts.SCRIPT)) {
            imports.matcher(script).results().map(m -> m.group(1))
                    .forEach(module -> assertThat(module).as(script).isIn("csv", "json", "random", "math"));
        }
    }

    private static String describe(RunState s) {
        StringBuilder b = new StringBuilder(s.phase() + ": " + s.message());
        s.nodes().forEach(n -> b.append("\n  ").append(n.displayName()).append(' ').append(n.phase()).append(' ')
                .append(n.message()));
        return b.toString();
    }
}
