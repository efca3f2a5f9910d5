package dev.orrery.core.split;

import dev.orrery.core.model.GraphStyle;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Rewrites each DAG template of more than 200 tasks (Argo v4's limit, {@code DAGTemplate.Tasks} MaxItems)
 * into a DAG of nested DAG templates of at most 200 tasks each, keeping every dependency and every data
 * binding. A pure transform: the pipeline given is not changed; the designer's action and
 * {@code orrery export --split-dags} both use it.
 *
 * <p>How: the tasks are ordered by depth (longest chain of predecessors, then their order in the DAG) and cut
 * into {@code ceil(n / ceil(n / 200))} nearly equal parts along that order, so every dependency points from a
 * part to the same or a later part. Part k becomes template {@code T-part-k} (a number is added when the
 * name is taken) run by task {@code part-k} of T, which now holds only those tasks; {@code part-k} depends on
 * {@code part-j} when a task of part k waits for, or takes data from, a task of part j. A task's dependencies
 * inside its part stay as they were; those on other parts are carried by its part's task. A reference
 * {@code tasks.P.outputs.X} to a task P of another part is re-exported: P's part declares output
 * {@code P__NAME} ({@code P__result} for {@code outputs.result}), the consumer's part declares input
 * {@code P__NAME}, the outer task passes one to the other, and the consumer reads
 * {@code inputs.parameters.P__NAME} (or {@code inputs.artifacts.…}). T's own outputs are re-routed the same
 * way, and T's inputs a part uses are passed on to it. Deterministic: the same pipeline gives the same split.
 *
 * <p>Refused (the template is left as it was, and the result says why): a DAG with a {@code target}, a
 * cycle, duplicate task names, a task referring to a task of another part other than through its outputs
 * ({@code tasks.P.status}), a {@code depends} expression other than {@code A && B} across parts.
 */
public final class DagSplit {
    /** Argo v4's limit on the tasks of one DAG template. */
    public static final int MAX_TASKS = 200;

    private DagSplit() {
    }

    /**
     * @param pipeline the split pipeline (a copy; the original when nothing was split)
     * @param split    one sentence per DAG split ("'main': 450 tasks in 3 nested DAGs (…)")
     * @param refused  one sentence per DAG over the limit that could not be split, saying why
     */
    public record Result(Pipeline pipeline, List<String> split, List<String> refused) {
        public boolean changed() {
            return !split.isEmpty();
        }
    }

    /** The DAG templates with more than {@link #MAX_TASKS} tasks, in template order. */
    public static List<String> oversized(Pipeline p) {
        return oversized(p, MAX_TASKS);
    }

    static List<String> oversized(Pipeline p, int max) {
        List<String> names = new ArrayList<>();
        for (Template t : p.templates) {
            if (t.graph != null && t.graph.style == GraphStyle.DAG && t.graph.steps.size() > max) {
                names.add(t.name);
            }
        }
        return names;
    }

    /** Splits every DAG template of more than 200 tasks. */
    public static Result splitAll(Pipeline p) {
        return splitAll(p, MAX_TASKS);
    }

    /** Splits every DAG template of more than {@code max} tasks into parts of at most {@code max}. */
    public static Result splitAll(Pipeline original, int max) {
        Objects.requireNonNull(original, "pipeline");
        if (max < 2) {
            throw new IllegalArgumentException("parts of at least 2 tasks, not " + max);
        }
        List<String> names = oversized(original, max);
        if (names.isEmpty()) {
            return new Result(original, List.of(), List.of());
        }
        Pipeline p = original.copy();
        List<String> split = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (String name : names) {
            Template t = p.template(name).orElseThrow();
            try {
                split.add(new TemplateSplit(p, t, max).apply());
            } catch (SplitRefusal why) {
                refused.add("cannot split '" + name + "': " + why.getMessage());
            }
        }
        return new Result(split.isEmpty() ? original : p, List.copyOf(split), List.copyOf(refused));
    }
}
