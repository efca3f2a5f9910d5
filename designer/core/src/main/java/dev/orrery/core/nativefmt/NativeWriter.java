package dev.orrery.core.nativefmt;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.core.model.ArgoKind;
import dev.orrery.core.model.Json;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Position;
import dev.orrery.core.model.Schedule;
import dev.orrery.core.tree.ScheduleFields;
import dev.orrery.core.model.Step;
import dev.orrery.core.model.Template;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a pipeline as a native Orrery document tree. The entrypoint graph's steps are the
 * top-level {@code spec.steps}; templates used by one step only are written inside that step.
 */
public final class NativeWriter {

    public ObjectNode write(Pipeline p) {
        Inlining inlining = new Inlining(p);
        Map<String, Template> inlined = new HashMap<>();
        for (Template t : p.templates) {
            if (inlining.inline(t)) {
                inlined.put(t.name, t);
            }
        }
        NativeTemplateWriter templates = new NativeTemplateWriter(inlined::get);
        Template entry = p.entryTemplate().filter(t -> t.graph != null).orElse(null);

        ObjectNode doc = Json.object();
        doc.put("apiVersion", NativeFormat.API_VERSION);
        doc.put("kind", NativeFormat.KIND);
        doc.set("metadata", metadata(p));
        ObjectNode spec = doc.putObject("spec");
        if (p.argoKind != ArgoKind.WORKFLOW) {
            spec.put("argoKind", p.argoKind.kind());
        }
        Json.putIf(spec, "entrypoint", p.entrypoint);
        if (!p.parameters.isEmpty()) {
            ArrayNode params = spec.putArray("parameters");
            p.parameters.forEach(x -> params.add(NativeTemplateWriter.parameter(x)));
        }
        settings(spec, p);
        List<String> naturalOrder = new ArrayList<>();
        if (entry != null) {
            ObjectNode graph = Json.object();
            templates.templateBody(graph, entry, false);
            graph.remove("kind");
            spec.set("graph", graph);
            spec.set("steps", templates.steps(entry.graph));
            addNatural(naturalOrder, entry, inlined);
        }
        List<Template> standalone = new ArrayList<>();
        for (Template t : p.templates) {
            if (t != entry && !inlined.containsKey(t.name)) {
                standalone.add(t);
                addNatural(naturalOrder, t, inlined);
            }
        }
        if (!standalone.isEmpty()) {
            ArrayNode list = spec.putArray("templates");
            standalone.forEach(t -> list.add(templates.template(t)));
        }
        List<String> actualOrder = p.templates.stream().map(t -> String.valueOf(t.name)).toList();
        if (!actualOrder.equals(naturalOrder)) {
            NativeTemplateWriter.putStrings(spec, "templateOrder", actualOrder);
        }
        if (!p.layout.isEmpty()) {
            ObjectNode layout = spec.putObject("layout");
            // sorted by step name: the file must not change when only the order of edits did
            for (Map.Entry<String, Position> e : new java.util.TreeMap<>(p.layout).entrySet()) {
                ArrayNode xy = layout.putArray(e.getKey());
                xy.add(round(e.getValue().x()));
                xy.add(round(e.getValue().y()));
            }
        }
        NativeTemplateWriter.putArgo(spec, p.extraSpec);
        NativeTemplateWriter.putArgo(doc, p.extraDocument);
        return doc.deepCopy();
    }

    /** The pipeline-wide fields between the parameters and the steps (schedule … onExit). */
    static void settings(ObjectNode spec, Pipeline p) {
        if (p.schedule != null) {
            spec.set("schedule", schedule(p.schedule));
        }
        if (!p.triggers.isEmpty()) {
            spec.set("triggers", dev.orrery.core.events.TriggerCodec.write(p.triggers));
        }
        Json.putIf(spec, "serviceAccount", p.serviceAccount);
        putRaw(spec, "volumes", p.volumes);
        putRaw(spec, "artifactRepositoryRef", p.artifactRepositoryRef);
        putRaw(spec, "ttl", p.ttlStrategy);
        putRaw(spec, "podGC", p.podGC);
        Json.putIf(spec, "onExit", p.onExit);
    }

    /** The order the reader rebuilds templates in: each template, then those inlined in its steps. */
    static void addNatural(List<String> order, Template t, Map<String, Template> inlined) {
        order.add(String.valueOf(t.name));
        if (t.graph != null) {
            for (Step s : t.graph.steps) {
                if (s.template != null && inlined.containsKey(s.template) && !order.contains(s.template)) {
                    order.add(s.template);
                }
            }
        }
    }

    /** Canvas coordinates are written as whole numbers when they are, to keep the YAML tidy. */
    private static com.fasterxml.jackson.databind.JsonNode round(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Json.F.numberNode((long) v) : Json.F.numberNode(v);
    }

    static ObjectNode metadata(Pipeline p) {
        ObjectNode m = Json.object();
        Json.putIf(m, "name", p.name);
        Json.putIf(m, "generateName", p.generateName);
        Json.putIf(m, "namespace", p.namespace);
        Json.putIf(m, "description", p.description);
        if (!p.labels.isEmpty()) {
            ObjectNode l = m.putObject("labels");
            p.labels.forEach(l::put);
        }
        if (!p.annotations.isEmpty()) {
            ObjectNode a = m.putObject("annotations");
            p.annotations.forEach(a::put);
        }
        NativeTemplateWriter.putArgo(m, p.extraMetadata);
        return m;
    }

    private static ObjectNode schedule(Schedule s) {
        ObjectNode o = Json.object();
        if (s.listForm || s.crons.size() != 1) {
            NativeTemplateWriter.putStrings(o, "crons", s.crons);
        } else {
            o.put("cron", s.crons.get(0));
        }
        ScheduleFields.write(s, o);
        NativeTemplateWriter.putArgo(o, s.extra);
        return o;
    }

    private static void putRaw(ObjectNode o, String key, com.fasterxml.jackson.databind.JsonNode value) {
        if (value != null) {
            o.set(key, value);
        }
    }
}
