package dev.orrery.core.nativefmt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.core.model.Artifact;
import dev.orrery.core.model.Container;
import dev.orrery.core.model.ContinueOn;
import dev.orrery.core.model.EnvVar;
import dev.orrery.core.model.Graph;
import dev.orrery.core.model.GraphStyle;
import dev.orrery.core.model.Json;
import dev.orrery.core.model.KeyRef;
import dev.orrery.core.model.Loop;
import dev.orrery.core.model.Parameter;
import dev.orrery.core.model.Resources;
import dev.orrery.core.model.ResourceAction;
import dev.orrery.core.model.RetryStrategy;
import dev.orrery.core.model.SourceRef;
import dev.orrery.core.model.Step;
import dev.orrery.core.model.StepKind;
import dev.orrery.core.model.Template;
import dev.orrery.core.model.TemplateRef;
import dev.orrery.core.tree.IoFields;
import dev.orrery.core.tree.Lifter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Reads native templates and steps; steps that carry their template inline hand it to a sink. */
final class NativeTemplateReader {
    private final Lifter lift;
    private final Consumer<Template> inlineSink;

    NativeTemplateReader(Lifter lift, Consumer<Template> inlineSink) {
        this.lift = lift;
        this.inlineSink = inlineSink;
    }

    Template template(ObjectNode raw, SourceRef at) {
        Template t = new Template();
        t.source = at;
        t.name = lift.text(raw, "name", at);
        lift.owner(t.name);
        templateBody(raw, at, t, true);
        lift.owner(null);
        unknown(raw, at);
        return t;
    }

    /** Reads the template fields of {@code raw} into {@code t}; graph steps only when asked. */
    void templateBody(ObjectNode raw, SourceRef at, Template t, boolean withSteps) {
        String kind = lift.text(raw, "kind", at);
        String style = lift.text(raw, "style", at);
        String image = lift.text(raw, "image", at);
        List<String> command = lift.strings(raw, "command", at);
        List<String> args = lift.strings(raw, "args", at);
        ObjectNode script = lift.object(raw, "script", at);
        ArrayNode env = lift.objectList(raw, "env", at);
        ObjectNode resources = lift.object(raw, "resources", at);
        ObjectNode resource = lift.object(raw, "resource", at);
        ObjectNode approval = lift.object(raw, "approval", at);
        ObjectNode argo = lift.object(raw, NativeFormat.ARGO, at);
        t.extra = argo == null ? Json.object() : argo;
        if (style != null || (withSteps && raw.has("steps"))) {
            t.graph = new Graph();
            t.graph.style = "steps".equals(style) ? GraphStyle.STEPS : GraphStyle.DAG;
            if (style != null && !style.equals("steps") && !style.equals("dag")) {
                lift.error(at.child("style"), "style", "expected dag or steps, found " + style);
            }
            if (withSteps) {
                t.graph.steps = steps(lift.objectList(raw, "steps", at), at.child("steps"));
            }
            t.graph.extra = takeObject(t.extra, "dag");
        } else if (image != null || command != null || args != null || script != null || env != null
                || resources != null) {
            Container c = new Container();
            c.image = image;
            c.command = command;
            c.args = args;
            if (script != null) {
                SourceRef sAt = at.child("script");
                c.language = lift.text(script, "language", sAt);
                c.source = lift.text(script, "source", sAt);
                if (c.source == null) {
                    c.source = "";
                }
                unknown(script, sAt);
            }
            if (env != null) {
                for (int i = 0; i < env.size(); i++) {
                    c.env.add(env((ObjectNode) env.get(i), at.child("env").child(i)));
                }
            }
            if (resources != null) {
                c.resources = resources(resources, at.child("resources"));
            }
            c.extra = takeObject(t.extra, c.isScript() ? "script" : "container");
            t.container = c;
        } else if (resource != null) {
            SourceRef rAt = at.child("resource");
            ResourceAction r = new ResourceAction();
            r.action = lift.text(resource, "action", rAt);
            r.manifest = lift.text(resource, "manifest", rAt);
            r.extra = argoOf(resource, rAt);
            unknown(resource, rAt);
            t.resource = r;
        } else if (approval != null) {
            t.suspend = approval;
        }
        ObjectNode inputs = lift.object(raw, "inputs", at);
        if (inputs != null) {
            holder(inputs, at.child("inputs"), t.inputParameters, t.inputArtifacts);
        }
        ObjectNode outputs = lift.object(raw, "outputs", at);
        if (outputs != null) {
            holder(outputs, at.child("outputs"), t.outputParameters, t.outputArtifacts);
        }
        t.nodeSelector = lift.object(raw, "nodeSelector", at);
        t.tolerations = lift.array(raw, "tolerations", at);
        ObjectNode retry = lift.object(raw, "retry", at);
        if (retry != null) {
            t.retryStrategy = retry(retry, at.child("retry"));
        }
        t.timeout = lift.text(raw, "timeout", at);
        if (kind != null) {
            StepKind k = StepKind.fromId(kind).orElse(null);
            if (k == null) {
                lift.error(at.child("kind"), "kind", "unknown step kind '" + kind + "'");
            } else if (k != t.inferredKind() && k != StepKind.SWEEP) {
                t.kind = k;
            }
        }
    }

