package dev.orrery.designer.layout;

import dev.orrery.core.model.GraphDepths;
import dev.orrery.core.model.Position;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A linear-time layered placement for very large graphs, where ELK's layered algorithm takes
 * seconds and spreads thousands of nodes over a huge area (see docs/benchmarks.md): layers by
 * longest path from the sources, and within a layer nodes ordered by the mean row of their
 * predecessors (one barycenter sweep), packed tightly.
 */
final class QuickLayers {
    private QuickLayers() {
    }

    static Map<String, Position> layout(AutoLayout.Snapshot graph, double nodeWidth, double nodeHeight,
            double layerGap, double rowGap) {
        Map<String, Integer> layer = GraphDepths.of(graph.names(), graph.dependsOn());
        List<List<String>> layers = new ArrayList<>();
        for (String name : graph.names()) {
            int l = layer.get(name);
            while (layers.size() <= l) {
                layers.add(new ArrayList<>());
            }
            layers.get(l).add(name);
        }
        Map<String, Double> row = new HashMap<>();
        for (List<String> names : layers) {
            Map<String, Double> key = new HashMap<>();
            for (int i = 0; i < names.size(); i++) {
                String n = names.get(i);
                double sum = 0;
                int count = 0;
                for (String d : graph.dependsOn().getOrDefault(n, List.of())) {
                    Double r = row.get(d);
                    if (r != null) {
                        sum += r;
                        count++;
                    }
                }
                key.put(n, count == 0 ? i : sum / count);
            }
            names.sort(Comparator.comparingDouble(key::get));
            for (int i = 0; i < names.size(); i++) {
                row.put(names.get(i), (double) i);
            }
        }
        Map<String, Position> out = new LinkedHashMap<>();
        for (String name : graph.names()) {
            out.put(name, new Position(AutoLayout.ORIGIN + layer.get(name) * (nodeWidth + layerGap),
                    AutoLayout.ORIGIN + row.get(name) * (nodeHeight + rowGap)));
        }
        return out;
    }
}
