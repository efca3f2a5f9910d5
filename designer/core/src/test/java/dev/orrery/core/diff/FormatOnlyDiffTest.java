package dev.orrery.core.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.core.io.LoadResult;
import dev.orrery.core.io.LoadedDocument;
import dev.orrery.core.io.PipelineFiles;
import dev.orrery.core.io.PipelineFormat;
import dev.orrery.core.testing.SharedData;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Format only: every pipeline of Argo's examples, read from its Argo file and from the native file
 * Orrery writes for it, has no differences either way.
 */
class FormatOnlyDiffTest {

    @Test
    void nativeAndArgoFilesOfTheSamePipelineHaveNoDifferences() throws IOException {
        List<String> differing = new ArrayList<>();
        int compared = 0;
        for (Path file : SharedData.exampleFiles()) {
            LoadResult argo = PipelineFiles.read(file);
            if (argo.documents().isEmpty()) {
                continue;
            }
            String nativeText = PipelineFiles.convert(argo, PipelineFormat.NATIVE, null);
            LoadResult nativeRead = PipelineFiles.parse(nativeText, file + " (native)");
            assertThat(nativeRead.documents()).as(file.toString()).hasSameSizeAs(argo.documents());
            for (int i = 0; i < argo.documents().size(); i++) {
                LoadedDocument a = argo.documents().get(i);
                LoadedDocument n = nativeRead.documents().get(i);
                PipelineDiff there = PipelineDiff.between(a.pipeline(), n.pipeline());
                PipelineDiff back = PipelineDiff.between(n.pipeline(), a.pipeline());
                if (!there.isEmpty() || !back.isEmpty()) {
                    differing.add(file.getFileName() + " #" + i + ": " + there.changes() + back.changes());
                }
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(100);
        assertThat(differing).isEmpty();
    }
}