    List<Step> steps(ArrayNode list, SourceRef at) {
        List<Step> steps = new ArrayList<>();
        if (list != null) {
            for (int i = 0; i < list.size(); i++) {
                steps.add(step((ObjectNode) list.get(i), at.child(i)));
            }
        }
        return steps;
    }

    private Step step(ObjectNode raw, SourceRef at) {
        Step s = new Step();
        s.source = at;
        s.name = lift.text(raw, "name", at);
        String previousOwner = lift.owner();
        lift.owner(s.name);
        s.template = lift.text(raw, "template", at);
        String templateName = lift.text(raw, "templateName", at);
        ObjectNode ref = lift.object(raw, "templateRef", at);
        if (ref != null) {
            SourceRef rAt = at.child("templateRef");
            s.templateRef = new TemplateRef(lift.text(ref, "name", rAt), lift.text(ref, "template", rAt),
                    lift.bool(ref, "clusterScope", rAt));
            unknown(ref, rAt);
        }
        List<String> dependsOn = lift.strings(raw, "dependsOn", at);
        s.dependsExpression = lift.text(raw, "depends", at);
        if (s.dependsExpression != null) {
            s.dependsOn = dev.orrery.core.argo.DependsExpression.names(s.dependsExpression);
        } else if (dependsOn != null) {
            s.dependsOn = new ArrayList<>(dependsOn);
        }
        s.when = lift.text(raw, "when", at);
        ObjectNode loop = lift.object(raw, "loop", at);
        if (loop != null) {
            SourceRef lAt = at.child("loop");
            s.loop = new Loop();
            s.loop.items = lift.array(loop, "items", lAt);
            s.loop.param = lift.text(loop, "param", lAt);
            s.loop.sequence = lift.object(loop, "sequence", lAt);
            ObjectNode sweep = lift.object(loop, "sweep", lAt);
            if (sweep != null) {
                sweep(s.loop, sweep, lAt);
            }
            unknown(loop, lAt);
        }
        ObjectNode continueOn = lift.object(raw, "continueOn", at);
        if (continueOn != null) {
            SourceRef cAt = at.child("continueOn");
            s.continueOn = new ContinueOn(lift.bool(continueOn, "failed", cAt), lift.bool(continueOn, "error", cAt));
            unknown(continueOn, cAt);
        }
        ObjectNode arguments = lift.object(raw, "arguments", at);
        if (arguments != null) {
            holder(arguments, at.child("arguments"), s.parameterArguments, s.artifactArguments);
        }
        ObjectNode argo = lift.object(raw, NativeFormat.ARGO, at);
        ObjectNode task = argo == null ? Json.object() : takeObject(argo, "task");
        ObjectNode templateArgo = argo == null ? null : takeObject(argo, "template");
        if (argo != null && !argo.isEmpty()) {
            lift.error(at.child(NativeFormat.ARGO), NativeFormat.ARGO,
                    "a step's argo section holds only 'task' and 'template'; found " + argo.fieldNames().next());
        }
        s.extra = task;
        if (s.template == null && s.templateRef == null && hasTemplateFields(raw)) {
            Template inline = new Template(templateName != null ? templateName : s.name);
            inline.source = at;
            if (templateArgo != null) {
                raw.set(NativeFormat.ARGO, templateArgo);
            }
            templateBody(raw, at, inline, false);
            s.template = inline.name;
            inlineSink.accept(inline);
        }
        lift.owner(previousOwner);
        unknown(raw, at);
        return s;
    }

    private static boolean hasTemplateFields(ObjectNode raw) {
        return raw.size() > 0;
    }

    void holder(ObjectNode raw, SourceRef at, List<Parameter> parameters, List<Artifact> artifacts) {
        IoFields.readLists(lift, raw, at, parameters, artifacts, this::parameter, this::artifact);
        unknown(raw, at);
    }

