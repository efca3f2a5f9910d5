package dev.orrery.designer.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.core.io.PipelineFiles;
import dev.orrery.core.model.Container;
import dev.orrery.core.model.Graph;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Position;
import dev.orrery.core.model.Step;
import dev.orrery.core.model.StepKind;
import dev.orrery.core.model.Template;
import dev.orrery.designer.canvas.CanvasEdits;
import dev.orrery.designer.doc.DesignDocument;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The canvas's edits as jobs, on a small pipeline a → b → c. */
public class CanvasJobsTest {
    final DesignDocument doc = new DesignDocument(chain());
    final CanvasEdits edits = new CanvasEdits(doc);

    public static Pipeline chain() {
        Pipeline p = new Pipeline();
        p.name = "chain";
        p.entrypoint = "main";
        Template main = new Template("main");
        main.graph = new Graph();
        p.templates.add(main);
        String previous = null;
        for (String n : new String[] {"a", "b", "c"}) {
            Template t = new Template(n);
            t.container = new Container();
            t.container.image = "alpine:3.20";
            p.templates.add(t);
            Step s = new Step(n, n);
            if (previous != null) {
                s.dependsOn.add(previous);
            }
            main.graph.steps.add(s);
            p.layout.put(n, new Position(0, 0));
            previous = n;
        }
        return p;
    }

    String argo() {
        return PipelineFiles.toArgoYaml(doc.pipeline(), doc.pipeline().argoKind);
    }

    @Test
    void addingAStepFromThePaletteIsOneUndoStep() {
        String before = argo();
        String name = edits.addStep(StepKind.TRAIN, new Position(107, 93));
        assertThat(name).isEqualTo("train");
        assertThat(doc.step("train")).isPresent();
        assertThat(doc.pipeline().template("train").orElseThrow().container.resources.gpuCount()).isEqualTo(1);
        assertThat(doc.pipeline().layout.get("train")).isEqualTo(new Position(100, 100));
        assertThat(doc.selection().single()).isEqualTo("train");
        doc.jobs().undo();
        assertThat(argo()).isEqualTo(before);
        assertThat(doc.step("train")).isEmpty();
        doc.jobs().redo();
        assertThat(doc.step("train")).isPresent();
    }

    @Test
    void addingToAPipelineWithoutAGraphMakesTheEntrypointADag() {
        Pipeline single = new Pipeline();
        single.name = "single";
        single.entrypoint = "hello";
        Template hello = new Template("hello");
        hello.container = new Container();
        hello.container.image = "alpine";
        single.templates.add(hello);
        DesignDocument d = new DesignDocument(single);
        new CanvasEdits(d).addStep(StepKind.EVALUATE, new Position(0, 0));
        assertThat(d.graph().steps).extracting(s -> s.name).containsExactly("hello", "evaluate");
        d.jobs().undo();
        assertThat(d.pipeline().entrypoint).isEqualTo("hello");
        assertThat(d.graph()).isNull();
    }

    @Test
    void deletingAStepRemovesItsEdgesAndTemplateAndUndoRestoresThem() {
        String before = argo();
        doc.selection().select("b");
        assertThat(edits.deleteSelection()).isTrue();
        assertThat(doc.step("b")).isEmpty();
        assertThat(doc.step("c").orElseThrow().dependsOn).isEmpty();
        assertThat(doc.pipeline().template("b")).isEmpty();
        assertThat(doc.selection().steps()).isEmpty();
        doc.jobs().undo();
        assertThat(argo()).isEqualTo(before);
        assertThat(doc.pipeline().layout).containsKey("b");
        doc.jobs().redo();
        assertThat(doc.step("b")).isEmpty();
    }

    @Test
    void connectAddsADependencyOnceAndUndoRemovesIt() {
        assertThat(doc.execute(DependencyJob.connect(doc, "a", "c"))).isTrue();
        assertThat(doc.step("c").orElseThrow().dependsOn).containsExactly("b", "a");
        assertThat(doc.execute(DependencyJob.connect(doc, "a", "c"))).as("already connected").isFalse();
        assertThat(doc.execute(DependencyJob.connect(doc, "a", "a"))).as("self edge").isFalse();
        doc.jobs().undo();
        assertThat(doc.step("c").orElseThrow().dependsOn).containsExactly("b");
    }

    @Test
    void connectExtendsAnEnhancedDependsExpression() {
        doc.step("c").orElseThrow().dependsExpression = "b.Succeeded";
        doc.execute(DependencyJob.connect(doc, "a", "c"));
        assertThat(doc.step("c").orElseThrow().dependsExpression).isEqualTo("(b.Succeeded) && a");
        doc.jobs().undo();
        assertThat(doc.step("c").orElseThrow().dependsExpression).isEqualTo("b.Succeeded");
    }

