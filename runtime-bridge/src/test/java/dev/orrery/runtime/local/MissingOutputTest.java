package dev.orrery.runtime.local;

import static dev.orrery.runtime.local.Fixtures.bash;
import static dev.orrery.runtime.local.Fixtures.dag;
import static dev.orrery.runtime.local.Fixtures.node;
import static dev.orrery.runtime.local.Fixtures.pipeline;
import static dev.orrery.runtime.local.Fixtures.runToEnd;
import static dev.orrery.runtime.local.Fixtures.step;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.core.model.Artifact;
import dev.orrery.core.model.Template;
import dev.orrery.runtime.NodeState;
import dev.orrery.runtime.Phase;
import dev.orrery.runtime.RunState;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An output the step never wrote: the node fails naming it (as Argo does), or, when optional, its log says so. */
class MissingOutputTest {
    @TempDir
    Path tmp;
    LocalRuntime runtime;

    @BeforeEach
    void start() {
        runtime = new LocalRuntime(tmp.resolve("runs"));
    }

    @AfterEach
    void stop() {
        runtime.close();
    }

    @Test
    void aRequiredOutputArtifactThatWasNeverWrittenFailsTheNodeNamingItAndItsPath() {
        Template train = bash("train", "echo 'forgot to save the model'");
        train.outputArtifacts.add(new Artifact("model", "/tmp/orrery-test/model.json"));
        Template deploy = bash("deploy", "echo deployed");
        RunState s = runToEnd(runtime, pipeline("missing", dag("main", step("train", "train"),
                step("deploy", "deploy", "train")), train, deploy));

        NodeState n = node(s, "train");
        assertThat(n.phase()).isEqualTo(Phase.ERROR);
        assertThat(n.message()).startsWith("output artifact 'model' was not produced: the step ended without writing"
                + " /tmp/orrery-test/model.json (on this computer: ")
                .endsWith("): write it there, or mark the output optional");
        assertThat(s.phase()).isNotEqualTo(Phase.SUCCEEDED);
        assertThat(s.nodes()).noneMatch(x -> "deploy".equals(x.stepName()) && x.phase() == Phase.SUCCEEDED);
    }

    @Test
    void aRequiredOutputParameterWithoutDefaultFailsTheNode() {
        Template score = bash("score", "echo scored");
        Fixtures.outputParameter(score, "accuracy", "/tmp/orrery-test/accuracy.txt");
        RunState s = runToEnd(runtime, pipeline("missing-param", dag("main", step("score", "score")), score));

        NodeState n = node(s, "score");
        assertThat(n.phase()).isEqualTo(Phase.ERROR);
        assertThat(n.message()).startsWith("output parameter 'accuracy' was not produced: the step ended without"
                + " writing /tmp/orrery-test/accuracy.txt").endsWith("and it has no default: write it there, or give"
                + " it a default (valueFrom.default)");
    }

    @Test
    void anOptionalOutputThatWasNeverWrittenIsNotedInTheNodesLog() throws Exception {
        Template train = bash("train", "mkdir -p /tmp/orrery-test && echo '{}' > /tmp/orrery-test/model.json");
        train.outputArtifacts.add(new Artifact("model", "/tmp/orrery-test/model.json"));
        Artifact plots = new Artifact("plots", "/tmp/orrery-test/plots.png");
        plots.optional = true;
        train.outputArtifacts.add(plots);
        RunState s = runToEnd(runtime, pipeline("optional", dag("main", step("train", "train")), train));

        NodeState n = node(s, "train");
        assertThat(n.phase()).isEqualTo(Phase.SUCCEEDED);
        assertThat(n.outputs().artifacts()).extracting(a -> a.name()).containsExactly("model");
        Path log = runtime.runDirectory(s.ref()).resolve("nodes").resolve(NodeFolder.safe(n.id())).resolve("log.txt");
        assertThat(NodeLog.readLines(log, 0)).contains("[orrery] optional output artifact 'plots' was not produced (the"
                + " step did not write /tmp/orrery-test/plots.png): steps bound to it get nothing");
    }
}
