package dev.orrery.designer.canvas;

import dev.orrery.core.model.Pipeline;
import dev.orrery.designer.doc.ShownSteps;
import java.util.Set;

/**
 * What the canvas works out once per graph (lookups, ports, what flows on each edge, where
 * everything is drawn), made for a pipeline about to be opened, on the thread that read it: at
 * 5,000–10,000 steps that is 0.2–0.8 s the FX thread would otherwise spend before the first frame
 * and on the first zoom into detail. The canvas takes it with {@link GraphCanvas#adopt}.
 */
public final class PreparedGraph {
    private final Pipeline pipeline;
    private final GraphIndex index;
    private final EdgeFlows flows;

    /** Where everything is drawn zoomed out and in detail (null when groups need the canvas to place them). */
    private final GraphGeometry[] geometries = new GraphGeometry[2];

    private PreparedGraph(Pipeline pipeline) {
        this.pipeline = pipeline;
        this.index = new GraphIndex(pipeline, ShownSteps.of(pipeline).graph(), Set.of());
        this.flows = EdgeFlows.of(index);
        if (index.groups.isEmpty()) {
            // as the canvas places steps with no move in progress and no group expanded
            for (int detail = 0; detail < 2; detail++) {
                geometries[detail] = new GraphGeometry(index, name -> {
                    var p = pipeline.layout.get(name);
                    return p != null ? p : index.fallback.get(name);
                }, detail == 1);
                geometries[detail].grid();
            }
        }
    }

    /** Works it out on any thread, for a pipeline nothing shows or edits yet (one just read from a file). */
    public static PreparedGraph of(Pipeline pipeline) {
        return new PreparedGraph(pipeline);
    }

    Pipeline pipeline() {
        return pipeline;
    }

    GraphIndex index() {
        return index;
    }

    EdgeFlows flows() {
        return flows;
    }

    /** The geometry zoomed out (0) or in detail (1), or null when the canvas must work it out. */
    GraphGeometry geometry(int detail) {
        return geometries[detail];
    }
}
