package dev.orrery.designer.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.core.io.PipelineFiles;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Position;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The SVG export names what flows on each edge and draws ordering-only edges as the canvas does. */
class DiagramExportEdgesTest {
    @Test
    void theSamplesDataEdgesAreNamedAndItsOrderingEdgeIsDashed() throws Exception {
        Path sample = Path.of("../../assets/samples/ml-training.orrery.yaml");
        Pipeline p = PipelineFiles.parse(Files.readString(sample), sample.toString()).documents().get(0).pipeline();
        var graph = p.mainGraph().orElseThrow();
        Map<String, Position> positions = new LinkedHashMap<>();
        for (int i = 0; i < graph.steps.size(); i++) {
            positions.put(graph.steps.get(i).name, new Position(i * 280.0, 100));
        }
        String svg = DiagramExport.svg(p, graph, positions);

        assertThat(Pattern.compile("class=\"edge-name\"[^>]*>dataset<title>dataset \\(artifact\\) → train\\.dataset")
                .matcher(svg).find()).as(svg).isTrue();
        assertThat(svg).contains(">model<title>model (artifact) → evaluate.model");
        assertThat(count(svg, "class=\"edge-name\"")).as("evaluate → deploy carries nothing").isEqualTo(2);
        assertThat(count(svg, "<path class=\"edge order\"")).isEqualTo(1);
        assertThat(count(svg, "<path class=\"edge\"")).isEqualTo(2);
        assertThat(count(svg, "stroke-dasharray")).isEqualTo(1);
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
