package dev.orrery.designer.canvas;

import dev.orrery.core.model.Artifact;
import dev.orrery.core.model.GraphStyle;
import dev.orrery.core.model.Parameter;
import dev.orrery.core.model.Step;
import dev.orrery.core.model.Template;
import dev.orrery.core.refs.Bindings;
import dev.orrery.core.refs.IoKind;
import dev.orrery.designer.doc.DesignDocument;
import dev.orrery.designer.job.BatchJob;
import dev.orrery.designer.job.DependencyJob;
import dev.orrery.designer.job.StepEditJob;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Connecting two steps: the dependency, plus bindings of unbound inputs to outputs of the same name
 * that the new edge puts upstream. The target's inputs and those of every step after it are matched
 * against the steps that now run before them, nearest first, so connecting Data prep → Train →
 * Evaluate → Deploy in any order binds Evaluate's {@code dataset} to Data prep and Deploy's
 * {@code model} to Train. Only producers the edge newly puts upstream bind (what was upstream before
 * was left unbound on purpose). Failing a name match, an input binds when it and the source each
 * have exactly one artifact and no step in the graph produces the input's name. One undo step.
 */
public final class ConnectSteps {
    private ConnectSteps() {
    }

    /** The job that connects {@code source} → {@code target} and binds what the new edge makes matchable. */
    public static BatchJob connect(DesignDocument doc, String source, String target) {
        BatchJob batch = new BatchJob("Connect " + source + " → " + target);
        batch.add(DependencyJob.connect(doc, source, target));
        if (doc.step(source).isEmpty() || doc.step(target).isEmpty()) {
            return batch;
        }
        GraphStyle style = doc.graph().style;
        Templates templates = new Templates(doc);
        Upstream before = new Upstream(doc.graph().steps, null, null);
        Upstream after = new Upstream(doc.graph().steps, source, target);
        Set<String> affected = after.descendants(target);
        for (Step step : doc.graph().steps) {
            if (!affected.contains(step.name)) {
                continue;
            }
            Optional<Template> in = templates.of(step);
            if (in.isEmpty()) {
                continue;
            }
            List<Artifact> unbound = in.get().inputArtifacts.stream().filter(a -> isUnbound(a, step)).toList();
            boolean openParameters = in.get().inputParameters.stream().anyMatch(x -> x.value == null
                    && step.parameterArguments.stream().noneMatch(a -> x.name.equals(a.name)));
            if (unbound.isEmpty() && !openParameters) {
                continue; // nothing to bind: spare the walks upstream (thousands of steps after a target in a large graph)
            }
            // the source of the drawn edge is always eligible for its target: the user chose it
            Set<String> wasUpstream = new java.util.HashSet<>(before.ancestors(step.name).keySet());
            Map<String, Integer> nowUpstream = after.ancestors(step.name);
            if (step.name.equals(target)) {
                wasUpstream.remove(source);
                nowUpstream.put(source, 0);
            }
            List<Artifact> artifacts = new ArrayList<>();
            for (Artifact input : unbound) {
                String producer = nearest(doc, templates, nowUpstream, t -> hasArtifact(t, input.name));
                String output = input.name;
                if (producer == null && step.name.equals(target) && unbound.size() == 1) {
                    producer = soleArtifactFallback(doc, templates, source, input.name);
                    output = producer == null ? null : templates.of(doc.step(source).get()).get().outputArtifacts.get(0).name;
                }
                if (producer != null && !wasUpstream.contains(producer)) {
                    Artifact arg = new Artifact(input.name, null);
                    arg.from = Bindings.expression(style, producer, IoKind.ARTIFACT, output);
                    artifacts.add(arg);
                }
            }
            List<Parameter> parameters = new ArrayList<>();
            for (Parameter input : in.get().inputParameters) {
                boolean bound = step.parameterArguments.stream().anyMatch(x -> input.name.equals(x.name));
                String producer = bound || input.value != null ? null
                        : nearest(doc, templates, nowUpstream, t -> t.outputParameters.stream().anyMatch(o -> o.name.equals(input.name)));
                if (producer != null && !wasUpstream.contains(producer)) {
                    parameters.add(Parameter.of(input.name,
                            Bindings.expression(style, producer, IoKind.PARAMETER, input.name)));
                }
            }
            if (!artifacts.isEmpty() || !parameters.isEmpty()) {
                batch.add(new StepEditJob(doc, step.name, "Bind inputs of " + step.name, s -> {
                    artifacts.forEach(a -> s.artifactArguments.add(a.copy()));
                    parameters.forEach(p -> s.parameterArguments.add(p.copy()));
                }));
            }
        }
        return batch;
    }

