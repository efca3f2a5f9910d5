package dev.orrery.core.refs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.orrery.core.model.Artifact;
import dev.orrery.core.model.Container;
import dev.orrery.core.model.EnvVar;
import dev.orrery.core.model.Parameter;
import dev.orrery.core.model.Step;
import dev.orrery.core.model.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies a {@link RefRewrite} to every text value of a template, in place: its body (command,
 * args, script, env, resources, manifest), its inputs' and outputs' values and paths, its graph's
 * steps (conditions, loops, arguments, bindings) and the fields kept as raw JSON. Names
 * (of steps, templates, parameters, env vars) are never touched: only what refers to them.
 */
final class TemplateTexts {
    /** JSON fields that hold a bare Argo expression rather than text with {{ }}. */
    private static final Set<String> EXPRESSION_FIELDS = Set.of("expression", "fromExpression");

    private final RefRewrite rewrite;

    TemplateTexts(RefRewrite rewrite) {
        this.rewrite = rewrite;
    }

    void template(Template t) {
        t.inputParameters.forEach(this::parameter);
        t.inputArtifacts.forEach(this::artifact);
        t.outputParameters.forEach(this::parameter);
        t.outputArtifacts.forEach(this::artifact);
        if (t.container != null) {
            container(t.container);
        }
        if (t.resource != null) {
            t.resource.action = text(t.resource.action);
            t.resource.manifest = text(t.resource.manifest);
            json(t.resource.extra);
        }
        json(t.suspend);
        if (t.graph != null) {
            t.graph.steps.forEach(this::step);
            json(t.graph.extra);
        }
        json(t.nodeSelector);
        json(t.tolerations);
        if (t.retryStrategy != null) {
            var r = t.retryStrategy;
            r.limit = node(r.limit);
            r.expression = rewrite.bare(r.expression);
            r.backoffDuration = node(r.backoffDuration);
            r.backoffFactor = node(r.backoffFactor);
            r.backoffMaxDuration = node(r.backoffMaxDuration);
            json(r.extra);
        }
        t.timeout = text(t.timeout);
        json(t.extra);
    }

    private void container(Container c) {
        c.image = text(c.image);
        c.command = texts(c.command);
        c.args = texts(c.args);
        c.source = text(c.source);
        for (EnvVar e : c.env) {
            e.value = node(e.value);
            json(e.extra);
        }
        var r = c.resources;
        r.cpu = node(r.cpu);
        r.memory = node(r.memory);
        r.cpuLimit = node(r.cpuLimit);
        r.memoryLimit = node(r.memoryLimit);
        r.gpu = node(r.gpu);
        json(r.extra);
        json(c.extra);
    }

    void step(Step s) {
        s.when = text(s.when);
        if (s.loop != null) {
            s.loop.param = text(s.loop.param);
            json(s.loop.items);
            json(s.loop.sequence);
        }
        s.parameterArguments.forEach(this::parameter);
        s.artifactArguments.forEach(this::artifact);
        json(s.extra);
    }

    private void parameter(Parameter p) {
        p.value = node(p.value);
        p.defaultValue = node(p.defaultValue);
        p.path = text(p.path);
        json(p.extra);
    }

    private void artifact(Artifact a) {
        a.path = text(a.path);
        a.from = text(a.from);
        json(a.extra);
    }

    private String text(String s) {
        return rewrite.inBraces(s);
    }

    private List<String> texts(List<String> words) {
        if (words == null) {
            return null;
        }
        List<String> out = new ArrayList<>(words.size());
        words.forEach(w -> out.add(text(w)));
        return out;
    }

    /** A scalar rewritten when it is text; containers are rewritten in place. */
    private JsonNode node(JsonNode n) {
        if (n == null) {
            return null;
        }
        if (n.isTextual()) {
            String was = n.asText();
            String now = text(was);
            return now.equals(was) ? n : TextNode.valueOf(now);
        }
        json(n);
        return n;
    }

    private void json(JsonNode n) {
        if (n instanceof ObjectNode o) {
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
            o.fields().forEachRemaining(fields::add);
            for (Map.Entry<String, JsonNode> f : fields) {
                JsonNode v = f.getValue();
                if (v.isTextual() && EXPRESSION_FIELDS.contains(f.getKey())) {
                    o.put(f.getKey(), rewrite.bare(v.asText()));
                } else if (v.isTextual()) {
                    o.set(f.getKey(), node(v));
                } else {
                    json(v);
                }
            }
        } else if (n instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                a.set(i, node(a.get(i)));
            }
        }
    }
}