    @Test
    void aDragIsOneMoveJob() {
        Map<String, Position> from = Map.of("a", new Position(0, 0), "b", new Position(0, 0));
        Map<String, Position> to = Map.of("a", new Position(40, 20), "b", new Position(40, 20));
        doc.execute(new MoveStepsJob(doc, from, to, "Move 2 steps"));
        assertThat(doc.pipeline().layout.get("a")).isEqualTo(new Position(40, 20));
        doc.jobs().undo();
        assertThat(doc.pipeline().layout.get("b")).isEqualTo(new Position(0, 0));
        assertThat(doc.jobs().undoDepth()).isZero();
    }

    @Test
    void copyAndPasteMakesRenamedStepsWithTheirInnerEdgesAndOwnTemplates() {
        doc.selection().selectAll(Set.of("a", "b"));
        edits.copySelection(doc.pipeline().layout);
        var pasted = edits.paste();
        assertThat(pasted).containsExactlyInAnyOrder("a-2", "b-2");
        Step b2 = doc.step("b-2").orElseThrow();
        assertThat(b2.dependsOn).containsExactly("a-2");
        assertThat(b2.template).isEqualTo("b-2");
        assertThat(doc.pipeline().template("b-2")).isPresent();
        // a and b both sit at (0, 0): 40 down and right would overlap them, so the copies go to the nearest free place
        Position a2 = doc.pipeline().layout.get("a-2");
        assertThat(doc.pipeline().layout.get("b-2")).isEqualTo(a2);
        assertThat(new dev.orrery.designer.canvas.FreeSpot(java.util.List.of(new Position(0, 0))).isFree(a2.x(), a2.y()))
                .isTrue();
        assertThat(doc.selection().steps()).containsExactlyInAnyOrder("a-2", "b-2");
        doc.jobs().undo();
        assertThat(doc.step("a-2")).isEmpty();
        assertThat(doc.pipeline().template("a-2")).isEmpty();
    }

    @Test
    void renameUpdatesDependenciesReferencesAndLayout() {
        Step c = doc.step("c").orElseThrow();
        c.when = "{{tasks.b.outputs.result}} == yes";
        doc.execute(new RenameStepJob(doc, "b", "middle"));
        assertThat(doc.step("middle")).isPresent();
        assertThat(doc.step("c").orElseThrow().dependsOn).containsExactly("middle");
        assertThat(doc.step("c").orElseThrow().when).isEqualTo("{{tasks.middle.outputs.result}} == yes");
        assertThat(doc.pipeline().layout).containsKey("middle").doesNotContainKey("b");
        doc.jobs().undo();
        assertThat(doc.step("c").orElseThrow().dependsOn).containsExactly("b");
        assertThat(doc.step("c").orElseThrow().when).isEqualTo("{{tasks.b.outputs.result}} == yes");
    }

    @Test
    void templateEditsAreUndoneByRestoringTheCopy() {
        doc.execute(new TemplateEditJob(doc, "a", "Set image", t -> t.container.image = "python:3.12"));
        assertThat(doc.pipeline().template("a").orElseThrow().image()).isEqualTo("python:3.12");
        doc.jobs().undo();
        assertThat(doc.pipeline().template("a").orElseThrow().image()).isEqualTo("alpine:3.20");
        doc.jobs().redo();
        assertThat(doc.pipeline().template("a").orElseThrow().image()).isEqualTo("python:3.12");
    }

    @Test
    void stepEditsAreUndoneByRestoringTheCopyInTheStepsPlace() {
        int place = doc.graphOf("a").steps.indexOf(doc.step("a").orElseThrow());
        doc.execute(new StepEditJob(doc, "a", "Set when", s -> s.when = "{{workflow.parameters.go}} == yes"));
        doc.jobs().undo();
        assertThat(doc.step("a").orElseThrow().when).isNull();
        assertThat(doc.graphOf("a").steps.indexOf(doc.step("a").orElseThrow())).isEqualTo(place);
        doc.jobs().redo();
        assertThat(doc.step("a").orElseThrow().when).isEqualTo("{{workflow.parameters.go}} == yes");
        assertThat(new StepEditJob(doc, "gone", "Set when", s -> s.when = "x").isExecutable()).isFalse();
    }

    @Test
    void everyJobBumpsTheRevisionAndMarksTheDocumentModified() {
        int r = doc.revision();
        doc.execute(new StepEditJob(doc, "a", "Set when", s -> s.when = "true"));
        assertThat(doc.revision()).isGreaterThan(r);
        assertThat(doc.isModified()).isTrue();
        doc.markSaved();
        assertThat(doc.isModified()).isFalse();
    }
}
