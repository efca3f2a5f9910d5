package dev.orrery.core.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.core.model.Artifact;
import dev.orrery.core.model.Container;
import dev.orrery.core.model.EnvVar;
import dev.orrery.core.model.Parameter;
import dev.orrery.core.model.SourceRef;
import dev.orrery.core.model.Step;
import dev.orrery.core.model.Template;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Every string of a template where Argo substitutes placeholders, with where it is: lifted fields
 * and the passthrough {@code extra} maps alike. Strings inside a step's inline template are marked
 * with that template, because {@code inputs.*} there means the inline template's inputs.
 */
final class TemplateStrings {

    /** One string: its text, where it is, the step or template it belongs to, and the field. */
    record Text(String value, Place place, String owner, String field, Step step, ObjectNode inline) {
        /** The string's source pointer, spelled out now (only findings need it). */
        SourceRef at() {
            return place == null ? null : place.ref();
        }
    }

    /**
     * A place in the source as a chain of segments, spelled out as a pointer only when a finding
     * needs it: a template has hundreds of fields and few hold a placeholder, and building every
     * field's pointer string was a tenth of validating a large pipeline.
     */
    record Place(SourceRef base, Place parent, String segment) {
        /** The place of an element read from a file, or null for one built in code (no source). */
        static Place of(SourceRef base) {
            return base == null ? null : new Place(base, null, null);
        }

        SourceRef ref() {
            java.util.ArrayDeque<String> segments = new java.util.ArrayDeque<>();
            Place p = this;
            for (; p.parent != null; p = p.parent) {
                segments.push(p.segment);
            }
            return segments.isEmpty() ? p.base : p.base.child(segments.toArray(String[]::new));
        }
    }

    /** A child place, or null under an element with no source. */
    private static Place at(Place place, String... segments) {
        Place p = place;
        for (int i = 0; p != null && i < segments.length; i++) {
            p = new Place(null, p, segments[i]);
        }
        return p;
    }

    private static Place at(Place place, int index) {
        return place == null ? null : new Place(null, place, Integer.toString(index));
    }

    private final List<Text> texts = new ArrayList<>();
    private String owner;
    private Step step;
    private ObjectNode inline;

    private TemplateStrings() {
    }

    static List<Text> of(Template t) {
        TemplateStrings s = new TemplateStrings();
        s.template(t);
        return s.texts;
    }

    /** The strings of a JSON tree (e.g. a pipeline's passthrough spec fields), owned by nobody. */
    static List<Text> ofJson(JsonNode node, SourceRef at, String field) {
        TemplateStrings s = new TemplateStrings();
        s.json(node, Place.of(at), field);
        return s.texts;
    }

    private void template(Template t) {
        owner = t.name;
        Place at = Place.of(t.source);
        parameters(t.inputParameters, at(at, "inputs", "parameters"), "inputs");
        artifacts(t.inputArtifacts, at(at, "inputs", "artifacts"), "inputs");
        parameters(t.outputParameters, at(at, "outputs", "parameters"), "outputs");
        artifacts(t.outputArtifacts, at(at, "outputs", "artifacts"), "outputs");
        if (t.container != null) {
            container(t.container, at(at, t.container.isScript() ? "script" : "container"));
        }
        if (t.resource != null) {
            Place r = at(at, "resource");
            text(t.resource.action, at(r, "action"), "action");
            text(t.resource.manifest, at(r, "manifest"), "manifest");
            json(t.resource.extra, r, "resource");
        }
        json(t.suspend, at(at, "suspend"), "suspend");
        if (t.graph != null) {
            String body = t.graph.style == dev.orrery.core.model.GraphStyle.STEPS ? "steps" : "dag";
            json(t.graph.extra, at(at, body), body);
            for (Step s : t.graph.steps) {
                step(s);
            }
            owner = t.name;
        }
        json(t.nodeSelector, at(at, "nodeSelector"), "nodeSelector");
        json(t.tolerations, at(at, "tolerations"), "tolerations");
        if (t.retryStrategy != null) {
            Place r = at(at, "retryStrategy");
            json(t.retryStrategy.limit, at(r, "limit"), "retryStrategy");
            text(t.retryStrategy.expression, at(r, "expression"), "retryStrategy");
            json(t.retryStrategy.extra, r, "retryStrategy");
        }
        text(t.timeout, at(at, "timeout"), "timeout");
        json(t.extra, at, null);
    }

    private void container(Container c, Place at) {
        text(c.image, at(at, "image"), "image");
        strings(c.command, at(at, "command"), "command");
        strings(c.args, at(at, "args"), "args");
        text(c.source, at(at, "source"), "source");
        for (int i = 0; i < c.env.size(); i++) {
            EnvVar e = c.env.get(i);
            Place eAt = at(at(at, "env"), i);
            json(e.value, at(eAt, "value"), "env " + e.name);
            json(e.extra, eAt, "env " + e.name);
        }
        json(c.resources.extra, at(at, "resources"), "resources");
        json(c.extra, at, null);
    }

    private void step(Step s) {
        owner = s.name;
        step = s;
        Place at = Place.of(s.source);
        text(s.when, at(at, "when"), "when");
        if (s.loop != null) {
            text(s.loop.param, at(at, "withParam"), "withParam");
            json(s.loop.items, at(at, "withItems"), "withItems");
            json(s.loop.sequence, at(at, "withSequence"), "withSequence");
        }
        parameters(s.parameterArguments, at(at, "arguments", "parameters"), "arguments");
        artifacts(s.artifactArguments, at(at, "arguments", "artifacts"), "arguments");
        Iterator<Map.Entry<String, JsonNode>> fields = s.extra.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            if ("inline".equals(f.getKey()) && f.getValue().isObject()) {
                inline = (ObjectNode) f.getValue();
                json(f.getValue(), at(at, "inline"), "inline");
                inline = null;
            } else {
                json(f.getValue(), at(at, f.getKey()), f.getKey());
            }
        }
        step = null;
    }

    private void parameters(List<Parameter> list, Place at, String field) {
        for (int i = 0; i < list.size(); i++) {
            Parameter p = list.get(i);
            Place pAt = at(at, i);
            json(p.value, at(pAt, "value"), field);
            json(p.defaultValue, at(pAt, "default"), field);
            text(p.path, at(pAt, "valueFrom", "path"), field);
            json(p.extra, pAt, field);
        }
    }

    private void artifacts(List<Artifact> list, Place at, String field) {
        for (int i = 0; i < list.size(); i++) {
            Artifact a = list.get(i);
            Place aAt = at(at, i);
            text(a.path, at(aAt, "path"), field);
            text(a.from, at(aAt, "from"), field);
            json(a.extra, aAt, field);
        }
    }

    private void strings(List<String> list, Place at, String field) {
        if (list != null) {
            for (int i = 0; i < list.size(); i++) {
                text(list.get(i), at(at, i), field);
            }
        }
    }

    private void json(JsonNode node, Place at, String field) {
        if (node == null) {
            return;
        }
        if (node.isTextual()) {
            text(node.textValue(), at, field);
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                json(node.get(i), at(at, i), field);
            }
        } else if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                json(e.getValue(), at(at, e.getKey()), field == null ? e.getKey() : field);
            }
        }
    }

    private void text(String value, Place at, String field) {
        if (value != null && value.contains("{{")) {
            texts.add(new Text(value, at, owner, field, step, inline));
        }
    }
}
