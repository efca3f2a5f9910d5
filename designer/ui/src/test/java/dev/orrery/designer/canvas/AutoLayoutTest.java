package dev.orrery.designer.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Position;
import dev.orrery.designer.job.CanvasJobsTest;
import dev.orrery.designer.layout.AutoLayout;
import dev.orrery.designer.layout.LayoutService;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AutoLayoutTest {

    @Test
    void layersFollowDependenciesLeftToRight() {
        Pipeline p = CanvasJobsTest.chain();
        Map<String, Position> at = new AutoLayout(NodeView.WIDTH, NodeView.HEIGHT)
                .layout(AutoLayout.Snapshot.of(p.mainGraph().orElseThrow()));
        assertThat(at.get("a").x()).isLessThan(at.get("b").x());
        assertThat(at.get("b").x() - at.get("a").x()).isGreaterThanOrEqualTo(NodeView.WIDTH);
        assertThat(at.get("b").x()).isLessThan(at.get("c").x());
    }

    @Test
    void fillingMissingPositionsKeepsThoseTheUserSet() {
        Pipeline p = CanvasJobsTest.chain();
        p.layout.clear();
        p.layout.put("b", new Position(500, 500));
        new LayoutService(Runnable::run).fillMissing(p);
        assertThat(p.layout.get("b")).isEqualTo(new Position(500, 500));
        assertThat(p.layout).containsKeys("a", "c");
        assertThat(p.layout.get("a").y()).isGreaterThan(500);
    }

    @Test
    void largeGraphsAreLayeredByLongestPathWithoutOverlaps() {
        java.util.List<String> names = new java.util.ArrayList<>();
        Map<String, java.util.List<String>> deps = new java.util.LinkedHashMap<>();
        int width = 30;
        for (int i = 0; i < 1500; i++) {
            String n = "s" + i;
            names.add(n);
            deps.put(n, i < width ? java.util.List.of() : java.util.List.of("s" + (i - width), "s" + (i - width - i % 3 + 1)));
        }
        Map<String, Position> at = new AutoLayout(NodeView.WIDTH, NodeView.HEIGHT)
                .layout(new AutoLayout.Snapshot(names, deps));
        assertThat(at).hasSize(1500);
        for (int i = width; i < 1500; i++) {
            assertThat(at.get("s" + i).x()).as("s%d is right of what it depends on", i)
                    .isGreaterThan(at.get("s" + (i - width)).x());
        }
        assertThat(new java.util.HashSet<>(at.values())).as("no two nodes at one place").hasSize(1500);
    }
}
