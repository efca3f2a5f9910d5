package dev.orrery.designer.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.core.diag.Diagnostic;
import dev.orrery.core.diag.Location;
import dev.orrery.core.model.Container;
import dev.orrery.core.model.Graph;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Position;
import dev.orrery.core.model.Step;
import dev.orrery.core.model.Template;
import dev.orrery.designer.doc.DesignDocument;
import dev.orrery.designer.job.StepEditJob;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Group layout, inner step paths and edits, and which edges carry dependency problems; no window. */
class GroupsAndEdgeProblemsTest {

    private static Template graph(String name, Step... steps) {
        Template t = new Template(name);
        t.graph = new Graph();
        t.graph.steps.addAll(List.of(steps));
        return t;
    }

    private static Step step(String name, String template, String... after) {
        Step s = new Step(name, template);
        s.dependsOn.addAll(List.of(after));
        return s;
    }

    /** main: top → inner (graph: x → y, y runs loop), loop: graph whose step calls inner (mutual recursion). */
    static Pipeline nested() {
        Pipeline p = new Pipeline();
        p.entrypoint = "main";
        Template echo = new Template("echo");
        echo.container = new Container();
        echo.container.image = "busybox";
        p.templates.add(echo);
        p.templates.add(graph("main", step("top", "inner"), step("after", "echo", "top")));
        p.templates.add(graph("inner", step("x", "echo"), step("y", "loop", "x")));
        p.templates.add(graph("loop", step("again", "inner")));
        p.layout.put("top", new Position(0, 0));
        p.layout.put("after", new Position(300, 0));
        return p;
    }

    @Test
    void expandedGroupsLayOutTheirStepsInsideAndStopAtRecursion() {
        Pipeline p = nested();
        GraphIndex collapsed = new GraphIndex(p, p.mainGraph().orElseThrow(), Set.of());
        assertThat(collapsed.groups.groups).containsEntry("top", GroupLayout.GroupState.COLLAPSED);
        assertThat(collapsed.byName).containsOnlyKeys("top", "after");

        GraphIndex idx = new GraphIndex(p, p.mainGraph().orElseThrow(), Set.of("top", "top/y", "top/y/again"));
        assertThat(idx.byName).containsKeys("top/x", "top/y", "top/y/again");
        assertThat(idx.byName.get("top/y").dependsOn).containsExactly("top/x");
        // 'again' runs 'inner', which is already being expanded above it
        assertThat(idx.groups.groups).containsEntry("top/y/again", GroupLayout.GroupState.RECURSIVE);
        assertThat(idx.byName.keySet()).noneMatch(n -> n.startsWith("top/y/again/"));

        Position top = Expansion.place("top", idx.groups, p.layout::get);
        Position x = Expansion.place("top/x", idx.groups, p.layout::get);
        Position y = Expansion.place("top/y", idx.groups, p.layout::get);
        Position again = Expansion.place("top/y/again", idx.groups, p.layout::get);
        double[] frame = idx.groups.frames.get("top");
        assertThat(x.y()).isGreaterThan(top.y() + NodeView.HEIGHT);
        assertThat(y.x()).isGreaterThan(x.x() + NodeView.WIDTH);
        assertThat(again.y()).isGreaterThan(y.y() + NodeView.HEIGHT);
        assertThat(again.x() + NodeView.WIDTH).isLessThan(top.x() + frame[0]);
        // the step after the group is shown moved aside, its stored position untouched
        assertThat(Expansion.place("after", idx.groups, p.layout::get).x()).isGreaterThan(top.x() + frame[0]);
        assertThat(p.layout.get("after")).isEqualTo(new Position(300, 0));
    }

    @Test
    void anInnerStepIsFoundByPathAndEditedAsAnUndoableJobOnItsGraph() {
        DesignDocument doc = new DesignDocument(nested());
        assertThat(doc.step("top/y")).get().extracting(s -> s.template).isEqualTo("loop");
        assertThat(doc.step("top/nope")).isEmpty();
        assertThat(doc.step("after/x")).as("'after' runs no graph").isEmpty();
        assertThat(doc.execute(new StepEditJob(doc, "top/x", "Set condition of x", s -> s.when = "true"))).isTrue();
        Step live = doc.pipeline().template("inner").orElseThrow().graph.step("x").orElseThrow();
        assertThat(live.when).isEqualTo("true");
        doc.jobs().undo();
        assertThat(doc.pipeline().template("inner").orElseThrow().graph.step("x").orElseThrow().when).isNull();
        doc.jobs().redo();
        assertThat(doc.pipeline().template("inner").orElseThrow().graph.step("x").orElseThrow().when).isEqualTo("true");
    }

    @Test
    void cycleAndMissingDependencyFindingsLandOnTheirEdgesOnly() {
        Pipeline p = new Pipeline();
        p.entrypoint = "main";
        p.templates.add(graph("main", step("s", "e"), step("a", "e", "s", "b"), step("b", "e", "a"),
                step("c", "e", "ghost")));
        GraphIndex idx = new GraphIndex(p, p.mainGraph().orElseThrow());
        List<Diagnostic> found = List.of(
                Diagnostic.error(Location.of("a", "dependsOn"), "dependency cycle in 'main': a → b → a (…)"),
                Diagnostic.error(Location.of("c", "dependsOn"), "step 'c' depends on 'ghost', which is not a step"),
                Diagnostic.error(Location.of("s", "image"), "unrelated"));
        Map<EdgeProblems.Edge, List<Diagnostic>> edges = EdgeProblems.of(idx, found).all();
        assertThat(edges).containsOnlyKeys(new EdgeProblems.Edge("a", "b"), new EdgeProblems.Edge("b", "a"),
                new EdgeProblems.Edge("ghost", "c"));
        assertThat(edges.get(new EdgeProblems.Edge("ghost", "c"))).singleElement()
                .extracting(Diagnostic::message).asString().contains("ghost");
        assertThat(EdgeProblems.of(idx, List.of(found.get(2))).isEmpty()).isTrue();
    }
}
