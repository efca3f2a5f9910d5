package dev.orrery.core.split;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.core.model.Artifact;
import dev.orrery.core.model.Graph;
import dev.orrery.core.model.GraphStyle;
import dev.orrery.core.model.Json;
import dev.orrery.core.model.Parameter;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Step;
import dev.orrery.core.model.Template;
import dev.orrery.core.refs.Binding;
import dev.orrery.core.refs.RefRewrite;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Splits one DAG template of a pipeline into nested DAG templates of at most {@code max} tasks (see
 * {@link DagSplit}). Everything is checked before anything changes: a refusal leaves the pipeline as it was.
 */
final class TemplateSplit {
    private static final Pattern PLAIN_AND = Pattern.compile("\\s*[A-Za-z0-9][-A-Za-z0-9]*\\s*(&&\\s*[A-Za-z0-9]"
            + "[-A-Za-z0-9]*\\s*)*");

    private final Pipeline p;
    private final Template t;
    private final Graph g;
    private final int max;
    private final List<Step> steps;
    private final Map<String, Integer> index = new HashMap<>();
    private final List<Mentions> mentions = new ArrayList<>();
    private int[] part;
    private int parts;
    /** Per part: the outputs it exports (key: producer and path), the outputs it imports, the parts it waits for. */
    private final List<Map<OutputKey, String>> exports = new ArrayList<>();
    private final List<Map<OutputKey, String>> imports = new ArrayList<>();
    private final List<Set<Integer>> waitsFor = new ArrayList<>();

    TemplateSplit(Pipeline p, Template t, int max) {
        this.p = p;
        this.t = t;
        this.g = t.graph;
        this.max = max;
        this.steps = g.steps;
    }

    /** One output of a task: {@code tasks.PRODUCER.outputs.PATH}. */
    record OutputKey(String producer, String path) {
        boolean artifact() {
            return path.startsWith("artifacts.");
        }

        /** The name it is re-exported under: PRODUCER__NAME (task names never hold '_'). */
        String exportName() {
            int dot = path.indexOf('.');
            return producer + "__" + (dot < 0 ? path : path.substring(dot + 1));
        }

        String reference() {
            return "tasks." + producer + ".outputs." + path;
        }
    }

    /** Splits; returns what was done, in a sentence. */
    String apply() {
        plan();
        List<String> names = partNames();
        List<Template> nested = new ArrayList<>();
        for (int k = 0; k < parts; k++) {
            nested.add(nestedTemplate(k, names));
        }
        rewriteOwnOutputs();
        List<Step> outer = new ArrayList<>();
        for (int k = 0; k < parts; k++) {
            outer.add(outerTask(k, names));
        }
        if (t.name != null && t.name.equals(p.entrypoint)) {
            steps.forEach(s -> p.layout.remove(s.name));
        }
        g.steps = outer;
        int at = p.templates.indexOf(t);
        p.templates.addAll(at + 1, nested);
        return "'" + t.name + "': " + steps.size() + " tasks in " + parts + " nested DAGs (" + names.get(0)
                + (parts > 1 ? " … " + names.get(parts - 1) : "") + ")";
    }

    // ---- planning: all checks, nothing changed -------------------------------------------------

