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
}
