package dev.orrery.designer.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.core.io.PipelineFiles;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Position;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The SVG export is built from the model and positions alone, so it can be written off the FX thread. */
class DiagramExportTest {
    @Test
    void svgHasEveryStepAndEdgeOfTheSample() throws Exception {
        Path sample = Path.of("../../assets/samples/ml-training.orrery.yaml");
        Pipeline p = PipelineFiles.parse(Files.readString(sample), sample.toString()).documents().get(0).pipeline();
        var graph = p.mainGraph().orElseThrow();
        Map<String, Position> positions = new LinkedHashMap<>();
        for (int i = 0; i < graph.steps.size(); i++) {
            positions.put(graph.steps.get(i).name, new Position(i * 240.0, 100));
        }
        String svg = DiagramExport.svg(p, graph, positions);
        assertThat(svg).startsWith("<?xml").contains("<svg ").endsWith("</svg>\n");
        graph.steps.forEach(s -> assertThat(svg).contains(">" + s.name + "<"));
        long edges = graph.steps.stream().mapToLong(s -> s.dependsOn.size()).sum();
        // one path is the arrow head marker; every dependency adds one curve
        assertThat(svg.split("<path", -1).length - 2L).isEqualTo(edges);
    }

    @Test
    void svgUsesTheCanvasColours() {
        Pipeline p = new Pipeline();
        String svg = DiagramExport.svg(p, null, Map.of());
        String edge = String.format(java.util.Locale.ROOT, "#%02x%02x%02x",
                (int) Math.round(CanvasPainter.Colors.LIGHT.edge().getRed() * 255),
                (int) Math.round(CanvasPainter.Colors.LIGHT.edge().getGreen() * 255),
                (int) Math.round(CanvasPainter.Colors.LIGHT.edge().getBlue() * 255));
        assertThat(svg).contains("fill=\"" + edge + "\"");
    }
}