    Parameter parameter(ObjectNode raw, SourceRef at) {
        Parameter p = IoFields.parameter(lift, raw, at);
        p.path = lift.text(raw, "path", at);
        p.extra = argoOf(raw, at);
        unknown(raw, at);
        return p;
    }

    private Artifact artifact(ObjectNode raw, SourceRef at) {
        Artifact a = IoFields.artifact(lift, raw, at);
        a.extra = argoOf(raw, at);
        unknown(raw, at);
        return a;
    }

    private EnvVar env(ObjectNode raw, SourceRef at) {
        EnvVar e = new EnvVar();
        e.name = lift.text(raw, "name", at);
        e.value = lift.scalar(raw, "value", at);
        e.secretRef = keyRef(raw, "secret", at);
        e.configMapRef = keyRef(raw, "configMap", at);
        e.extra = argoOf(raw, at);
        unknown(raw, at);
        return e;
    }

    private KeyRef keyRef(ObjectNode raw, String key, SourceRef at) {
        ObjectNode ref = lift.object(raw, key, at);
        if (ref == null) {
            return null;
        }
        SourceRef rAt = at.child(key);
        KeyRef r = new KeyRef(lift.text(ref, "name", rAt), lift.text(ref, "key", rAt));
        unknown(ref, rAt);
        return r;
    }

    private Resources resources(ObjectNode raw, SourceRef at) {
        Resources r = new Resources();
        r.cpu = lift.scalar(raw, "cpu", at);
        r.memory = lift.scalar(raw, "memory", at);
        r.cpuLimit = lift.scalar(raw, "cpuLimit", at);
        r.memoryLimit = lift.scalar(raw, "memoryLimit", at);
        ObjectNode gpu = lift.object(raw, "gpu", at);
        if (gpu != null) {
            SourceRef gAt = at.child("gpu");
            r.gpu = lift.scalar(gpu, "count", gAt);
            r.gpuResource = lift.text(gpu, "resource", gAt);
            if (r.gpu != null && r.gpuResource == null) {
                r.gpuResource = Resources.NVIDIA_GPU;
            }
            unknown(gpu, gAt);
        }
        r.extra = argoOf(raw, at);
        unknown(raw, at);
        return r;
    }

    private RetryStrategy retry(ObjectNode raw, SourceRef at) {
        RetryStrategy r = new RetryStrategy();
        r.limit = lift.scalar(raw, "limit", at);
        r.retryPolicy = lift.text(raw, "policy", at);
        r.expression = lift.text(raw, "expression", at);
        ObjectNode backoff = lift.object(raw, "backoff", at);
        if (backoff != null) {
            SourceRef bAt = at.child("backoff");
            r.backoffDuration = lift.scalar(backoff, "duration", bAt);
            r.backoffFactor = lift.scalar(backoff, "factor", bAt);
            r.backoffMaxDuration = lift.scalar(backoff, "maxDuration", bAt);
            unknown(backoff, bAt);
        }
        r.extra = argoOf(raw, at);
        unknown(raw, at);
        return r;
    }

    ObjectNode argoOf(ObjectNode raw, SourceRef at) {
        ObjectNode argo = lift.object(raw, NativeFormat.ARGO, at);
        return argo == null ? Json.object() : argo;
    }

    private static ObjectNode takeObject(ObjectNode o, String key) {
        JsonNode n = o.get(key);
        if (n != null && n.isObject()) {
            o.remove(key);
            return (ObjectNode) n;
        }
        return Json.object();
    }

    /** Fields left after reading are not part of the format: reported, since saving would drop them. */
    void unknown(ObjectNode raw, SourceRef at) {
        raw.fieldNames().forEachRemaining(name -> {
            if (!raw.get(name).isNull()) {
                lift.error(at.child(name), name, "unknown field '" + name
                        + "' (not part of the Orrery format; Argo-only fields go under 'argo')");
            }
        });
    }

    /** A sweep's items are expanded from it (a native file does not repeat them); a sweep that does not expand is an error. */
    private void sweep(Loop loop, ObjectNode raw, SourceRef at) {
        List<String> problems = new ArrayList<>();
        dev.orrery.core.model.Sweep sw = dev.orrery.core.model.SweepJson.read(raw, problems);
        if (sw == null) {
            problems.forEach(p -> lift.error(at, "sweep", p));
            return;
        }
        loop.sweep = sw;
        try {
            loop.items = sw.items();
        } catch (IllegalArgumentException e) {
            lift.error(at, "sweep", e.getMessage());
            loop.items = dev.orrery.core.model.Json.array();
        }
    }
}
