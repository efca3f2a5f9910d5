package dev.orrery.designer.canvas;

import dev.orrery.core.model.Pipeline;
import dev.orrery.designer.doc.ShownSteps;
import java.util.Set;

/**
 * What the canvas works out once per graph (lookups, ports, what flows on each edge), made for a
 * pipeline about to be opened, on the thread that read it: at 5,000–10,000 steps that is 0.2–0.8 s
 * the FX thread would otherwise spend before the first frame. The canvas takes it with
 * {@link GraphCanvas#adopt}.
 */
public final class PreparedGraph {
    private final Pipeline pipeline;
    private final GraphIndex index;
    private final EdgeFlows flows;

    private PreparedGraph(Pipeline pipeline) {
        this.pipeline = pipeline;
        this.index = new GraphIndex(pipeline, ShownSteps.of(pipeline).graph(), Set.of());
        this.flows = EdgeFlows.of(index);
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
}
