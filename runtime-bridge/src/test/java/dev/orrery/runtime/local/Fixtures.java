package dev.orrery.runtime.local;

import dev.orrery.core.model.Artifact;
import dev.orrery.core.model.Container;
import dev.orrery.core.model.Graph;
import dev.orrery.core.model.GraphStyle;
import dev.orrery.core.model.Parameter;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Step;
import dev.orrery.core.model.Template;
import dev.orrery.runtime.NodeState;
import dev.orrery.runtime.RunRef;
import dev.orrery.runtime.RunState;
import dev.orrery.runtime.SubmitOptions;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Small builders for pipelines in tests, and a helper that runs one to the end. */
final class Fixtures {
    private Fixtures() {
    }

    static Template script(String name, String language, String source) {
        Template t = new Template(name);
        t.container = new Container();
        t.container.image = "debian:stable-slim";
        t.container.language = language;
        t.container.source = source;
        return t;
    }

    static Template bash(String name, String source) {
        return script(name, "bash", source);
    }

    static Template container(String name, List<String> command, List<String> args) {
        Template t = new Template(name);
        t.container = new Container();
        t.container.image = "alpine:3";
        t.container.command = command;
        t.container.args = args;
        return t;
    }

    static Template dag(String name, Step... steps) {
        Template t = new Template(name);
        t.graph = new Graph();
        t.graph.style = GraphStyle.DAG;
        t.graph.steps.addAll(List.of(steps));
        return t;
    }

    static Step step(String name, String template, String... dependsOn) {
        Step s = new Step(name, template);
        s.dependsOn.addAll(List.of(dependsOn));
        return s;
    }

    static Step arg(Step s, String name, String value) {
        s.parameterArguments.add(Parameter.of(name, value));
        return s;
    }

    static Step artifactArg(Step s, String name, String from) {
        Artifact a = new Artifact(name, null);
        a.from = from;
        s.artifactArguments.add(a);
        return s;
    }

    static Template input(Template t, String name) {
        t.inputParameters.add(new Parameter(name, null));
        return t;
    }

    static Template outputParameter(Template t, String name, String path) {
        Parameter p = new Parameter(name, null);
        p.path = path;
        t.outputParameters.add(p);
        return t;
    }

    /** A pipeline whose entrypoint is the first template. */
    static Pipeline pipeline(String name, Template... templates) {
        Pipeline p = new Pipeline();
        p.name = name;
        p.templates.addAll(List.of(templates));
        p.entrypoint = templates[0].name;
        return p;
    }

    static RunState runToEnd(LocalRuntime runtime, Pipeline p) {
        return runToEnd(runtime, p, SubmitOptions.DEFAULTS);
    }

    static RunState runToEnd(LocalRuntime runtime, Pipeline p, SubmitOptions options) {
        RunRef ref = runtime.submit(p, options);
        try {
            return runtime.completion(ref).get(120, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("run " + ref + " did not finish: " + e, e);
        }
    }

    /** The node of a graph step (the first node that ran it). */
    static NodeState node(RunState s, String stepName) {
        return s.nodes().stream().filter(n -> stepName.equals(n.stepName())).findFirst()
                .orElseThrow(() -> new AssertionError("no node for step " + stepName + " in " + ids(s)));
    }

    static List<String> ids(RunState s) {
        return s.nodes().stream().map(n -> n.id() + "=" + n.phase() + (n.message() == null ? "" : "(" + n.message() + ")"))
                .toList();
    }
}
