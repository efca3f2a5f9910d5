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

    /** One string: its text, source pointer, the step or template it belongs to, and the field. */
    record Text(String value, SourceRef at, String owner, String field, Step step, ObjectNode inline) {
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
        s.json(node, at, field);
        return s.texts;
    }

    private void template(Template t) {
        owner = t.name;
        SourceRef at = t.source;
        parameters(t.inputParameters, Findings.at(at, "inputs", "parameters"), "inputs");
        artifacts(t.inputArtifacts, Findings.at(at, "inputs", "artifacts"), "inputs");
        parameters(t.outputParameters, Findings.at(at, "outputs", "parameters"), "outputs");
        artifacts(t.outputArtifacts, Findings.at(at, "outputs", "artifacts"), "outputs");
        if (t.container != null) {
            container(t.container, Findings.at(at, t.container.isScript() ? "script" : "container"));
        }
        if (t.resource != null) {
            SourceRef r = Findings.at(at, "resource");
            text(t.resource.action, Findings.at(r, "action"), "action");
            text(t.resource.manifest, Findings.at(r, "manifest"), "manifest");
            json(t.resource.extra, r, "resource");
        }
        json(t.suspend, Findings.at(at, "suspend"), "suspend");
        if (t.graph != null) {
            String body = t.graph.style == dev.orrery.core.model.GraphStyle.STEPS ? "steps" : "dag";
            json(t.graph.extra, Findings.at(at, body), body);
            for (Step s : t.graph.steps) {
                step(s);
            }
            owner = t.name;
        }
        json(t.nodeSelector, Findings.at(at, "nodeSelector"), "nodeSelector");
        json(t.tolerations, Findings.at(at, "tolerations"), "tolerations");
        if (t.retryStrategy != null) {
            SourceRef r = Findings.at(at, "retryStrategy");
            json(t.retryStrategy.limit, Findings.at(r, "limit"), "retryStrategy");
            text(t.retryStrategy.expression, Findings.at(r, "expression"), "retryStrategy");
            json(t.retryStrategy.extra, r, "retryStrategy");
        }
        text(t.timeout, Findings.at(at, "timeout"), "timeout");
        json(t.extra, at, null);
    }

    private void container(Container c, SourceRef at) {
        text(c.image, Findings.at(at, "image"), "image");
        strings(c.command, Findings.at(at, "command"), "command");
        strings(c.args, Findings.at(at, "args"), "args");
        text(c.source, Findings.at(at, "source"), "source");
        for (int i = 0; i < c.env.size(); i++) {
            EnvVar e = c.env.get(i);
            SourceRef eAt = Findings.at(Findings.at(at, "env"), i);
            json(e.value, Findings.at(eAt, "value"), "env " + e.name);
            json(e.extra, eAt, "env " + e.name);
        }
        json(c.resources.extra, Findings.at(at, "resources"), "resources");
        json(c.extra, at, null);
    }

    private void step(Step s) {
        owner = s.name;
        step = s;
        SourceRef at = s.source;
        text(s.when, Findings.at(at, "when"), "when");
        if (s.loop != null) {
            text(s.loop.param, Findings.at(at, "withParam"), "withParam");
            json(s.loop.items, Findings.at(at, "withItems"), "withItems");
            json(s.loop.sequence, Findings.at(at, "withSequence"), "withSequence");
        }
        parameters(s.parameterArguments, Findings.at(at, "arguments", "parameters"), "arguments");
        artifacts(s.artifactArguments, Findings.at(at, "arguments", "artifacts"), "arguments");
        Iterator<Map.Entry<String, JsonNode>> fields = s.extra.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            if ("inline".equals(f.getKey()) && f.getValue().isObject()) {
                inline = (ObjectNode) f.getValue();
                json(f.getValue(), Findings.at(at, "inline"), "inline");
                inline = null;
            } else {
                json(f.getValue(), Findings.at(at, f.getKey()), f.getKey());
            }
        }
        step = null;
    }

    private void parameters(List<Parameter> list, SourceRef at, String field) {
        for (int i = 0; i < list.size(); i++) {
            Parameter p = list.get(i);
            SourceRef pAt = Findings.at(at, i);
            json(p.value, Findings.at(pAt, "value"), field);
            json(p.defaultValue, Findings.at(pAt, "default"), field);
            text(p.path, Findings.at(pAt, "valueFrom", "path"), field);
            json(p.extra, pAt, field);
        }
    }

    private void artifacts(List<Artifact> list, SourceRef at, String field) {
        for (int i = 0; i < list.size(); i++) {
            Artifact a = list.get(i);
            SourceRef aAt = Findings.at(at, i);
            text(a.path, Findings.at(aAt, "path"), field);
            text(a.from, Findings.at(aAt, "from"), field);
            json(a.extra, aAt, field);
        }
    }

    private void strings(List<String> list, SourceRef at, String field) {
        if (list != null) {
            for (int i = 0; i < list.size(); i++) {
                text(list.get(i), Findings.at(at, i), field);
            }
        }
    }

    private void json(JsonNode node, SourceRef at, String field) {
        if (node == null) {
            return;
        }
        if (node.isTextual()) {
            text(node.textValue(), at, field);
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                json(node.get(i), Findings.at(at, i), field);
            }
        } else if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                json(e.getValue(), Findings.at(at, e.getKey()), field == null ? e.getKey() : field);
            }
        }
    }

    private void text(String value, SourceRef at, String field) {
        if (value != null && value.contains("{{")) {
            texts.add(new Text(value, at, owner, field, step, inline));
        }
    }
}
