package dev.orrery.core.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.core.io.LoadResult;
import dev.orrery.core.io.PipelineFiles;
import dev.orrery.core.model.Graph;
import dev.orrery.core.model.Json;
import dev.orrery.core.model.Parameter;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Position;
import dev.orrery.core.model.Schedule;
import dev.orrery.core.model.Step;
import dev.orrery.core.model.Template;
import dev.orrery.core.refs.Bindings;
import dev.orrery.core.refs.IoKind;
import dev.orrery.core.refs.Renames;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The semantic diff over crafted pairs: one kind of change at a time, renames, layout only, format only. */
class PipelineDiffTest {

    static Pipeline base() {
        try (InputStream in = PipelineDiffTest.class.getResourceAsStream("/diff/churn.orrery.yaml")) {
            LoadResult r = PipelineFiles.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "churn.orrery.yaml");
            assertThat(r.hasErrors()).as(r.allDiagnostics().toString()).isFalse();
            return r.documents().get(0).pipeline();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Pipeline edited(Consumer<Pipeline> edit) {
        Pipeline p = base();
        edit.accept(p);
        return p;
    }

    private static Graph main(Pipeline p) {
        return p.mainGraph().orElseThrow();
    }

    private static Step step(Pipeline p, String name) {
        return main(p).step(name).orElseThrow();
    }

    private static List<String> summaries(Pipeline before, Pipeline after) {
        return PipelineDiff.between(before, after).changes().stream().map(Change::summary).toList();
    }

    @Test
    void samePipelineHasNoChanges() {
        assertThat(PipelineDiff.between(base(), base()).isEmpty()).isTrue();
    }

    @Test
    void movesAloneAreNoChanges() {
        Pipeline moved = edited(p -> {
            p.layout.put("train", new Position(999, 5));
            p.layout.remove("prepare");
            p.layout.put("notify-a", new Position(1, 2));
        });
        assertThat(PipelineDiff.between(base(), moved).changes()).isEmpty();
    }

    @Test
    void theArgoFileOfTheSamePipelineHasNoChanges() {
        Pipeline nativeRead = base();
        LoadResult argo = PipelineFiles.parse(PipelineFiles.toArgoYaml(nativeRead), "churn.yaml");
        Pipeline argoRead = argo.documents().get(0).pipeline();
        assertThat(PipelineDiff.between(nativeRead, argoRead).changes()).isEmpty();
        assertThat(PipelineDiff.between(argoRead, nativeRead).changes()).isEmpty();
    }

    @Test
    void anImageAndAGpuCountAreFieldChangesOfTheStepThatRunsThem() {
        Pipeline after = edited(p -> {
            p.template("train").orElseThrow().container.resources.gpu = Json.F.numberNode(2);
            p.template("evaluate").orElseThrow().container.image = "python:3.13-slim";
        });
        PipelineDiff diff = PipelineDiff.between(base(), after);
        assertThat(diff.changes()).extracting(Change::kind, Change::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ChangeKind.STEP_CHANGED, "train.resources.gpu.count"),
                        org.assertj.core.groups.Tuple.tuple(ChangeKind.STEP_CHANGED, "evaluate.image"));
        Change gpu = diff.changes().get(0);
        assertThat(gpu.graph()).isEqualTo("main");
        assertThat(gpu.name()).isEqualTo("train");
        assertThat(gpu.before().intValue()).isEqualTo(1);
        assertThat(gpu.after().intValue()).isEqualTo(2);
        assertThat(diff.changes().get(1).summary()).isEqualTo("evaluate.image: python:3.12-slim → python:3.13-slim");
    }

    @Test
    void namedListItemsAreNamedInThePath() {
        Pipeline after = edited(p -> p.template("train").orElseThrow().container.env.get(0).value = Json.text("20"));
        assertThat(summaries(base(), after)).containsExactly("train.env.EPOCHS.value: {{workflow.parameters.epochs}} → 20");
    }

