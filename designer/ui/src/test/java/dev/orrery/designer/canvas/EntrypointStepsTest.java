package dev.orrery.designer.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.core.argo.ArgoExporter;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Position;
import dev.orrery.core.model.StepKind;
import dev.orrery.core.testing.SemanticJson;
import dev.orrery.core.testing.SharedData;
import dev.orrery.core.testing.YamlDocuments;
import dev.orrery.designer.KitWindow;
import dev.orrery.designer.doc.DesignDocument;
import dev.orrery.designer.doc.ShownSteps;
import dev.orrery.designer.job.DependencyJob;
import dev.orrery.designer.job.MoveStepsJob;
import dev.orrery.designer.job.RenameStepJob;
import dev.orrery.designer.job.StepEditJob;
import dev.orrery.designer.job.TemplateEditJob;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A pipeline whose entrypoint is one container (Argo's hello-world) shows that template as its one
 * step; an exit handler (exit-handlers) is shown as its own step marked "on exit". Both are derived
 * from the templates: showing, selecting, moving and editing them exports the file unchanged.
 */
class EntrypointStepsTest {

    private static JsonNode original(String file) {
        return YamlDocuments.read(SharedData.examplesDir().resolve(file)).get(0);
    }

    private static JsonNode exported(DesignDocument doc) {
        return new ArgoExporter().export(doc.pipeline(), doc.pipeline().argoKind);
    }

    private static GraphIndex shown(DesignDocument doc) {
        return new GraphIndex(doc.pipeline(), doc.shownGraph(), Set.of());
    }

    @Test
    void helloWorldShowsItsEntrypointAsOneStep() {
        DesignDocument doc = new DesignDocument(KitWindow.argoExample("hello-world.yaml"));
        GraphIndex idx = shown(doc);
        assertThat(idx.byName).containsOnlyKeys("hello-world");
        NodeFacts facts = idx.facts.get("hello-world");
        assertThat(facts.kind()).isEqualTo(StepKind.CONTAINER);
        assertThat(facts.subtitle()).isEqualTo("busybox");
        assertThat(facts.exitHandler()).isFalse();
        assertThat(idx.fallback.get("hello-world")).as("drawn somewhere").isNotNull();
        assertThat(doc.step("hello-world")).isPresent();
        assertThat(doc.isDerived("hello-world")).isTrue();
        assertThat(doc.shownSteps().role("hello-world")).isEqualTo(ShownSteps.Role.ENTRY);
        assertThat(doc.graph()).as("no graph is made by showing it").isNull();
    }

    @Test
    void exitHandlersShowsTheExitStepWithItsBadgeRightOfTheRest() {
        DesignDocument doc = new DesignDocument(KitWindow.argoExample("exit-handlers.yaml"));
        GraphIndex idx = shown(doc);
        assertThat(idx.byName).containsOnlyKeys("intentional-fail", "exit-handler");
        assertThat(idx.facts.get("exit-handler").exitHandler()).isTrue();
        assertThat(idx.facts.get("intentional-fail").exitHandler()).isFalse();
        assertThat(doc.shownSteps().role("exit-handler")).isEqualTo(ShownSteps.Role.EXIT);
        // the exit handler runs a steps template: a group that expands like any sub-pipeline
        assertThat(idx.groups.groups).containsEntry("exit-handler", GroupLayout.GroupState.COLLAPSED);
        assertThat(idx.fallback.get("exit-handler").x()).isGreaterThan(idx.fallback.get("intentional-fail").x()
                + NodeView.WIDTH);
        GraphIndex expanded = new GraphIndex(doc.pipeline(), doc.shownGraph(), Set.of("exit-handler"));
        assertThat(expanded.byName).containsKeys("exit-handler/notify", "exit-handler/celebrate", "exit-handler/cry");
        assertThat(doc.step("exit-handler/cry")).isPresent();
    }

    @Test
    void aDagPipelineShowsItsExitHandlerAfterItsSteps() {
        DesignDocument doc = new DesignDocument(KitWindow.argoExample("dag-diamond.yaml"));
        doc.pipeline().onExit = "echo";
        GraphIndex idx = shown(doc);
        assertThat(idx.byName).containsKeys("A", "B", "C", "D", "echo");
        assertThat(idx.facts.get("echo").exitHandler()).isTrue();
        assertThat(doc.graph().steps).as("the DAG itself is not touched").hasSize(4);
    }

    @Test
    void showingMovingAndEditingDerivedStepsExportsTheFileUnchanged() {
        for (String file : List.of("hello-world.yaml", "exit-handlers.yaml")) {
            JsonNode before = original(file);
            DesignDocument doc = new DesignDocument(KitWindow.argoExample(file));
            GraphIndex idx = shown(doc);
            for (String name : idx.byName.keySet()) {
                doc.selection().select(name);
                Map<String, Position> from = new HashMap<>();
                from.put(name, null);
                assertThat(doc.execute(new MoveStepsJob(doc, from, Map.of(name, new Position(400, 300)), "Move")))
                        .isTrue();
                // a derived step has no step fields, no name of its own and no dependencies
                assertThat(doc.execute(new StepEditJob(doc, name, "Set condition", s -> s.when = "true"))).isFalse();
                assertThat(doc.execute(new RenameStepJob(doc, name, "renamed"))).isFalse();
            }
            if (idx.byName.size() == 2) {
                List<String> names = List.copyOf(idx.byName.keySet());
                assertThat(DependencyJob.connect(doc, names.get(0), names.get(1)).isExecutable()).isFalse();
            }
            SemanticJson.assertSemanticallyEqual(before, exported(doc), file + " after moves");
            assertThat(doc.pipeline().layout).as("moves are kept as canvas layout (native files only)").isNotEmpty();
        }
    }

    @Test
    void editingTheEntryStepEditsItsTemplateAndUndoRestoresIt() {
        JsonNode before = original("hello-world.yaml");
        DesignDocument doc = new DesignDocument(KitWindow.argoExample("hello-world.yaml"));
        String template = doc.step("hello-world").orElseThrow().template;
        doc.execute(new TemplateEditJob(doc, template, "Set image", t -> t.container.image = "alpine:3.20"));
        assertThat(exported(doc).at("/spec/templates/0/container/image").asText()).isEqualTo("alpine:3.20");
        assertThat(exported(doc).at("/spec/templates").size()).as("no DAG written").isEqualTo(1);
        doc.jobs().undo();
        SemanticJson.assertSemanticallyEqual(before, exported(doc), "after undo");
    }

    @Test
    void addingAStepToHelloWorldKeepsTheOldStepWhereItWasAndPutsTheNewOneBeside() {
        JsonNode before = original("hello-world.yaml");
        Pipeline p = KitWindow.argoExample("hello-world.yaml");
        DesignDocument doc = new DesignDocument(p);
        GraphIndex idx = shown(doc);
        Position old = idx.fallback.get("hello-world");
        Map<String, Position> drawn = new LinkedHashMap<>(Map.of("hello-world", old));

        // dropped right on top of the old step
        String added = new CanvasEdits(doc).addStep(StepKind.SCRIPT, old, drawn);

        assertThat(doc.graph()).as("the entrypoint is now a DAG").isNotNull();
        assertThat(doc.graph().steps).extracting(s -> s.name).containsExactly("hello-world", added);
        assertThat(doc.step("hello-world").orElseThrow().template).isEqualTo("hello-world");
        assertThat(doc.isDerived("hello-world")).isFalse();
        assertThat(doc.pipeline().layout.get("hello-world")).as("the old step did not move").isEqualTo(old);
        Position at = doc.pipeline().layout.get(added);
        assertThat(new FreeSpot(List.of(old)).isFree(at.x(), at.y())).as("the new step is beside it").isTrue();
        JsonNode now = exported(doc);
        assertThat(now.at("/spec/entrypoint").asText()).isEqualTo("main");
        assertThat(now.at("/spec/templates").toString()).contains("\"image\":\"busybox\"");

        doc.jobs().undo();
        assertThat(doc.jobs().undoDepth()).as("one undo step").isZero();
        SemanticJson.assertSemanticallyEqual(before, exported(doc), "after undo");
        assertThat(doc.pipeline().layout).isEmpty();
    }
}
