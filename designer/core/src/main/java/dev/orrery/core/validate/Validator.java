package dev.orrery.core.validate;

import dev.orrery.core.diag.Diagnostic;
import dev.orrery.core.diag.Severity;
import dev.orrery.core.model.Pipeline;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.ToIntFunction;

/**
 * Checks a pipeline the way Argo would before running it, and a little more: names, graph shape,
 * template references, unresolved placeholders, data bindings between steps (each input fed by an
 * existing output of its kind, produced upstream, or supplied otherwise), container and resource basics,
 * GPU requests and secrets written inline, and Argo's and Kubernetes' size limits (warnings; errors when
 * {@link #strict()}). Returns diagnostics (never throws on bad content), sorted by line,
 * severity, message, step and field, so the same pipeline always gives the same list.
 *
 * <p>Stateless and thread-safe; the pipeline is only read.
 */
public final class Validator {

    /** The stable order of the result: {@link Diagnostic#ORDER}, then step and field. */
    private static final Comparator<Diagnostic> ORDER = Diagnostic.ORDER
            .thenComparing(d -> d.location().step(), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(d -> d.location().field(), Comparator.nullsFirst(Comparator.naturalOrder()));

    private final Severity limits;

    /** A validator that reports Argo's size limits (200 templates, 200 DAG tasks, …) as warnings. */
    public Validator() {
        this(Severity.WARNING);
    }

    private Validator(Severity limits) {
        this.limits = limits;
    }

    /**
     * A validator that reports Argo's size limits as errors ({@code orrery validate --strict}): what the
     * cluster would refuse at submit.
     */
    public static Validator strict() {
        return new Validator(Severity.ERROR);
    }

    /** Validates a pipeline that did not come from text (or whose lines are unknown): lines are 0. */
    public List<Diagnostic> validate(Pipeline p) {
        return validate(p, pointer -> 0);
    }

    /**
     * @param p      the pipeline (not modified)
     * @param lineOf the 1-based source line of a JSON pointer into the document the pipeline was read
     *               from, 0 when unknown
     */
    public List<Diagnostic> validate(Pipeline p, ToIntFunction<String> lineOf) {
        Objects.requireNonNull(p, "pipeline");
        Objects.requireNonNull(lineOf, "lineOf");
        Findings out = new Findings(lineOf);
        new NameRules(out).check(p);
        new ReferenceRules(out).check(p);
        new GraphRules(out).check(p);
        new VariableRules(out).check(p);
        new BindingRules(out).check(p);
        new ContainerRules(out).check(p);
        new SecretRules(out).check(p);
        new PathRules(out).check(p);
        new ScheduleRules(out).check(p);
        new EventRules(out).check(p);
        new LimitRules(out, limits).check(p);
        return out.diagnostics().stream().distinct().sorted(ORDER).toList();
    }
}
