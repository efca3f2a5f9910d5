package dev.orrery.core.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.orrery.core.model.Graph;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Position;
import dev.orrery.core.model.Step;
import dev.orrery.core.refs.Renames;
import org.junit.jupiter.api.Test;

/** The union of two versions' graph, as the canvas comparison shows it. */
class UnionGraphTest {

    @Test
    void bothVersionsInOneGraphMarkedAndLaidOutAsTheNewer() {
        Pipeline before = PipelineDiffTest.base();
        before.layout.put("notify-a", new Position(800, 60));
        before.layout.put("notify-b", new Position(800, 180));
        Pipeline after = PipelineDiffTest.base();
        Graph g = after.mainGraph().orElseThrow();
        Renames.step(after, g, "train", "fit");
        after.template("evaluate").orElseThrow().container.image = "python:3.13-slim";
        g.steps.removeIf(s -> s.name.equals("notify-b"));
        Step report = new Step("report", "notify");
        report.dependsOn.add("fit");
        g.steps.add(report);
        after.layout.clear();
        after.layout.put("evaluate", new Position(600, 400)); // moved down by 280 and right by 40
        after.layout.put("notify-a", new Position(840, 340));

        UnionGraph union = UnionGraph.of(before, after, PipelineDiff.between(before, after), "main");

        assertThat(union.nodes()).extracting(UnionGraph.Node::name, UnionGraph.Node::oldName, UnionGraph.Node::mark)
                .containsExactly(tuple("prepare", "prepare", UnionGraph.Mark.UNCHANGED),
                        tuple("fit", "train", UnionGraph.Mark.CHANGED),
                        tuple("evaluate", "evaluate", UnionGraph.Mark.CHANGED),
                        tuple("notify-a", "notify-a", UnionGraph.Mark.UNCHANGED),
                        tuple("report", null, UnionGraph.Mark.ADDED),
                        tuple("notify-b", "notify-b", UnionGraph.Mark.REMOVED));
        assertThat(union.node("evaluate").orElseThrow().changes()).extracting(Change::path).containsExactly("evaluate.image");
        assertThat(union.node("fit").orElseThrow().changes()).extracting(Change::kind).containsExactly(ChangeKind.STEP_RENAMED);
        // a removed step keeps its old offset (240, 60) from evaluate, which it depended on and which moved
        assertThat(union.node("notify-b").orElseThrow().position()).isEqualTo(new Position(840, 460));
        assertThat(union.edges()).extracting(UnionGraph.Edge::from, UnionGraph.Edge::to, UnionGraph.Edge::mark)
                .containsExactly(tuple("prepare", "fit", UnionGraph.Mark.UNCHANGED),
                        tuple("fit", "evaluate", UnionGraph.Mark.UNCHANGED),
                        tuple("evaluate", "notify-a", UnionGraph.Mark.UNCHANGED),
                        tuple("fit", "report", UnionGraph.Mark.ADDED),
                        tuple("evaluate", "notify-b", UnionGraph.Mark.REMOVED));
    }
}
