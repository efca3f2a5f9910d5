package dev.orrery.core.nativefmt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.core.model.Artifact;
import dev.orrery.core.model.Container;
import dev.orrery.core.model.EnvVar;
import dev.orrery.core.model.Graph;
import dev.orrery.core.model.GraphStyle;
import dev.orrery.core.model.Json;
import dev.orrery.core.model.Parameter;
import dev.orrery.core.model.Resources;
import dev.orrery.core.model.RetryStrategy;
import dev.orrery.core.model.Step;
import dev.orrery.core.model.Template;
import dev.orrery.core.model.TemplateType;
import java.util.List;
import java.util.function.Function;

/** Writes templates and steps in the native format (engine-neutral names, Argo leftovers under {@code argo}). */
final class NativeTemplateWriter {
    private final Function<String, Template> inlineLookup;

    /** @param inlineLookup the template a step carries inline, or null when the step refers to a shared one */
    NativeTemplateWriter(Function<String, Template> inlineLookup) {
        this.inlineLookup = inlineLookup;
    }

    /** A standalone template (an entry of {@code spec.templates}). */
    ObjectNode template(Template t) {
        ObjectNode o = Json.object();
        Json.putIf(o, "name", t.name);
        templateBody(o, t, true);
        return o;
    }

    /** The fields of a template; graph templates get {@code style} and {@code steps}. */
    void templateBody(ObjectNode o, Template t, boolean withSteps) {
        o.put("kind", t.effectiveKind().id());
        if (t.graph != null) {
            o.put("style", t.graph.style == GraphStyle.STEPS ? "steps" : "dag");
        }
        Container c = t.container;
        if (c != null) {
            Json.putIf(o, "image", c.image);
            putStrings(o, "command", c.command);
            putStrings(o, "args", c.args);
            if (c.isScript()) {
                ObjectNode script = o.putObject("script");
                Json.putIf(script, "language", c.language);
                script.put("source", c.source);
            }
            if (!c.env.isEmpty()) {
                ArrayNode env = o.putArray("env");
                c.env.forEach(e -> env.add(env(e)));
            }
            Json.putIf(o, "resources", resources(c.resources));
        }
        Json.putIf(o, "inputs", holder(t.inputParameters, t.inputArtifacts));
        Json.putIf(o, "outputs", holder(t.outputParameters, t.outputArtifacts));
        if (t.nodeSelector != null) {
            o.set("nodeSelector", t.nodeSelector);
        }
        if (t.tolerations != null) {
            o.set("tolerations", t.tolerations);
        }
        if (t.retryStrategy != null) {
            o.set("retry", retry(t.retryStrategy));
        }
        Json.putIf(o, "timeout", t.timeout);
        if (t.resource != null) {
            ObjectNode r = o.putObject("resource");
            Json.putIf(r, "action", t.resource.action);
            Json.putIf(r, "manifest", t.resource.manifest);
            putArgo(r, t.resource.extra);
        }
        if (t.suspend != null) {
            o.set("approval", t.suspend); // written even when empty: it is what makes an approval
        }
        if (withSteps && t.graph != null) {
            o.set("steps", steps(t.graph));
        }
        putArgo(o, templateArgo(t));
    }

    /** The template's passthrough, with the body's own leftovers under the body's Argo key. */
    private static ObjectNode templateArgo(Template t) {
        ObjectNode argo = t.extra.deepCopy();
        ObjectNode body = switch (t.type()) {
            case CONTAINER, SCRIPT -> t.container.extra;
            case DAG -> t.graph.extra;
            default -> null;
        };
        if (body != null && !body.isEmpty()) {
            String key = t.type() == TemplateType.SCRIPT ? "script" : t.type() == TemplateType.DAG ? "dag" : "container";
            argo.set(key, body.deepCopy());
        }
        return argo;
    }

    ArrayNode steps(Graph g) {
        ArrayNode a = Json.array();
        g.steps.forEach(s -> a.add(step(s)));
        return a;
    }

