package dev.orrery.core.refs;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One rename applied to text: the references that name the old name, rewritten to the new one.
 * Argo references live inside {@code {{ … }}} (whitespace allowed, {@code {{= …}}} expressions
 * too); fields that hold a bare expression ({@code valueFrom.expression}, {@code fromExpression},
 * hooks) are rewritten whole. Names match whole only: renaming {@code train} leaves
 * {@code train2} alone, and both the dotted form and the bracket form ({@code tasks['my-step']})
 * are followed.
 */
public final class RefRewrite {
    private static final Pattern BRACES = Pattern.compile("\\{\\{.*?}}", Pattern.DOTALL);
    /** Before a reference: not part of a longer dotted path or word ({@code workflow.tasks…}, {@code subtasks…}). */
    private static final String START = "(?<![\\w.\\-])";
    /** After a name: not more name (Argo names carry letters, digits and dashes). */
    private static final String END = "(?![\\w\\-])";

    private final List<Pattern> patterns;
    /** The new name, given the old name when the patterns capture it (else null). */
    private final java.util.function.UnaryOperator<String> newName;

    /** Whether the patterns capture the old name (group {@code old}): when several names are renamed. */
    private final boolean capturesOld;

    private RefRewrite(List<Pattern> patterns, String newName) {
        this(patterns, old -> newName, false);
    }

    private RefRewrite(List<Pattern> patterns, java.util.function.UnaryOperator<String> newName, boolean capturesOld) {
        this.patterns = patterns;
        this.newName = newName;
        this.capturesOld = capturesOld;
    }

    /** Several steps of a graph renamed at once (old name → new name), in one pass over each text. */
    public static RefRewrite steps(java.util.Map<String, String> renames) {
        if (renames.isEmpty()) {
            throw new IllegalArgumentException("no renames given");
        }
        String names = alternatives(renames.keySet());
        String prefix = START + "(?:tasks|steps)";
        return new RefRewrite(List.of(
                Pattern.compile("(" + prefix + "\\.)(?<old>" + names + ")" + END),
                Pattern.compile("(" + prefix + "\\[\\s*(['\"]))(?<old>" + names + ")(?=\\2\\s*])")), renames::get, true);
    }

    /** A regex alternation of the names, quoted, longest first (deterministic for equal lengths). */
    static String alternatives(java.util.Collection<String> names) {
        StringBuilder out = new StringBuilder();
        names.stream().sorted(java.util.Comparator.comparingInt(String::length).reversed()
                .thenComparing(java.util.Comparator.naturalOrder()))
                .forEach(n -> out.append(out.isEmpty() ? "" : "|").append(Pattern.quote(n)));
        return out.toString();
    }

    /** {@code tasks.OLD…} and {@code steps.OLD…}: a step of a graph renamed. */
    public static RefRewrite step(String oldName, String newName) {
        return lastSegment(START + "(?:tasks|steps)", oldName, newName);
    }

    /** {@code tasks.STEP.outputs.KIND.OLD} (and the steps form): an output of the template STEP runs renamed. */
    public static RefRewrite output(String step, IoKind kind, String oldName, String newName) {
        return lastSegment(START + "(?:tasks|steps)" + segment(step) + "\\.outputs\\." + kind.word(), oldName, newName);
    }

    /** {@code inputs.KIND.OLD}: an input of the template being rewritten renamed. */
    public static RefRewrite input(IoKind kind, String oldName, String newName) {
        return lastSegment(START + "inputs\\." + kind.word(), oldName, newName);
    }

    /**
     * One output reference of a step, {@code tasks.STEP.outputs.PATH} (or the steps form, dotted or bracket),
     * replaced whole by {@code replacement}: PATH is {@code result}, {@code parameters} (a loop's aggregate),
     * {@code parameters.NAME} or {@code artifacts.NAME}. Used to re-route a binding through other outputs.
     */
    public static RefRewrite outputReference(String step, String path, String replacement) {
        String tail;
        if (path.equals("result") || path.equals("parameters")) {
            tail = Pattern.quote(path) + "(?![\\w\\-.\\[])";
        } else {
            int dot = path.indexOf('.');
            tail = Pattern.quote(path.substring(0, dot)) + segment(path.substring(dot + 1));
        }
        return new RefRewrite(List.of(Pattern.compile("()" + START + "(?:tasks|steps)" + segment(step)
                + "\\.outputs\\." + tail)), replacement);
    }

    /** Rewrites every text of a step of a graph (condition, loop, arguments, passthrough fields), in place. */
    public void applyTo(dev.orrery.core.model.Step step) {
        new TemplateTexts(this).step(step);
    }

    /** Rewrites every text of a template (body, inputs, outputs, graph, passthrough fields), in place. */
    public void applyTo(dev.orrery.core.model.Template template) {
        new TemplateTexts(this).template(template);
    }

    /** Text that may hold references in braces (a command word, an argument value, a condition). */
    public String inBraces(String text) {
        if (text == null || !text.contains("{{")) {
            return text;
        }
        return BRACES.matcher(text).replaceAll(m -> Matcher.quoteReplacement(bare(m.group())));
    }

    /** A bare expression, every reference in it rewritten. */
    public String bare(String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (Pattern p : patterns) {
            out = p.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1)
                    + newName.apply(capturesOld ? m.group("old") : null)));
        }
        return out;
    }

    /** A name after a path, dotted ({@code .name}) or in brackets ({@code ['name']}). */
    private static String segment(String name) {
        String q = Pattern.quote(name);
        return "(?:\\." + q + END + "|\\[\\s*['\"]" + q + "['\"]\\s*])";
    }

    /** Rewrites the name right after {@code prefix}, in the dotted and the bracket form. */
    private static RefRewrite lastSegment(String prefix, String oldName, String newName) {
        String q = Pattern.quote(oldName);
        return new RefRewrite(List.of(
                Pattern.compile("(" + prefix + "\\.)" + q + END),
                Pattern.compile("(" + prefix + "\\[\\s*(['\"]))" + q + "(?=\\2\\s*])")), newName);
    }
}
