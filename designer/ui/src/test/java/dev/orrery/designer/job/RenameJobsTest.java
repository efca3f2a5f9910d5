package dev.orrery.designer.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.core.io.PipelineFiles;
import dev.orrery.core.model.Artifact;
import dev.orrery.core.model.Parameter;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Step;
import dev.orrery.core.model.Template;
import dev.orrery.core.refs.IoKind;
import dev.orrery.designer.doc.DesignDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Renames of steps, outputs and inputs follow every reference, and one undo puts everything back. */
class RenameJobsTest {
    final DesignDocument doc = new DesignDocument(wired());

    /** a → b → c (CanvasJobsTest's chain) with data: a outputs dataset and rows, b takes them, c takes b's result. */
    static Pipeline wired() {
        Pipeline p = CanvasJobsTest.chain();
        Template a = p.template("a").orElseThrow();
        a.outputArtifacts.add(new Artifact("dataset", "/tmp/data.csv"));
        Parameter rows = new Parameter();
        rows.name = "rows";
        rows.path = "/tmp/rows";
        a.outputParameters.add(rows);
        Template b = p.template("b").orElseThrow();
        b.inputArtifacts.add(new Artifact("dataset", "/data/in.csv"));
        b.inputParameters.add(Parameter.of("rows", null));
        b.container.command = List.of("sh", "-c", "wc -l {{inputs.artifacts.dataset.path}} {{ inputs.parameters.rows }}");
        Step sb = p.template("main").orElseThrow().graph.step("b").orElseThrow();
        Artifact bind = new Artifact("dataset", null);
        bind.from = "{{tasks.a.outputs.artifacts.dataset}}";
        sb.artifactArguments.add(bind);
        sb.parameterArguments.add(Parameter.of("rows", "{{tasks.a.outputs.parameters.rows}}"));
        Step sc = p.template("main").orElseThrow().graph.step("c").orElseThrow();
        sc.when = "{{tasks.a.outputs.parameters.rows}} > 0 && {{tasks.b.outputs.result}} != ''";
        sc.loop = new dev.orrery.core.model.Loop();
        sc.loop.param = "{{tasks.a.outputs.result}}";
        Parameter total = new Parameter();
        total.name = "total";
        total.extra.putObject("valueFrom").put("parameter", "{{tasks.a.outputs.parameters.rows}}");
        p.template("main").orElseThrow().outputParameters.add(total);
        return p;
    }

    String argo() {
        return PipelineFiles.toArgoYaml(doc.pipeline(), doc.pipeline().argoKind);
    }

    Step step(String name) {
        return doc.step(name).orElseThrow();
    }

    /** The job changed the export; one undo restores it exactly, redo gives the renamed one again. */
    void assertOneUndoStep(String before, String renamed) {
        assertThat(renamed).isNotEqualTo(before);
        doc.jobs().undo();
        assertThat(argo()).isEqualTo(before);
        assertThat(doc.jobs().canUndoProperty().get()).as("the rename was one undo step").isFalse();
        doc.jobs().redo();
        assertThat(argo()).isEqualTo(renamed);
    }

    @Test
    void stepRenameUpdatesEveryReferenceAndOneUndoRestoresAll() {
        String before = argo();
        assertThat(doc.execute(new RenameStepJob(doc, "a", "prepare"))).isTrue();
        String renamed = argo();
        assertThat(renamed).doesNotContain("tasks.a.");
        assertThat(step("b").dependsOn).containsExactly("prepare");
        assertThat(step("b").artifactArguments.get(0).from).isEqualTo("{{tasks.prepare.outputs.artifacts.dataset}}");
        assertThat(step("b").parameterArguments.get(0).valueText()).isEqualTo("{{tasks.prepare.outputs.parameters.rows}}");
        assertThat(step("c").when).isEqualTo("{{tasks.prepare.outputs.parameters.rows}} > 0 && {{tasks.b.outputs.result}} != ''");
        assertThat(step("c").loop.param).isEqualTo("{{tasks.prepare.outputs.result}}");
        assertThat(doc.pipeline().template("main").orElseThrow().outputParameters.get(0).extra.toString())
                .as("the graph's own outputs follow too").contains("{{tasks.prepare.outputs.parameters.rows}}");
        assertThat(doc.pipeline().layout).containsKey("prepare").doesNotContainKey("a");
        assertOneUndoStep(before, renamed);
        doc.jobs().undo();
        assertThat(doc.step("a")).isPresent();
        assertThat(doc.pipeline().layout).containsKey("a").doesNotContainKey("prepare");
    }

    @Test
    void outputRenameUpdatesEveryBindingAndOneUndoRestoresAll() {
        String before = argo();
        assertThat(doc.execute(RenameIoJob.output(doc, "a", IoKind.ARTIFACT, "dataset", "table"))).isTrue();
        assertThat(doc.pipeline().template("a").orElseThrow().outputArtifacts.get(0).name).isEqualTo("table");
        assertThat(step("b").artifactArguments.get(0).from).isEqualTo("{{tasks.a.outputs.artifacts.table}}");
        assertThat(step("b").artifactArguments.get(0).name).as("b's input keeps its name").isEqualTo("dataset");
        assertOneUndoStep(before, argo());

        doc.jobs().undo();
        String beforeParameter = argo();
        assertThat(doc.execute(RenameIoJob.output(doc, "a", IoKind.PARAMETER, "rows", "count"))).isTrue();
        assertThat(step("b").parameterArguments.get(0).valueText()).isEqualTo("{{tasks.a.outputs.parameters.count}}");
        assertThat(step("c").when).startsWith("{{tasks.a.outputs.parameters.count}} > 0");
        assertOneUndoStep(beforeParameter, argo());
    }

    @Test
    void inputRenameUpdatesUsesAndCallersAndOneUndoRestoresAll() {
        String before = argo();
        assertThat(doc.execute(RenameIoJob.input(doc, "b", IoKind.ARTIFACT, "dataset", "table"))).isTrue();
        assertThat(doc.execute(RenameIoJob.input(doc, "b", IoKind.PARAMETER, "rows", "lines"))).isTrue();
        Template b = doc.pipeline().template("b").orElseThrow();
        assertThat(b.container.command.get(2)).isEqualTo("wc -l {{inputs.artifacts.table.path}} {{ inputs.parameters.lines }}");
        assertThat(step("b").artifactArguments.get(0).name).isEqualTo("table");
        assertThat(step("b").parameterArguments.get(0).name).isEqualTo("lines");
        assertThat(step("b").artifactArguments.get(0).from).as("still bound to a's dataset")
                .isEqualTo("{{tasks.a.outputs.artifacts.dataset}}");
        doc.jobs().undo();
        doc.jobs().undo();
        assertThat(argo()).isEqualTo(before);
    }

    @Test
    void renamesToTakenOrMissingNamesAreNotEdits() {
        assertThat(doc.execute(RenameIoJob.input(doc, "b", IoKind.PARAMETER, "rows", "rows"))).isFalse();
        assertThat(doc.execute(RenameIoJob.output(doc, "a", IoKind.PARAMETER, "nope", "x"))).isFalse();
        assertThat(doc.execute(RenameIoJob.output(doc, "a", IoKind.ARTIFACT, "rows", "x"))).as("rows is a parameter").isFalse();
        assertThat(doc.execute(new RenameStepJob(doc, "a", "b"))).isFalse();
        assertThat(doc.jobs().canUndoProperty().get()).isFalse();
    }
}