    private ObjectNode step(Step s) {
        ObjectNode o = Json.object();
        Json.putIf(o, "name", s.name);
        Template inline = s.template == null ? null : inlineLookup.apply(s.template);
        if (inline == null) {
            Json.putIf(o, "template", s.template);
        } else if (!inline.name.equals(s.name)) {
            o.put("templateName", inline.name);
        }
        if (s.templateRef != null) {
            ObjectNode ref = o.putObject("templateRef");
            Json.putIf(ref, "name", s.templateRef.name());
            Json.putIf(ref, "template", s.templateRef.template());
            Json.putIf(ref, "clusterScope", s.templateRef.clusterScope());
        }
        ObjectNode body = Json.object();
        if (inline != null) {
            templateBody(body, inline, false);
            o.set("kind", body.remove("kind"));
        }
        if (!s.dependsOn.isEmpty() && s.dependsExpression == null) {
            putStrings(o, "dependsOn", s.dependsOn);
        }
        Json.putIf(o, "depends", s.dependsExpression);
        Json.putIf(o, "when", s.when);
        if (s.loop != null) {
            ObjectNode loop = o.putObject("loop");
            if (s.loop.sweep != null) {
                loop.set("sweep", dev.orrery.core.model.SweepJson.write(s.loop.sweep)); // the items follow from it
            } else if (s.loop.items != null) {
                loop.set("items", s.loop.items);
            }
            Json.putIf(loop, "param", s.loop.param);
            if (s.loop.sequence != null) {
                loop.set("sequence", s.loop.sequence);
            }
        }
        if (s.continueOn != null) {
            ObjectNode c = o.putObject("continueOn");
            Json.putIf(c, "failed", s.continueOn.failed());
            Json.putIf(c, "error", s.continueOn.error());
        }
        Json.putIf(o, "arguments", holder(s.parameterArguments, s.artifactArguments));
        // The inline template's fields follow the step's own; its passthrough nests beside the task's.
        JsonNode templateArgo = body.remove(NativeFormat.ARGO);
        o.setAll(body);
        ObjectNode argo = Json.object();
        if (!s.extra.isEmpty()) {
            argo.set("task", s.extra);
        }
        if (templateArgo != null) {
            argo.set("template", templateArgo);
        }
        putArgo(o, argo);
        return o;
    }

    static ObjectNode holder(List<Parameter> parameters, List<Artifact> artifacts) {
        return Json.parametersAndArtifacts(parameters, artifacts, NativeTemplateWriter::parameter, NativeTemplateWriter::artifact);
    }

    static ObjectNode parameter(Parameter p) {
        ObjectNode o = Json.object();
        Json.putIf(o, "name", p.name);
        putValue(o, "value", p.value);
        putValue(o, "default", p.defaultValue);
        Json.putIf(o, "description", p.description);
        if (p.enumValues != null) {
            o.set("enum", p.enumValues);
        }
        Json.putIf(o, "path", p.path);
        putArgo(o, p.extra);
        return o;
    }

    private static ObjectNode artifact(Artifact a) {
        ObjectNode o = Json.object();
        Json.putIf(o, "name", a.name);
        Json.putIf(o, "path", a.path);
        Json.putIf(o, "from", a.from);
        Json.putIf(o, "optional", a.optional);
        putArgo(o, a.extra);
        return o;
    }

    private static ObjectNode env(EnvVar e) {
        ObjectNode o = Json.object();
        Json.putIf(o, "name", e.name);
        putValue(o, "value", e.value);
        if (e.secretRef != null) {
            o.set("secret", e.secretRef.toJson());
        }
        if (e.configMapRef != null) {
            o.set("configMap", e.configMapRef.toJson());
        }
        putArgo(o, e.extra);
        return o;
    }

    private static ObjectNode resources(Resources r) {
        ObjectNode o = Json.object();
        putValue(o, "cpu", r.cpu);
        putValue(o, "memory", r.memory);
        putValue(o, "cpuLimit", r.cpuLimit);
        putValue(o, "memoryLimit", r.memoryLimit);
        if (r.gpu != null) {
            ObjectNode gpu = o.putObject("gpu");
            gpu.set("count", r.gpu);
            Json.putIf(gpu, "resource", r.gpuResource);
        }
        putArgo(o, r.extra);
        return o;
    }

    private static ObjectNode retry(RetryStrategy r) {
        ObjectNode o = Json.object();
        putValue(o, "limit", r.limit);
        Json.putIf(o, "policy", r.retryPolicy);
        Json.putIf(o, "expression", r.expression);
        if (r.backoffDuration != null || r.backoffFactor != null || r.backoffMaxDuration != null) {
            ObjectNode b = o.putObject("backoff");
            putValue(b, "duration", r.backoffDuration);
            putValue(b, "factor", r.backoffFactor);
            putValue(b, "maxDuration", r.backoffMaxDuration);
        }
        putArgo(o, r.extra);
        return o;
    }

    static void putValue(ObjectNode o, String key, JsonNode value) {
        if (value != null) {
            o.set(key, value);
        }
    }

    static void putStrings(ObjectNode o, String key, List<String> values) {
        if (values != null) {
            ArrayNode a = o.putArray(key);
            values.forEach(a::add);
        }
    }

    static void putArgo(ObjectNode o, ObjectNode extra) {
        if (extra != null && !extra.isEmpty()) {
            o.set(NativeFormat.ARGO, extra);
        }
    }
}