    @Test
    void addedAndRemovedSteps() {
        Pipeline after = edited(p -> {
            main(p).steps.removeIf(s -> s.name.equals("notify-b"));
            Step report = new Step("report", "notify");
            report.dependsOn.add("train"); // not evaluate: that would be notify-b under a new name
            main(p).steps.add(report);
        });
        PipelineDiff diff = PipelineDiff.between(base(), after);
        assertThat(diff.changes()).extracting(Change::kind, Change::name).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ChangeKind.STEP_REMOVED, "notify-b"),
                org.assertj.core.groups.Tuple.tuple(ChangeKind.STEP_ADDED, "report"));
        assertThat(diff.changes().get(1).after().path("template").asText()).isEqualTo("notify");
    }

    @Test
    void aRenameIsOneChangeAndWhatFollowedItIsNotReported() {
        Pipeline after = edited(p -> Renames.step(p, main(p), "train", "fit"));
        // evaluate's dependency, its binding and its condition all follow the rename
        assertThat(step(after, "evaluate").when).contains("tasks.fit.status");
        PipelineDiff diff = PipelineDiff.between(base(), after);
        assertThat(diff.changes()).hasSize(1);
        Change rename = diff.changes().get(0);
        assertThat(rename.kind()).isEqualTo(ChangeKind.STEP_RENAMED);
        assertThat(rename.oldName()).isEqualTo("train");
        assertThat(rename.name()).isEqualTo("fit");
        assertThat(diff.renamedSteps("main")).containsExactly(java.util.Map.entry("train", "fit"));
    }

    @Test
    void aStepAndItsOwnTemplateRenamedTogetherIsOneRename() {
        // as a hand edit of the native file gives: the inline template is named after its step
        Pipeline after = edited(p -> {
            Renames.step(p, main(p), "prepare", "load");
            p.template("prepare").orElseThrow().name = "load";
            step(p, "load").template = "load";
        });
        assertThat(summaries(base(), after)).containsExactly("step prepare renamed to load");
    }

    @Test
    void aStepThatNamesItselfIsStillRenamedAsOne() {
        Consumer<Pipeline> hook = p -> step(p, "train").extra.putObject("hooks").putObject("running")
                .put("expression", "tasks.train.status == \"Running\"").put("template", "notify");
        Pipeline before = edited(hook);
        Pipeline after = edited(hook.andThen(p -> Renames.step(p, main(p), "train", "fit")));
        assertThat(step(after, "fit").extra.toString()).contains("tasks.fit.status");
        assertThat(summaries(before, after)).containsExactly("step train renamed to fit");
    }

    @Test
    void renamesOfAStepAndOfTheStepItDependsOnAreBothFound() {
        Pipeline after = edited(p -> {
            Renames.step(p, main(p), "prepare", "load");
            Renames.step(p, main(p), "train", "fit");
        });
        assertThat(summaries(base(), after)).containsExactlyInAnyOrder("step prepare renamed to load",
                "step train renamed to fit");
    }

    @Test
    void aRenamedStepWhoseContentChangedIsRemovedAndAdded() {
        Pipeline after = edited(p -> {
            Renames.step(p, main(p), "evaluate", "score");
            p.template("evaluate").orElseThrow().container.image = "python:3.13-slim";
        });
        // the steps after it now depend on another step: those edges changed
        assertThat(summaries(base(), after)).containsExactly("step evaluate removed", "step score added",
                "dependency removed: evaluate → notify-a", "dependency added: score → notify-a",
                "dependency removed: evaluate → notify-b", "dependency added: score → notify-b");
    }

    @Test
    void dependenciesAddedAndRemoved() {
        Pipeline after = edited(p -> {
            step(p, "notify-a").dependsOn.clear();
            step(p, "notify-a").dependsOn.add("train");
        });
        PipelineDiff diff = PipelineDiff.between(base(), after);
        assertThat(diff.changes()).extracting(Change::kind, Change::from, Change::to).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ChangeKind.DEPENDENCY_REMOVED, "evaluate", "notify-a"),
                org.assertj.core.groups.Tuple.tuple(ChangeKind.DEPENDENCY_ADDED, "train", "notify-a"));
        assertThat(diff.ofStep("main", "notify-a")).hasSize(2);
    }

    @Test
    void bindingsAddedAndRemovedAreNotAlsoFieldChanges() {
        Pipeline after = edited(p -> {
            Step train = step(p, "train");
            Bindings.unbind(train, Bindings.into(train).get(0));
            Bindings.bind(train, main(p).style, IoKind.PARAMETER, "rows", "prepare", "rows");
        });
        assertThat(summaries(base(), after)).containsExactly(
                "data binding removed: prepare.outputs.artifacts.dataset → train.inputs.artifacts.dataset",
                "data binding added: prepare.outputs.parameters.rows → train.inputs.parameters.rows");
    }

    @Test
    void aSharedTemplateChangeNamesTheStepsThatRunIt() {
        Pipeline after = edited(p -> p.template("notify").orElseThrow().container.image = "curlimages/curl:8.9.0");
        PipelineDiff diff = PipelineDiff.between(base(), after);
        assertThat(diff.changes()).hasSize(1);
        Change c = diff.changes().get(0);
        assertThat(c.kind()).isEqualTo(ChangeKind.TEMPLATE_CHANGED);
        assertThat(c.path()).isEqualTo("notify.image");
        assertThat(c.steps()).containsExactly("notify-a", "notify-b");
    }

    @Test
    void templatesAddedAndRemoved() {
        Pipeline after = edited(p -> {
            Template cleanup = new Template("cleanup");
            cleanup.container = new dev.orrery.core.model.Container();
            cleanup.container.image = "busybox";
            p.templates.add(cleanup);
            p.onExit = "cleanup";
        });
        assertThat(summaries(base(), after)).containsExactly("onExit: (none) → cleanup", "template cleanup added");
        assertThat(summaries(after, base())).containsExactly("onExit: cleanup → (none)", "template cleanup removed");
    }

    @Test
    void parametersAddedRemovedAndChanged() {
        Pipeline after = edited(p -> {
            p.parameter("lr").orElseThrow().value = Json.text("0.02");
            p.parameters.removeIf(x -> x.name.equals("epochs"));
            p.parameters.add(Parameter.of("batch", "64"));
        });
        assertThat(summaries(base(), after)).containsExactly("lr.value: 0.01 → 0.02", "parameter batch added (64)",
                "parameter epochs removed (10)");
    }

    @Test
    void settingsChanged() {
        Pipeline after = edited(p -> {
            p.serviceAccount = "trainer";
            p.labels.put("team", "platform");
            p.setSchedule(Schedule.of("0 3 * * *"));
        });
        assertThat(PipelineDiff.between(base(), after).changes()).allMatch(c -> c.kind() == ChangeKind.SETTING_CHANGED)
                .extracting(Change::path)
                .containsExactly("metadata.labels.team", "argoKind", "schedule", "serviceAccount");
    }

    @Test
    void aStepFieldOfItsOwnBesideItsTemplate() {
        Pipeline after = edited(p -> step(p, "train").when = "{{workflow.parameters.lr}} != 0");
        assertThat(summaries(base(), after)).containsExactly("train.when: (none) → {{workflow.parameters.lr}} != 0");
    }

    @Test
    void theSameComparisonGivesTheSameListAndChangesNeitherSide() {
        Pipeline before = base();
        Pipeline after = edited(p -> {
            Renames.step(p, main(p), "train", "fit");
            main(p).steps.removeIf(s -> s.name.equals("notify-b"));
            p.template("notify").orElseThrow().container.image = "x";
        });
        String beforeYaml = PipelineFiles.toNativeYaml(before);
        String afterYaml = PipelineFiles.toNativeYaml(after);
        PipelineDiff first = PipelineDiff.between(before, after);
        assertThat(PipelineDiff.between(before, after)).isEqualTo(first);
        assertThat(PipelineFiles.toNativeYaml(before)).isEqualTo(beforeYaml);
        assertThat(PipelineFiles.toNativeYaml(after)).isEqualTo(afterYaml);
        assertThat(first.counts()).containsExactly(java.util.Map.entry(ChangeKind.STEP_REMOVED, 1),
                java.util.Map.entry(ChangeKind.STEP_RENAMED, 1), java.util.Map.entry(ChangeKind.TEMPLATE_CHANGED, 1));
    }

    @Test
    void aNativePipelineWithoutAnEntrypointIsComparedToo() {
        String yaml = """
                apiVersion: orrery.dev/v1alpha1
                kind: Pipeline
                metadata: {name: p}
                spec:
                  parallelism: 2
                  steps:
                    - name: a
                      image: busybox
                      command: [echo]
                """;
        Pipeline before = PipelineFiles.parse(yaml, "a.yaml").documents().get(0).pipeline();
        Pipeline after = PipelineFiles.parse(yaml.replace("busybox", "alpine").replace("parallelism: 2",
                "parallelism: 3"), "b.yaml").documents().get(0).pipeline();
        assertThat(before.entrypoint).as("the graph is the pipeline's own, unnamed").isNull();

        assertThat(PipelineDiff.between(before, after).changes()).extracting(Change::path)
                .contains("a.image");
    }
}
