package dev.orrery.core.argo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.core.model.Graph;
import dev.orrery.core.model.Json;
import dev.orrery.core.model.Step;
import dev.orrery.core.model.TemplateRef;

/** Writes a graph as an Argo {@code dag} (tasks) or {@code steps} (groups). */
final class GraphWriter {
    private GraphWriter() {
    }

    static ObjectNode dag(Graph g) {
        ObjectNode o = Json.object();
        ArrayNode tasks = o.putArray("tasks");
        for (Step s : g.steps) {
            tasks.add(step(s, true));
        }
        Json.mergeInto(o, g.extra);
        return o;
    }

    /** The groups of a steps graph; the caller checked {@link StepGroups#expressible}. */
    static ArrayNode steps(Graph g) {
        ArrayNode groups = Json.array();
        for (var group : StepGroups.of(g)) {
            ArrayNode a = groups.addArray();
            group.forEach(s -> a.add(step(s, false)));
        }
        return groups;
    }

    private static ObjectNode step(Step s, boolean dag) {
        ObjectNode o = Json.object();
        Json.putIf(o, "name", s.name);
        if (dag) {
            if (s.dependsExpression != null) {
                o.put("depends", s.dependsExpression);
            } else if (!s.dependsOn.isEmpty()) {
                ArrayNode deps = o.putArray("dependencies");
                s.dependsOn.forEach(deps::add);
            }
        }
        Json.putIf(o, "template", s.template);
        if (s.templateRef != null) {
            o.set("templateRef", templateRef(s.templateRef));
        }
        ObjectNode arguments = ParameterWriter.holder(s.parameterArguments, s.artifactArguments);
        Json.putIf(o, "arguments", arguments);
        Json.putIf(o, "when", s.when);
        if (s.loop != null) {
            if (s.loop.items != null) {
                o.set("withItems", s.loop.items);
            }
            Json.putIf(o, "withParam", s.loop.param);
            if (s.loop.sequence != null) {
                o.set("withSequence", s.loop.sequence);
            }
        }
        if (s.continueOn != null) {
            ObjectNode c = o.putObject("continueOn");
            Json.putIf(c, "failed", s.continueOn.failed());
            Json.putIf(c, "error", s.continueOn.error());
        }
        Json.mergeInto(o, s.extra);
        return o;
    }

    private static ObjectNode templateRef(TemplateRef ref) {
        ObjectNode o = Json.object();
        Json.putIf(o, "name", ref.name());
        Json.putIf(o, "template", ref.template());
        Json.putIf(o, "clusterScope", ref.clusterScope());
        return o;
    }
}