    private void plan() {
        if (g.extra.has("target")) {
            throw new SplitRefusal("it sets a target, which names tasks that would move into nested DAGs");
        }
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            if (s.name == null || index.putIfAbsent(s.name, i) != null) {
                throw new SplitRefusal("two of its tasks share a name (or one has none): fix the names first");
            }
        }
        List<Set<Integer>> before = new ArrayList<>();
        for (Step s : steps) {
            Mentions m = Mentions.of(s);
            mentions.add(m);
            Set<Integer> b = new TreeSet<>();
            for (String d : s.dependsOn) {
                Integer i = indexOf(d);
                if (i != null) {
                    b.add(i);
                }
            }
            for (Binding r : m.outputs) {
                Integer i = index.get(r.producer());
                if (i != null && !r.producer().equals(s.name)) {
                    b.add(i);
                }
            }
            before.add(b);
        }
        parts = (steps.size() + max - 1) / max;
        if (parts > max) {
            throw new SplitRefusal("it has " + steps.size() + " tasks: more than " + max + " nested DAGs of " + max
                    + " would be needed");
        }
        int size = (steps.size() + parts - 1) / parts;
        List<Integer> order = SplitOrder.of(g, before);
        part = new int[steps.size()];
        for (int pos = 0; pos < order.size(); pos++) {
            part[order.get(pos)] = pos / size;
        }
        for (int k = 0; k < parts; k++) {
            exports.add(new LinkedHashMap<>());
            imports.add(new LinkedHashMap<>());
            waitsFor.add(new TreeSet<>());
        }
        for (int i = 0; i < steps.size(); i++) {
            planStep(i, before.get(i));
        }
        Mentions own = Mentions.ofOutputs(t);
        for (String task : own.tasks.keySet()) {
            if (index.containsKey(task) && own.mentionsBesidesOutputs(task)) {
                throw new SplitRefusal("its outputs refer to task '" + task + "' other than through the task's"
                        + " outputs, which a nested DAG cannot pass on");
            }
        }
        for (Binding r : own.outputs) {
            Integer i = index.get(r.producer());
            if (i != null) {
                export(part[i], new OutputKey(r.producer(), Mentions.path(r)));
            }
        }
        checkNames();
    }

    private void planStep(int i, Set<Integer> before) {
        Step s = steps.get(i);
        int k = part[i];
        for (int b : before) {
            if (part[b] != k) {
                waitsFor.get(k).add(part[b]);
            }
        }
        if (s.dependsExpression != null && s.dependsOn.stream().map(this::indexOf)
                .anyMatch(d -> d != null && part[d] != k) && !PLAIN_AND.matcher(s.dependsExpression).matches()) {
            throw new SplitRefusal("task '" + s.name + "' has the depends expression '" + s.dependsExpression
                    + "' over tasks that would land in different nested DAGs; only plain A && B expressions can"
                    + " be split");
        }
        Mentions m = mentions.get(i);
        for (String task : m.tasks.keySet()) {
            Integer d = index.get(task);
            if (d != null && part[d] != k && m.mentionsBesidesOutputs(task)) {
                throw new SplitRefusal("task '" + s.name + "' refers to task '" + task + "' other than through its"
                        + " outputs (e.g. tasks." + task + ".status), and they would land in different nested DAGs");
            }
        }
        for (Binding r : m.outputs) {
            Integer d = index.get(r.producer());
            if (d != null && part[d] != k) {
                OutputKey key = new OutputKey(r.producer(), Mentions.path(r));
                export(part[d], key);
                imports.get(k).putIfAbsent(key, key.exportName());
            }
        }
    }

    private void export(int k, OutputKey key) {
        exports.get(k).putIfAbsent(key, key.exportName());
    }

    /** Generated input and output names must not meet each other or the template's own inputs. */
    private void checkNames() {
        for (int k = 0; k < parts; k++) {
            for (Map<OutputKey, String> names : List.of(exports.get(k), imports.get(k))) {
                Map<String, OutputKey> seen = new HashMap<>();
                t.inputParameters.forEach(x -> seen.put("parameters." + x.name, null));
                t.inputArtifacts.forEach(x -> seen.put("artifacts." + x.name, null));
                for (OutputKey key : names.keySet()) {
                    String id = (key.artifact() ? "artifacts." : "parameters.") + key.exportName();
                    if (seen.containsKey(id) && !key.equals(seen.get(id))) {
                        throw new SplitRefusal("the generated name '" + key.exportName() + "' for "
                                + key.reference() + " is taken: rename the output or the input");
                    }
                    seen.put(id, key);
                }
            }
        }
    }

    private Integer indexOf(String dependency) {
        Integer i = index.get(dependency);
        if (i == null && dependency.length() >= 2 && (dependency.startsWith("'") || dependency.startsWith("\""))) {
            i = index.get(dependency.substring(1, dependency.length() - 1));
        }
        return i;
    }

    // ---- building ------------------------------------------------------------------------------

    /** T-part-1 … T-part-N, each free among the pipeline's templates. */
    private List<String> partNames() {
        Set<String> taken = new java.util.HashSet<>();
        p.templates.forEach(x -> taken.add(x.name));
        List<String> names = new ArrayList<>();
        for (int k = 1; k <= parts; k++) {
            String base = t.name + "-part-" + k;
            String name = base;
            for (int n = 2; taken.contains(name); n++) {
                name = base + "-" + n;
            }
            taken.add(name);
            names.add(name);
        }
        return names;
    }

    private static String taskName(int k) {
        return "part-" + (k + 1);
    }

    private Template nestedTemplate(int k, List<String> names) {
        Template c = new Template(names.get(k));
        c.graph = new Graph();
        c.graph.style = GraphStyle.DAG;
        c.graph.extra = g.extra.deepCopy();
        Set<String> usedParameters = new LinkedHashSet<>();
        Set<String> usedArtifacts = new LinkedHashSet<>();
        for (int i = 0; i < steps.size(); i++) {
            if (part[i] == k) {
                usedParameters.addAll(mentions.get(i).inputParameters);
                usedArtifacts.addAll(mentions.get(i).inputArtifacts);
                c.graph.steps.add(moved(steps.get(i), k));
            }
        }
        passedInputs(usedParameters, usedArtifacts, (name, artifact) -> {
            if (artifact) {
                c.inputArtifacts.add(new Artifact(name, null));
            } else {
                c.inputParameters.add(new Parameter(name, null));
            }
        });
        imports.get(k).forEach((key, name) -> {
            if (key.artifact()) {
                c.inputArtifacts.add(new Artifact(name, null));
            } else {
                c.inputParameters.add(new Parameter(name, null));
            }
        });
        exports.get(k).forEach((key, name) -> {
            if (key.artifact()) {
                Artifact a = new Artifact(name, null);
                a.from = "{{" + key.reference() + "}}";
                c.outputArtifacts.add(a);
            } else {
                Parameter out = new Parameter(name, null);
                ObjectNode valueFrom = Json.object();
                valueFrom.put("parameter", "{{" + key.reference() + "}}");
                out.extra.set("valueFrom", valueFrom);
                c.outputParameters.add(out);
            }
        });
        return c;
    }

    /** The template's own inputs that part's tasks use, in the template's order. */
    private void passedInputs(Set<String> parameters, Set<String> artifacts,
            java.util.function.BiConsumer<String, Boolean> each) {
        t.inputParameters.stream().filter(x -> parameters.contains(x.name)).forEach(x -> each.accept(x.name, false));
        t.inputArtifacts.stream().filter(x -> artifacts.contains(x.name)).forEach(x -> each.accept(x.name, true));
    }

    /** A task moved into part k: dependencies on other parts dropped, their outputs read from the part's inputs. */
    private Step moved(Step original, int k) {
        Step s = original.copy();
        s.source = null;
        s.dependsOn.removeIf(d -> {
            Integer i = indexOf(d);
            return i != null && part[i] != k;
        });
        if (s.dependsExpression != null && !s.dependsOn.equals(original.dependsOn)) {
            s.dependsExpression = s.dependsOn.isEmpty() ? null : String.join(" && ", s.dependsOn);
        }
        for (Map.Entry<OutputKey, String> e : imports.get(k).entrySet()) {
            OutputKey key = e.getKey();
            String word = key.artifact() ? "artifacts" : "parameters";
            RefRewrite.outputReference(key.producer(), key.path(), "inputs." + word + "." + e.getValue()).applyTo(s);
        }
        return s;
    }

    private Step outerTask(int k, List<String> names) {
        Step task = new Step(taskName(k), names.get(k));
        waitsFor.get(k).forEach(d -> task.dependsOn.add(taskName(d)));
        Set<String> usedParameters = new LinkedHashSet<>();
        Set<String> usedArtifacts = new LinkedHashSet<>();
        for (int i = 0; i < steps.size(); i++) {
            if (part[i] == k) {
                usedParameters.addAll(mentions.get(i).inputParameters);
                usedArtifacts.addAll(mentions.get(i).inputArtifacts);
            }
        }
        passedInputs(usedParameters, usedArtifacts, (name, artifact) -> {
            if (artifact) {
                Artifact a = new Artifact(name, null);
                a.from = "{{inputs.artifacts." + name + "}}";
                task.artifactArguments.add(a);
            } else {
                task.parameterArguments.add(Parameter.of(name, "{{inputs.parameters." + name + "}}"));
            }
        });
        imports.get(k).forEach((key, name) -> {
            int from = part[index.get(key.producer())];
            String ref = "{{tasks." + taskName(from) + ".outputs." + (key.artifact() ? "artifacts." : "parameters.")
                    + name + "}}";
            if (key.artifact()) {
                Artifact a = new Artifact(name, null);
                a.from = ref;
                task.artifactArguments.add(a);
            } else {
                task.parameterArguments.add(Parameter.of(name, ref));
            }
        });
        return task;
    }

    /** The template's outputs that named moved tasks now name the part that re-exports them. */
    private void rewriteOwnOutputs() {
        Template holder = new Template();
        holder.outputParameters = t.outputParameters;
        holder.outputArtifacts = t.outputArtifacts;
        holder.extra = t.extra;
        for (int k = 0; k < parts; k++) {
            for (Map.Entry<OutputKey, String> e : exports.get(k).entrySet()) {
                OutputKey key = e.getKey();
                String word = key.artifact() ? "artifacts" : "parameters";
                RefRewrite.outputReference(key.producer(), key.path(),
                        "tasks." + taskName(k) + ".outputs." + word + "." + e.getValue()).applyTo(holder);
            }
        }
    }
}
