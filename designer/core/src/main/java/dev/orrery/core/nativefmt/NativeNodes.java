package dev.orrery.core.nativefmt;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.core.model.Graph;
import dev.orrery.core.model.Json;
import dev.orrery.core.model.Parameter;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Step;
import dev.orrery.core.model.Template;

/**
 * Single model elements in the native format's words ({@code image}, {@code resources.gpu.count},
 * {@code retry}, {@code argo} for passthrough), for code that compares pipelines field by field: the
 * same trees the native writer puts in a file, so a path names what the user reads there. The nodes
 * share value nodes with the model: read them, do not edit them.
 */
public final class NativeNodes {
    private NativeNodes() {
    }

    /** A template's body without its name and without a graph's steps. */
    public static ObjectNode template(Template t) {
        ObjectNode o = Json.object();
        new NativeTemplateWriter(n -> null).templateBody(o, t, false);
        return o;
    }

    /**
     * A step as the native format writes it; with {@code inline} (the template only this step runs)
     * the template's fields are written into the step, as a native file does.
     */
    public static ObjectNode step(Step s, Template inline) {
        NativeTemplateWriter writer = new NativeTemplateWriter(
                n -> inline != null && n.equals(inline.name) ? inline : null);
        return (ObjectNode) writer.steps(singleStepGraph(s)).get(0);
    }

    /** A parameter (pipeline parameter, input, output or argument). */
    public static ObjectNode parameter(Parameter p) {
        return NativeTemplateWriter.parameter(p);
    }

    /** The pipeline's settings: the native document's metadata and spec fields without
     * its steps, templates, parameters and layout; pass-through fields of the document under {@code document}. */
    public static ObjectNode settings(Pipeline p) {
        ObjectNode o = Json.object();
        o.set("metadata", NativeWriter.metadata(p));
        o.put("argoKind", p.argoKind.kind());
        Json.putIf(o, "entrypoint", p.entrypoint);
        NativeWriter.settings(o, p);
        if (o.path("schedule").has("cron")) { // one cron or a list of one: a spelling, not a setting
            ObjectNode schedule = (ObjectNode) o.get("schedule");
            schedule.putArray("crons").add(schedule.remove("cron"));
        }
        NativeTemplateWriter.putArgo(o, p.extraSpec);
        if (!p.extraDocument.isEmpty()) {
            o.set("document", p.extraDocument);
        }
        return o;
    }

    private static Graph singleStepGraph(Step s) {
        Graph g = new Graph();
        g.steps.add(s);
        return g;
    }
}
