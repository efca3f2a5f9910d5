package dev.orrery.core.refs;

import dev.orrery.core.model.Artifact;
import dev.orrery.core.model.Graph;
import dev.orrery.core.model.Parameter;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Step;
import dev.orrery.core.model.Template;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renames that follow: a step, a template's output or a template's input gets a new name, and
 * every binding and reference that names it gets the same new name, so the pipeline means what it
 * meant before. Edits the pipeline in place (the designer's jobs copy around it for undo).
 * <ul>
 * <li>A step: its siblings' dependencies and {@code depends} expressions, and every
 * {@code {{tasks.OLD.…}}} / {@code {{steps.OLD.…}}} in the template that holds the graph (conditions,
 * loops, arguments, bindings, the template's own outputs).</li>
 * <li>An output of template T: {@code {{tasks.S.outputs.KIND.OLD}}} (and the steps form) for every
 * step S that runs T, in the graph that holds S.</li>
 * <li>An input of template T: {@code {{inputs.KIND.OLD}}} everywhere inside T, and the argument
 * named OLD of every step that runs T.</li>
 * </ul>
 * Steps that run a template of another WorkflowTemplate ({@code templateRef}) are not followed: that
 * template is not in this pipeline.
 */
public final class Renames {
    private Renames() {
    }

    /** Renames step {@code oldName} of {@code graph} (a graph of {@code p}) and what names it. */
    public static void step(Pipeline p, Graph graph, String oldName, String newName) {
        Step step = graph.step(oldName).orElseThrow(() -> new IllegalArgumentException("no step is named " + oldName));
        requireFree(graph.step(newName).isPresent(), "step", newName);
        step.name = newName;
        Pattern word = Pattern.compile("(?<![\\w.\\-])" + Pattern.quote(oldName) + "(?![\\w\\-])");
        for (Step s : graph.steps) {
            s.dependsOn.replaceAll(d -> d.equals(oldName) ? newName : d);
            if (s.dependsExpression != null) {
                s.dependsExpression = word.matcher(s.dependsExpression).replaceAll(Matcher.quoteReplacement(newName));
            }
        }
        rewriteGraphTexts(p, graph, RefRewrite.step(oldName, newName));
    }

    /**
     * Renames several steps of {@code graph} at once (old name → new name) and what names them, in one
     * pass over the graph's texts: what comparing two versions of a large pipeline needs. The new
     * names must be free (a swap of two names is not one of these renames).
     */
    public static void steps(Pipeline p, Graph graph, java.util.Map<String, String> renames) {
        if (renames.isEmpty()) {
            return;
        }
        java.util.Set<String> names = new java.util.HashSet<>();
        graph.steps.forEach(s -> names.add(s.name));
        renames.forEach((oldName, newName) -> {
            if (!names.contains(oldName)) {
                throw new IllegalArgumentException("no step is named " + oldName);
            }
            requireFree(names.contains(newName), "step", newName);
        });
        Pattern word = Pattern.compile("(?<![\\w.\\-])(?:" + RefRewrite.alternatives(renames.keySet()) + ")(?![\\w\\-])");
        for (Step s : graph.steps) {
            s.name = renames.getOrDefault(s.name, s.name);
            s.dependsOn.replaceAll(d -> renames.getOrDefault(d, d));
            if (s.dependsExpression != null) {
                s.dependsExpression = word.matcher(s.dependsExpression)
                        .replaceAll(m -> Matcher.quoteReplacement(renames.get(m.group())));
            }
        }
        rewriteGraphTexts(p, graph, RefRewrite.steps(renames));
    }

    /** Rewrites the texts of the template that holds {@code graph} (or of the graph alone). */
    private static void rewriteGraphTexts(Pipeline p, Graph graph, RefRewrite rewrite) {
        TemplateTexts texts = new TemplateTexts(rewrite);
        Optional<Template> owner = p.templates.stream().filter(t -> t.graph == graph).findFirst();
        if (owner.isPresent()) {
            texts.template(owner.get());
        } else {
            // a graph not (yet) held by a template: only its steps can refer to the step
            Template holder = new Template();
            holder.graph = graph;
            texts.template(holder);
        }
    }

    /** Renames output {@code oldName} of template {@code templateName}, and every reference to it. */
    public static void output(Pipeline p, String templateName, IoKind kind, String oldName, String newName) {
        Template t = template(p, templateName);
        renameDeclared(kind == IoKind.PARAMETER ? t.outputParameters : null,
                kind == IoKind.ARTIFACT ? t.outputArtifacts : null, "output", oldName, newName);
        for (Template g : p.templates) {
            if (g.graph == null) {
                continue;
            }
            for (Step s : List.copyOf(g.graph.steps)) {
                if (runs(s, templateName)) {
                    new TemplateTexts(RefRewrite.output(s.name, kind, oldName, newName)).template(g);
                }
            }
        }
    }

    /** Renames input {@code oldName} of template {@code templateName}, its uses inside, and the callers' arguments. */
    public static void input(Pipeline p, String templateName, IoKind kind, String oldName, String newName) {
        Template t = template(p, templateName);
        renameDeclared(kind == IoKind.PARAMETER ? t.inputParameters : null,
                kind == IoKind.ARTIFACT ? t.inputArtifacts : null, "input", oldName, newName);
        new TemplateTexts(RefRewrite.input(kind, oldName, newName)).template(t);
        for (Template g : p.templates) {
            if (g.graph == null) {
                continue;
            }
            for (Step s : g.graph.steps) {
                if (!runs(s, templateName)) {
                    continue;
                }
                if (kind == IoKind.PARAMETER) {
                    s.parameterArguments.stream().filter(a -> oldName.equals(a.name)).forEach(a -> a.name = newName);
                } else {
                    s.artifactArguments.stream().filter(a -> oldName.equals(a.name)).forEach(a -> a.name = newName);
                }
            }
        }
    }

    private static boolean runs(Step s, String templateName) {
        return s.templateRef == null && templateName.equals(s.template);
    }

    private static Template template(Pipeline p, String name) {
        return p.template(name).orElseThrow(() -> new IllegalArgumentException("no template is named " + name));
    }

    /** Renames the declaration in whichever list is given (the other is null). */
    private static void renameDeclared(List<Parameter> parameters, List<Artifact> artifacts, String what,
            String oldName, String newName) {
        if (parameters != null) {
            Parameter found = parameters.stream().filter(x -> oldName.equals(x.name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no " + what + " parameter is named " + oldName));
            requireFree(parameters.stream().anyMatch(x -> newName.equals(x.name)), what + " parameter", newName);
            found.name = newName;
        } else {
            Artifact found = artifacts.stream().filter(x -> oldName.equals(x.name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no " + what + " artifact is named " + oldName));
            requireFree(artifacts.stream().anyMatch(x -> newName.equals(x.name)), what + " artifact", newName);
            found.name = newName;
        }
    }

    private static void requireFree(boolean taken, String what, String name) {
        if (taken) {
            throw new IllegalArgumentException("another " + what + " is already named " + name);
        }
    }
}
