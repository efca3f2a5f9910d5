package dev.orrery.designer.props;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.core.model.Graph;
import dev.orrery.core.model.GraphStyle;
import dev.orrery.core.model.Loop;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Step;
import dev.orrery.core.model.Json;
import dev.orrery.core.refs.IoKind;
import dev.orrery.designer.KitWindow;
import dev.orrery.designer.props.ExpressionScope.Entry;
import dev.orrery.designer.props.ExpressionScope.Where;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What an expression may name in a field of a step, on the sample pipeline. */
class ExpressionScopeTest {
    final Pipeline p = KitWindow.sample();
    final Graph g = p.mainGraph().orElseThrow();

    List<String> labels(String step, Where where) {
        return ExpressionScope.of(p, g, g.step(step).orElseThrow(), where).stream().map(Entry::label).toList();
    }

    Entry entry(String step, Where where, String label) {
        return ExpressionScope.of(p, g, g.step(step).orElseThrow(), where).stream()
                .filter(e -> e.label().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void onlyStepsThatRunBeforeAreOffered() {
        assertThat(labels("train", Where.TEMPLATE)).contains("tasks.prepare-data.outputs.artifacts.dataset")
                .noneMatch(l -> l.startsWith("tasks.evaluate.") || l.startsWith("tasks.deploy.")
                        || l.startsWith("tasks.train."));
        assertThat(labels("deploy", Where.STEP)).as("transitively upstream").contains(
                "tasks.evaluate.outputs.parameters.accuracy", "tasks.train.outputs.result",
                "tasks.prepare-data.outputs.result");
        assertThat(labels("prepare-data", Where.TEMPLATE)).noneMatch(l -> l.startsWith("tasks."));
    }

    @Test
    void loopItemOnlyWithALoop() {
        assertThat(labels("train", Where.STEP)).doesNotContain("item");
        Step train = g.step("train").orElseThrow();
        train.loop = Loop.items(Json.array().add(Json.object().put("lr", "0.1")));
        assertThat(labels("train", Where.STEP)).contains("item", "item.lr");
        Entry item = entry("train", Where.TEMPLATE, "item");
        assertThat(item.insert()).as("a template takes the item through an input").isEqualTo("inputs.parameters.item");
        assertThat(item.bridge()).isEqualTo(new ExpressionScope.Bridge(IoKind.PARAMETER, "item", null, "item", false));
    }

    @Test
    void stepsGraphsUseTheStepsForm() {
        g.style = GraphStyle.STEPS;
        assertThat(labels("deploy", Where.STEP)).contains("steps.evaluate.outputs.parameters.accuracy",
                "steps.train.outputs.result").noneMatch(l -> l.startsWith("tasks."));
        assertThat(labels("deploy", Where.TEMPLATE)).contains("steps.evaluate.outputs.artifacts.metrics");
    }

    @Test
    void templateFieldsReachUpstreamOutputsThroughInputs() {
        Entry bound = entry("deploy", Where.TEMPLATE, "tasks.train.outputs.artifacts.model");
        assertThat(bound.insert()).as("deploy's model input is already bound to it").isEqualTo("inputs.artifacts.model.path");
        assertThat(bound.bridge()).isNull();
        Entry metrics = entry("deploy", Where.TEMPLATE, "tasks.evaluate.outputs.artifacts.metrics");
        assertThat(metrics.bridge()).isEqualTo(new ExpressionScope.Bridge(IoKind.ARTIFACT, "metrics", "evaluate",
                "metrics", false));
        Entry trainMetrics = entry("deploy", Where.TEMPLATE, "tasks.train.outputs.artifacts.metrics");
        assertThat(trainMetrics.bridge().input()).as("two upstream metrics get two inputs").isEqualTo("train-metrics");
        assertThat(entry("deploy", Where.TEMPLATE, "tasks.train.outputs.result").insert())
                .isEqualTo("inputs.parameters.train-result");
        assertThat(labels("deploy", Where.TEMPLATE)).contains("inputs.artifacts.model.path", "workflow.parameters.epochs",
                "workflow.name", "workflow.namespace", "workflow.uid");
        assertThat(labels("deploy", Where.STEP)).as("a string cannot carry an artifact")
                .noneMatch(l -> l.contains(".artifacts."));
    }
}