    /** An input with no argument and no source of its own (raw, s3, git, … live in {@code extra}). */
    private static boolean isUnbound(Artifact input, Step step) {
        return input.from == null && input.extra.isEmpty()
                && step.artifactArguments.stream().noneMatch(x -> input.name.equals(x.name));
    }

    /** The source when it has exactly one output artifact and no step of the graph makes {@code name}. */
    private static String soleArtifactFallback(DesignDocument doc, Templates templates, String source, String name) {
        Optional<Template> out = templates.of(doc.step(source).get());
        boolean madeElsewhere = doc.graph().steps.stream()
                .anyMatch(s -> templates.of(s).map(t -> hasArtifact(t, name)).orElse(false));
        return out.isPresent() && out.get().outputArtifacts.size() == 1 && !madeElsewhere ? source : null;
    }

    private static boolean hasArtifact(Template t, String name) {
        return t.outputArtifacts.stream().anyMatch(o -> o.name.equals(name));
    }

    /** The nearest upstream step (fewest edges away, then graph order) whose template matches. */
    private static String nearest(DesignDocument doc, Templates templates, Map<String, Integer> upstream,
            java.util.function.Predicate<Template> produces) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Step s : doc.graph().steps) {
            Integer d = upstream.get(s.name);
            if (d != null && d < bestDistance && templates.of(s).map(produces::test).orElse(false)) {
                best = s.name;
                bestDistance = d;
            }
        }
        return best;
    }

    /**
     * The pipeline's templates by name, read once per connect: looking each one up in the list made a
     * connect in a graph of 10,000 steps take seconds (every upstream step's template, each a scan).
     * The first template of a name wins, as in {@code Pipeline.template}.
     */
    private static final class Templates {
        private final Map<String, Template> byName = new java.util.HashMap<>();

        Templates(DesignDocument doc) {
            doc.pipeline().templates.forEach(t -> byName.putIfAbsent(t.name, t));
        }

        Optional<Template> of(Step s) {
            return s.template == null ? Optional.empty() : Optional.ofNullable(byName.get(s.template));
        }
    }

    /** Who runs before whom, by dependsOn, with an optional extra edge; built once per connect. */
    private static final class Upstream {
        private final Map<String, List<String>> parents = new java.util.HashMap<>();
        private final Map<String, List<String>> children = new java.util.HashMap<>();

        Upstream(List<Step> steps, String extraSource, String extraTarget) {
            for (Step s : steps) {
                List<String> p = new ArrayList<>(s.dependsOn);
                if (s.name.equals(extraTarget) && !p.contains(extraSource)) {
                    p.add(extraSource);
                }
                parents.put(s.name, p);
                p.forEach(parent -> children.computeIfAbsent(parent, k -> new ArrayList<>()).add(s.name));
            }
        }

        /** The steps that run before {@code name}, each with its distance in edges. */
        Map<String, Integer> ancestors(String name) {
            return walk(name, parents);
        }

        /** {@code name} and every step that runs after it. */
        Set<String> descendants(String name) {
            Set<String> all = new java.util.HashSet<>(walk(name, children).keySet());
            all.add(name);
            return all;
        }

        private static Map<String, Integer> walk(String start, Map<String, List<String>> edges) {
            Map<String, Integer> seen = new LinkedHashMap<>();
            List<String> frontier = List.of(start);
            for (int distance = 1; !frontier.isEmpty(); distance++) {
                List<String> next = new ArrayList<>();
                for (String n : frontier) {
                    for (String m : edges.getOrDefault(n, List.of())) {
                        if (!m.equals(start) && seen.putIfAbsent(m, distance) == null) {
                            next.add(m);
                        }
                    }
                }
                frontier = next;
            }
            return seen;
        }
    }
}
