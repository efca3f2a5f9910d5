package dev.orrery.app.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.core.io.PipelineFiles;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Template;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs grouped by the version of the pipeline they ran, and what changed between versions. */
class PipelineVersionsTest {
    private static final Path SAMPLE = Path.of("..", "assets", "samples", "local-ml.orrery.yaml");

    private static Pipeline sample() throws Exception {
        return PipelineFiles.read(SAMPLE).documents().get(0).pipeline();
    }

    @Test
    void runsOfTheSameVersionSaySo() throws Exception {
        Pipeline p = sample();
        Pipeline moved = p.copy();
        moved.layout.clear(); // a layout move is not a change
        PipelineVersions v = PipelineVersions.of(List.of(new PipelineVersions.RunPipeline("a", p),
                new PipelineVersions.RunPipeline("b", moved), new PipelineVersions.RunPipeline("c", p.copy())));
        assertThat(v.sameVersion()).isTrue();
        assertThat(v.headline()).isEqualTo("All 3 runs ran the same version of local-ml");
        assertThat(PipelineDifferencesView.lines(v)).isEmpty();
    }

    @Test
    void aChangedVersionListsItsChangesGrouped() throws Exception {
        Pipeline p = sample();
        Pipeline changed = p.copy();
        Template train = changed.templates.stream().filter(t -> t.name.equals("train")).findFirst().orElseThrow();
        train.container.image = "python:3.13-slim";
        changed.parameters.get(0).value = dev.orrery.core.model.Json.text("800");
        PipelineVersions v = PipelineVersions.of(List.of(new PipelineVersions.RunPipeline("a", p),
                new PipelineVersions.RunPipeline("b", changed), new PipelineVersions.RunPipeline("c", p.copy()),
                new PipelineVersions.RunPipeline("d", null)));
        assertThat(v.sameVersion()).isFalse();
        assertThat(v.versions()).extracting(PipelineVersions.Version::runs)
                .containsExactly(List.of("a", "c"), List.of("b"));
        assertThat(v.unknown()).containsExactly("d");
        assertThat(v.headline()).isEqualTo("Pipeline differences: 2 changes between run a and run b");
        assertThat(PipelineDifferencesView.lines(v)).extracting(l -> l.kind() + " " + l.mark() + " " + l.text())
                .containsExactly(
                        "VERSION   Run b: 2 changes against run a",
                        "SECTION   Parameters",
                        "CHANGE ~ rows.value: 400 → 800",
                        "SECTION   Steps in main",
                        "CHANGE ~ train.image: python:3.12-slim → python:3.13-slim",
                        "VERSION   Pipeline not known for 1 run");
    }
}
