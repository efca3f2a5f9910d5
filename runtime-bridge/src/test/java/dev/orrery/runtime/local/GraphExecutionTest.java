package dev.orrery.runtime.local;

import static dev.orrery.runtime.local.Fixtures.bash;
import static dev.orrery.runtime.local.Fixtures.dag;
import static dev.orrery.runtime.local.Fixtures.node;
import static dev.orrery.runtime.local.Fixtures.pipeline;
import static dev.orrery.runtime.local.Fixtures.runToEnd;
import static dev.orrery.runtime.local.Fixtures.step;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.core.model.ContinueOn;
import dev.orrery.core.model.Parameter;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Template;
import dev.orrery.core.model.Step;
import dev.orrery.runtime.NodeType;
import dev.orrery.runtime.Phase;
import dev.orrery.runtime.Progress;
import dev.orrery.runtime.RunState;
import dev.orrery.runtime.SubmitOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphExecutionTest {
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
    void stepsRunAfterTheirDependencies() throws Exception {
        Path order = tmp.resolve("order.txt");
        String append = "echo {{inputs.parameters.me}} >> " + order;
        Pipeline p = pipeline("diamond",
                dag("main", Fixtures.arg(step("a", "log"), "me", "a"), Fixtures.arg(step("b", "log", "a"), "me", "b"),
                        Fixtures.arg(step("c", "log", "a"), "me", "c"), Fixtures.arg(step("d", "log", "b", "c"), "me", "d")),
                Fixtures.input(bash("log", append), "me"));

        RunState s = runToEnd(runtime, p);

        assertThat(s.phase()).as(Fixtures.ids(s).toString()).isEqualTo(Phase.SUCCEEDED);
        List<String> lines = Files.readAllLines(order);
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo("a");
        assertThat(lines.subList(1, 3)).containsExactlyInAnyOrder("b", "c");
        assertThat(lines.get(3)).isEqualTo("d");
        assertThat(s.progress()).isEqualTo(new Progress(4, 4));
        assertThat(s.nodes().get(0).type()).isEqualTo(NodeType.DAG);
        assertThat(s.nodes().get(0).children()).hasSize(4);
        assertThat(node(s, "d").startedAt()).isAfterOrEqualTo(node(s, "b").finishedAt());
    }

    @Test
    void parallelismBoundsHowManyStepsRunAtOnce() throws Exception {
        Path spans = Files.createDirectory(tmp.resolve("spans"));
        // each step records when it started and ended (ns); the step's own work is a short sleep
        String work = "s=$(date +%s%N); sleep 0.3; e=$(date +%s%N); echo \"$s $e\" > " + spans + "/{{inputs.parameters.i}}";
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            steps.add(Fixtures.arg(step("s" + i, "work"), "i", Integer.toString(i)));
        }
        Pipeline p = pipeline("wide", dag("main", steps.toArray(Step[]::new)), Fixtures.input(bash("work", work), "i"));

        RunState s = runToEnd(runtime, p, SubmitOptions.DEFAULTS.withParallelism(2));

        assertThat(s.phase()).isEqualTo(Phase.SUCCEEDED);
        List<long[]> intervals = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String[] parts = Files.readString(spans.resolve(Integer.toString(i))).trim().split(" ");
            intervals.add(new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1])});
        }
        int most = 0;
        for (long[] a : intervals) {
            int overlapping = 0;
            for (long[] b : intervals) {
                if (b[0] <= a[0] && a[0] < b[1]) {
                    overlapping++;
                }
            }
            most = Math.max(most, overlapping);
        }
        assertThat(most).as("steps running at once").isEqualTo(2);
    }

    @Test
    void aFailedDependencyOmitsItsDependentsAndFailsTheRun() {
        Pipeline p = pipeline("fails", dag("main", step("a", "boom"), step("b", "ok", "a"), step("c", "ok")),
                bash("boom", "echo going down >&2; exit 3"), bash("ok", "echo fine"));

        RunState s = runToEnd(runtime, p);

        assertThat(s.phase()).isEqualTo(Phase.FAILED);
        assertThat(node(s, "a").phase()).isEqualTo(Phase.FAILED);
        assertThat(node(s, "a").exitCode()).isEqualTo(3);
        assertThat(node(s, "a").message()).isEqualTo("exit code 3");
        assertThat(node(s, "b").phase()).isEqualTo(Phase.OMITTED);
        assertThat(s.message()).contains("'a' failed");
    }

    @Test
    void continueOnFailedLetsDependentsRun() {
        Step a = step("a", "boom");
        a.continueOn = new ContinueOn(true, null);
        Pipeline p = pipeline("tolerant", dag("main", a, step("b", "ok", "a")), bash("boom", "exit 1"),
                bash("ok", "echo fine"));

        RunState s = runToEnd(runtime, p);

        assertThat(node(s, "a").phase()).isEqualTo(Phase.FAILED);
        assertThat(node(s, "b").phase()).isEqualTo(Phase.SUCCEEDED);
        assertThat(s.phase()).isEqualTo(Phase.SUCCEEDED);
    }

    @Test
    void dependsExpressionsChooseTheBranch() {
        Step onFailure = step("cleanup", "ok", "a");
        onFailure.dependsExpression = "a.Failed";
        Step onSuccess = step("publish", "ok", "a");
        onSuccess.dependsExpression = "a.Succeeded";
        Step either = step("report", "ok", "cleanup", "publish");
        either.dependsExpression = "cleanup || publish";
        Pipeline p = pipeline("branches", dag("main", step("a", "boom"), onFailure, onSuccess, either),
                bash("boom", "exit 1"), bash("ok", "echo fine"));

        RunState s = runToEnd(runtime, p);

        assertThat(node(s, "cleanup").phase()).isEqualTo(Phase.SUCCEEDED);
        assertThat(node(s, "publish").phase()).isEqualTo(Phase.OMITTED);
        assertThat(node(s, "report").phase()).isEqualTo(Phase.SUCCEEDED);
        assertThat(s.phase()).as("a's failure is handled by cleanup").isEqualTo(Phase.SUCCEEDED);
    }

    @Test
    void nestedGraphTemplatesRunAsChildren() {
        Pipeline p = pipeline("nested", dag("main", step("outer", "inner"), step("after", "ok", "outer")),
                dag("inner", step("x", "ok"), step("y", "ok", "x")), bash("ok", "echo fine"));

        RunState s = runToEnd(runtime, p);

        assertThat(s.phase()).isEqualTo(Phase.SUCCEEDED);
        assertThat(s.node(s.id() + ".outer.x")).isPresent();
        assertThat(s.node(s.id() + ".outer").orElseThrow().type()).isEqualTo(NodeType.DAG);
        assertThat(s.progress()).isEqualTo(new Progress(3, 3));
    }

    @Test
    void aNestedGraphPassesInputsInAndOutputsOut() {
        Template inner = dag("inner", Fixtures.arg(step("x", "echo"), "msg", "in:{{inputs.parameters.word}}"));
        Fixtures.input(inner, "word");
        Parameter out = new Parameter("said", null);
        out.extra.putObject("valueFrom").put("parameter", "{{tasks.x.outputs.result}}");
        inner.outputParameters.add(out);
        Pipeline p = pipeline("io", dag("main", Fixtures.arg(step("outer", "inner"), "word", "hello"),
                Fixtures.arg(step("after", "echo", "outer"), "msg", "got {{tasks.outer.outputs.parameters.said}}")),
                inner, Fixtures.input(bash("echo", "echo '{{inputs.parameters.msg}}'"), "msg"));

        RunState s = runToEnd(runtime, p);

        assertThat(s.phase()).as(Fixtures.ids(s).toString()).isEqualTo(Phase.SUCCEEDED);
        assertThat(node(s, "outer").outputs().parameters()).containsEntry("said", "in:hello");
        assertThat(node(s, "after").outputs().result()).isEqualTo("got in:hello");
    }

    @Test
    void aMissingInterpreterIsAnErrorThatSaysSo() {
        Pipeline p = pipeline("nointerp", dag("main", step("a", "weird")),
                Fixtures.script("weird", "no-such-interpreter-xyz", "print(1)"));

        RunState s = runToEnd(runtime, p);

        assertThat(node(s, "a").phase()).isEqualTo(Phase.ERROR);
        assertThat(node(s, "a").message()).contains("no-such-interpreter-xyz").contains("not installed");
        assertThat(s.phase()).isEqualTo(Phase.ERROR);
    }
}
