package dev.orrery.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GraphDepthsTest {

    @Test
    void aStepSitsOneDeeperThanItsDeepestDependency() {
        Graph g = graph(Map.of("a", List.of(), "b", List.of("a"), "c", List.of("a", "b"), "d", List.of()));
        assertThat(GraphDepths.of(g)).containsExactlyInAnyOrderEntriesOf(Map.of("a", 0, "b", 1, "c", 2, "d", 0));
    }

    @Test
    void unknownDependenciesSelfLoopsAndCyclesDoNotHangOrCount() {
        Graph g = graph(Map.of("a", List.of("missing", "a"), "b", List.of("c"), "c", List.of("b")));
        Map<String, Integer> depths = GraphDepths.of(g);
        assertThat(depths.get("a")).isZero();
        assertThat(depths).containsKeys("b", "c");
        assertThat(Math.abs(depths.get("b") - depths.get("c"))).isEqualTo(1);
    }

    @Test
    void aChainOfHundredThousandStepsNeedsNoDeepStack() {
        List<String> names = new ArrayList<>();
        Map<String, List<String>> deps = new LinkedHashMap<>();
        for (int i = 0; i < 100_000; i++) {
            names.add("s" + i);
            deps.put("s" + i, i == 0 ? List.of() : List.of("s" + (i - 1)));
        }
        assertThat(GraphDepths.of(names.reversed(), deps).get("s99999")).isEqualTo(99_999);
    }

    private static Graph graph(Map<String, List<String>> deps) {
        Graph g = new Graph();
        new java.util.TreeMap<>(deps).forEach((name, on) -> {
            Step s = new Step(name, "t");
            s.dependsOn = new ArrayList<>(on);
            g.steps.add(s);
        });
        return g;
    }
}
