package dev.orrery.designer.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.orrery.core.diff.Change;
import dev.orrery.core.diff.UnionGraph.Mark;
import dev.orrery.core.io.PipelineFiles;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Position;
import dev.orrery.designer.canvas.Dependency;
import org.junit.jupiter.api.Test;

/** What a comparison draws for each version: steps, their places, the marks of steps and edges, the change lists. */
class ComparisonTest {
    static final String OLD = """
            apiVersion: orrery.dev/v1alpha1
            kind: Pipeline
            metadata: {name: churn}
            spec:
              entrypoint: main
              serviceAccount: runner
              steps:
                - {name: prepare, kind: data-prep, image: "python:3.12-slim", command: [python, prep.py]}
                - {name: train, kind: train, image: "pytorch/pytorch:2.4.0", dependsOn: [prepare], command: [python, train.py]}
                - {name: notify, kind: container, image: "curlimages/curl:8.8.0", dependsOn: [train], command: [curl, x]}
              layout: {prepare: [0, 0], train: [300, 0], notify: [600, 100]}
            """;
    /** train's image changed, notify removed, evaluate added after train, prepare renamed to load. */
    static final String NEW = """
            apiVersion: orrery.dev/v1alpha1
            kind: Pipeline
            metadata: {name: churn}
            spec:
              entrypoint: main
              serviceAccount: trainer
              steps:
                - {name: load, kind: data-prep, image: "python:3.12-slim", command: [python, prep.py]}
                - {name: train, kind: train, image: "pytorch/pytorch:2.5.0", dependsOn: [load], command: [python, train.py]}
                - {name: evaluate, kind: evaluate, image: "python:3.12-slim", dependsOn: [train], command: [python, eval.py]}
              layout: {load: [0, 40], train: [300, 40], evaluate: [600, 0]}
            """;

    static Pipeline parse(String text) {
        return PipelineFiles.parse(text, "test.yaml").documents().get(0).pipeline();
    }

    @Test
    void theUnionShowsEveryStepOfBothVersionsMarkedAndPlacedAsTheOpenOne() {
        Pipeline other = parse(OLD);
        Pipeline open = parse(NEW);
        Comparison c = Comparison.of(other, open, "HEAD~1");

        Comparison.Picture both = c.picture(Version.BOTH);
        assertThat(both.pipeline().mainGraph().orElseThrow().steps).extracting(s -> s.name)
                .containsExactly("load", "train", "evaluate", "notify");
        assertThat(both.marks()).containsOnly(entry("load", Mark.CHANGED), entry("train", Mark.CHANGED),
                entry("evaluate", Mark.ADDED), entry("notify", Mark.REMOVED));
        assertThat(both.edgeMarks()).containsOnly(entry(new Dependency("train", "evaluate"), Mark.ADDED),
                entry(new Dependency("train", "notify"), Mark.REMOVED));
        // the removed step keeps its offset (300, 100) from train, which moved down by 40
        assertThat(both.pipeline().layout).containsEntry("notify", new Position(600, 140))
                .containsEntry("train", new Position(300, 40));
        // the removed step is drawn with its edge into it
        assertThat(both.pipeline().mainGraph().orElseThrow().step("notify").orElseThrow().dependsOn)
                .containsExactly("train");
    }

    @Test
    void eachVersionAloneKeepsItsNamesAndTheUnionsPlaces() {
        Comparison c = Comparison.of(parse(OLD), parse(NEW), "HEAD~1");

        Comparison.Picture other = c.picture(Version.OTHER);
        assertThat(other.pipeline().mainGraph().orElseThrow().steps).extracting(s -> s.name)
                .containsExactly("prepare", "train", "notify");
        assertThat(other.marks()).containsOnly(entry("prepare", Mark.CHANGED), entry("train", Mark.CHANGED),
                entry("notify", Mark.REMOVED));
        assertThat(other.edgeMarks()).containsOnly(entry(new Dependency("train", "notify"), Mark.REMOVED));
        assertThat(other.pipeline().layout).containsEntry("prepare", new Position(0, 40))
                .containsEntry("notify", new Position(600, 140));

        Comparison.Picture open = c.picture(Version.OPEN);
        assertThat(open.pipeline().mainGraph().orElseThrow().steps).extracting(s -> s.name)
                .containsExactly("load", "train", "evaluate");
        assertThat(open.marks()).containsOnly(entry("load", Mark.CHANGED), entry("train", Mark.CHANGED),
                entry("evaluate", Mark.ADDED));
        assertThat(open.edgeMarks()).containsOnly(entry(new Dependency("train", "evaluate"), Mark.ADDED));

        assertThat(c.unionName(Version.OTHER, "prepare")).isEqualTo("load");
        assertThat(c.shownName(Version.OTHER, "load")).isEqualTo("prepare");
        assertThat(c.shownName(Version.OPEN, "notify")).isNull();
        assertThat(c.shownName(Version.OTHER, "evaluate")).isNull();
    }

    @Test
    void aStepsChangesAndThePipelinesOwnAreListedApart() {
        Comparison c = Comparison.of(parse(OLD), parse(NEW), "HEAD~1");

        assertThat(c.changesOf("train")).extracting(Change::path, ch -> ch.before().asText(), ch -> ch.after().asText())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("train.image", "pytorch/pytorch:2.4.0",
                        "pytorch/pytorch:2.5.0"));
        assertThat(c.changesOf("load")).extracting(Change::summary).containsExactly("step prepare renamed to load");
        assertThat(c.changesOf("evaluate")).extracting(Change::summary).containsExactly("step evaluate added");
        assertThat(c.pipelineChanges()).extracting(Change::summary).containsExactly("serviceAccount: runner → trainer");
        assertThat(c.stepCounts()).containsExactly(1, 1, 2);
    }

    @Test
    void neitherVersionIsChanged() {
        Pipeline other = parse(OLD);
        Pipeline open = parse(NEW);
        String otherText = PipelineFiles.toNativeYaml(other);
        String openText = PipelineFiles.toNativeYaml(open);
        Comparison.of(other, open, "HEAD~1");
        assertThat(PipelineFiles.toNativeYaml(other)).isEqualTo(otherText);
        assertThat(PipelineFiles.toNativeYaml(open)).isEqualTo(openText);
    }

    @Test
    void equalVersionsHaveNoMarks() {
        Comparison c = Comparison.of(parse(NEW), parse(NEW), "copy");
        assertThat(c.diff().isEmpty()).isTrue();
        for (Version v : Version.values()) {
            assertThat(c.picture(v).marks()).isEmpty();
            assertThat(c.picture(v).edgeMarks()).isEmpty();
        }
    }

    @Test
    void theBadgeCountsTheChanges() {
        assertThat(CompareMarks.badge(3)).isEqualTo("mdi2n-numeric-3-circle");
        assertThat(CompareMarks.badge(12)).isEqualTo("mdi2n-numeric-9-plus-circle");
        assertThat(CompareMarks.node(Mark.REMOVED, 1).pseudoClass()).isEqualTo("diff-removed");
        assertThat(CompareMarks.edges(java.util.Map.of(new Dependency("a", "b"), Mark.REMOVED)))
                .containsEntry(new Dependency("a", "b"), new dev.orrery.designer.canvas.EdgeOverlay(CompareMarks.REMOVED, true));
    }
}
