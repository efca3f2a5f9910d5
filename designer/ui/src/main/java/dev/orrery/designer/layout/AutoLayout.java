package dev.orrery.designer.layout;

import dev.orrery.core.model.Graph;
import dev.orrery.core.model.Position;
import dev.orrery.core.model.Step;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.elk.alg.layered.LayeredLayoutProvider;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Layered (Sugiyama) layout of a step graph with Eclipse ELK, left to right (very large graphs:
 * {@link QuickLayers}). Pure computation on an
 * immutable snapshot, so it runs on a background thread; callers apply the result as a job.
 */
public final class AutoLayout {
    /**
     * Graphs larger than this are placed by {@link QuickLayers}: ELK layered took 2.5 to 11 s on
     * 5,000 steps here and spread them over an area no zoom level shows whole.
     */
    static final int LARGE_GRAPH = 800;
    /** Where laid-out positions start: the top-left corner of the first node is (ORIGIN, ORIGIN). */
    public static final double ORIGIN = 80;

    /** The nodes (with their dependencies) to lay out; a copy taken on the FX thread. */
    public record Snapshot(List<String> names, Map<String, List<String>> dependsOn) {
        public static Snapshot of(Graph g) {
            List<String> names = new ArrayList<>();
            Map<String, List<String>> deps = new LinkedHashMap<>();
            if (g != null) {
                for (Step s : g.steps) {
                    if (!deps.containsKey(s.name)) {
                        names.add(s.name);
                        deps.put(s.name, List.copyOf(s.dependsOn));
                    }
                }
            }
            return new Snapshot(List.copyOf(names), deps);
        }
    }

    static {
        // Outside Eclipse nobody registers ELK's option types; the meta data service does it on first use.
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    private final double nodeWidth;
    private final double nodeHeight;

    public AutoLayout(double nodeWidth, double nodeHeight) {
        this.nodeWidth = nodeWidth;
        this.nodeHeight = nodeHeight;
    }

    /** Positions for every node, top-left corners, starting at ({@link #ORIGIN}, {@link #ORIGIN}). */
    public Map<String, Position> layout(Snapshot graph) {
        if (graph.names().size() > LARGE_GRAPH) {
            return QuickLayers.layout(graph, nodeWidth, nodeHeight, 80, 40);
        }
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(LayeredOptions.DIRECTION, Direction.RIGHT);
        // The canvas draws its own curves, so ELK's cheapest routing is enough.
        root.setProperty(LayeredOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, 40.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 80.0);
        Map<String, ElkNode> nodes = new HashMap<>();
        for (String name : graph.names()) {
            ElkNode n = ElkGraphUtil.createNode(root);
            n.setDimensions(nodeWidth, nodeHeight);
            n.setIdentifier(name);
            nodes.put(name, n);
        }
        graph.dependsOn().forEach((target, sources) -> {
            for (String source : sources) {
                ElkNode from = nodes.get(source);
                if (from != null && !source.equals(target)) {
                    ElkGraphUtil.createSimpleEdge(from, nodes.get(target));
                }
            }
        });
        new LayeredLayoutProvider().layout(root, new BasicProgressMonitor());
        Map<String, Position> out = new LinkedHashMap<>();
        for (String name : graph.names()) {
            ElkNode n = nodes.get(name);
            out.put(name, new Position(Math.round(ORIGIN + n.getX()), Math.round(ORIGIN + n.getY())));
        }
        return out;
    }
}
