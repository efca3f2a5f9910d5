package dev.orrery.core.argo;

import dev.orrery.core.tree.Lifter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.core.model.ContinueOn;
import dev.orrery.core.model.Graph;
import dev.orrery.core.model.GraphStyle;
import dev.orrery.core.model.Loop;
import dev.orrery.core.model.SourceRef;
import dev.orrery.core.model.Step;
import dev.orrery.core.model.TemplateRef;
import java.util.ArrayList;
import java.util.List;

/** Reads Argo {@code dag} and {@code steps} bodies into graphs of steps. */
final class GraphReader {
    private final Lifter lift;
    private final ParameterReader parameters;

    GraphReader(Lifter lift, ParameterReader parameters) {
        this.lift = lift;
        this.parameters = parameters;
    }

    /** A {@code dag:} body; null (leaving it raw) when its tasks are not a list of mappings. */
    Graph dag(ObjectNode raw, SourceRef at) {
        ArrayNode tasks = lift.objectList(raw, "tasks", at);
        if (tasks == null && raw.has("tasks")) {
            return null;
        }
        Graph g = new Graph();
        g.style = GraphStyle.DAG;
        if (tasks != null) {
            for (int i = 0; i < tasks.size(); i++) {
                g.steps.add(step((ObjectNode) tasks.get(i), at.child("tasks").child(i), true));
            }
        }
        g.extra = raw;
        return g;
    }

    /**
     * A {@code steps:} body (a list of groups that run one after another; the steps of a group run
     * in parallel). Each step depends on the whole previous group. Null when the shape is not that.
     */
    Graph steps(ArrayNode groups, SourceRef at) {
        for (JsonNode group : groups) {
            if (!group.isArray() || group.isEmpty()) {
                lift.error(at, "steps", "expected a list of non-empty lists of steps");
                return null;
            }
            for (JsonNode s : group) {
                if (!s.isObject()) {
                    lift.error(at, "steps", "expected each step to be a mapping, found " + Lifter.describe(s));
                    return null;
                }
            }
        }
        Graph g = new Graph();
        g.style = GraphStyle.STEPS;
        List<String> previous = List.of();
        for (int gi = 0; gi < groups.size(); gi++) {
            List<String> current = new ArrayList<>();
            ArrayNode group = (ArrayNode) groups.get(gi);
            for (int si = 0; si < group.size(); si++) {
                Step s = step((ObjectNode) group.get(si).deepCopy(), at.child(gi).child(si), false);
                s.dependsOn = new ArrayList<>(previous);
                g.steps.add(s);
                current.add(s.name);
            }
            previous = current;
        }
        return g;
    }

    private Step step(ObjectNode raw, SourceRef at, boolean dag) {
        Step s = new Step();
        s.source = at;
        s.name = lift.text(raw, "name", at);
        String previousOwner = lift.owner();
        lift.owner(s.name);
        s.template = lift.text(raw, "template", at);
        s.templateRef = templateRef(raw, at);
        if (dag) {
            s.dependsExpression = lift.text(raw, "depends", at);
            if (s.dependsExpression != null) {
                s.dependsOn = DependsExpression.names(s.dependsExpression);
            } else {
                List<String> deps = lift.strings(raw, "dependencies", at);
                if (deps != null) {
                    s.dependsOn = new ArrayList<>(deps);
                }
            }
        }
        s.when = lift.text(raw, "when", at);
        s.loop = loop(raw, at);
        s.continueOn = continueOn(raw, at);
        JsonNode arguments = raw.get("arguments");
        if (arguments != null && arguments.isObject()) {
            parameters.read((ObjectNode) arguments, at.child("arguments"), s.parameterArguments, s.artifactArguments);
            Lifter.dropIfEmpty(raw, "arguments");
        }
        s.extra = raw;
        lift.owner(previousOwner);
        return s;
    }

    private TemplateRef templateRef(ObjectNode raw, SourceRef at) {
        JsonNode ref = raw.get("templateRef");
        if (ref == null || !ref.isObject()) {
            return null;
        }
        ObjectNode r = (ObjectNode) ref;
        // Lift only the plain shape; anything else stays raw so it round-trips.
        var names = r.fieldNames();
        while (names.hasNext()) {
            String n = names.next();
            if (!List.of("name", "template", "clusterScope").contains(n)) {
                return null;
            }
        }
        SourceRef refAt = at.child("templateRef");
        String name = lift.text(r, "name", refAt);
        String template = lift.text(r, "template", refAt);
        Boolean clusterScope = lift.bool(r, "clusterScope", refAt);
        Lifter.dropIfEmpty(raw, "templateRef");
        return new TemplateRef(name, template, clusterScope);
    }

    private Loop loop(ObjectNode raw, SourceRef at) {
        Loop l = new Loop();
        l.items = lift.array(raw, "withItems", at);
        l.param = lift.text(raw, "withParam", at);
        l.sequence = lift.object(raw, "withSequence", at);
        return l.items == null && l.param == null && l.sequence == null ? null : l;
    }

    private ContinueOn continueOn(ObjectNode raw, SourceRef at) {
        JsonNode c = raw.get("continueOn");
        if (c == null || !c.isObject()) {
            return null;
        }
        ObjectNode co = (ObjectNode) c;
        SourceRef coAt = at.child("continueOn");
        ContinueOn result = new ContinueOn(lift.bool(co, "failed", coAt), lift.bool(co, "error", coAt));
        Lifter.dropIfEmpty(raw, "continueOn");
        return result.failed() == null && result.error() == null ? null : result;
    }
}
