package dev.orrery.core.split;

import dev.orrery.core.model.Artifact;
import dev.orrery.core.model.Parameter;
import dev.orrery.core.model.Step;
import dev.orrery.core.model.Template;
import dev.orrery.core.refs.Binding;
import dev.orrery.core.refs.Bindings;
import dev.orrery.core.refs.IoKind;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the texts of a task (or of a DAG template's own outputs) mention: other tasks (any
 * {@code tasks.X…}), other tasks' outputs ({@link Bindings#inText}), and the template's inputs.
 */
final class Mentions {
    private static final String NAME = "(?:\\.([\\w-]+)|\\[\\s*['\"]([^'\"]+)['\"]\\s*])";
    private static final Pattern TASK = Pattern.compile("(?<![\\w.\\-])tasks" + NAME);
    private static final Pattern INPUT = Pattern.compile("(?<![\\w.\\-])inputs\\.(parameters|artifacts)" + NAME);

    /** Times each task is mentioned, in order of first mention. */
    final Map<String, Integer> tasks = new LinkedHashMap<>();
    /** The references to outputs of tasks. */
    final List<Binding> outputs;
    final Set<String> inputParameters = new LinkedHashSet<>();
    final Set<String> inputArtifacts = new LinkedHashSet<>();

    private Mentions(String owner, String text) {
        Matcher m = TASK.matcher(text);
        while (m.find()) {
            tasks.merge(m.group(1) != null ? m.group(1) : m.group(2), 1, Integer::sum);
        }
        outputs = Bindings.inText(owner, text);
        Matcher i = INPUT.matcher(text);
        while (i.find()) {
            String name = i.group(2) != null ? i.group(2) : i.group(3);
            (i.group(1).equals("parameters") ? inputParameters : inputArtifacts).add(name);
        }
    }

    static Mentions of(Step s) {
        StringBuilder sb = new StringBuilder();
        add(sb, s.when);
        if (s.loop != null) {
            add(sb, s.loop.param);
            add(sb, s.loop.items);
            add(sb, s.loop.sequence);
        }
        for (Parameter p : s.parameterArguments) {
            parameter(sb, p);
        }
        for (Artifact a : s.artifactArguments) {
            artifact(sb, a);
        }
        add(sb, s.extra);
        return new Mentions(s.name, sb.toString());
    }

    /** The outputs and passthrough fields of a DAG template: what a split moves out of it must stay reachable. */
    static Mentions ofOutputs(Template t) {
        StringBuilder sb = new StringBuilder();
        t.outputParameters.forEach(p -> parameter(sb, p));
        t.outputArtifacts.forEach(a -> artifact(sb, a));
        add(sb, t.extra);
        return new Mentions(t.name, sb.toString());
    }

    /** True when a task is mentioned other than through its outputs ({@code tasks.X.status}, …). */
    boolean mentionsBesidesOutputs(String task) {
        long viaOutputs = outputs.stream().filter(b -> b.producer().equals(task)).count();
        return tasks.getOrDefault(task, 0) > viaOutputs;
    }

    /**
     * Where a reference points below the task: {@code result}, {@code parameters} (a loop's aggregate),
     * {@code parameters.NAME} or {@code artifacts.NAME}.
     */
    static String path(Binding b) {
        if (b.outputKind() == IoKind.ARTIFACT) {
            return "artifacts." + b.output();
        }
        String ref = b.reference();
        if (ref.endsWith(".outputs.result")) {
            return "result";
        }
        if (ref.endsWith(".outputs.parameters")) {
            return "parameters";
        }
        return "parameters." + b.output();
    }

    private static void parameter(StringBuilder sb, Parameter p) {
        add(sb, p.value);
        add(sb, p.defaultValue);
        add(sb, p.path);
        add(sb, p.extra);
    }

    private static void artifact(StringBuilder sb, Artifact a) {
        add(sb, a.from);
        add(sb, a.path);
        add(sb, a.extra);
    }

    private static void add(StringBuilder sb, Object o) {
        if (o instanceof com.fasterxml.jackson.databind.JsonNode n) {
            if (!n.isEmpty() || n.isValueNode()) {
                sb.append(n.isTextual() ? n.asText() : n.toString()).append('\n');
            }
        } else if (o != null) {
            sb.append(o).append('\n');
        }
    }
}
