package dev.orrery.designer.job;

import dev.orrery.core.model.Step;
import dev.orrery.designer.doc.DesignDocument;
import java.util.ArrayList;
import java.util.List;

/** Adds or removes one edge: {@code target} runs after {@code source}. */
public final class DependencyJob extends Job {
    private final DesignDocument doc;
    private final String source;
    private final String target;
    private final boolean add;
    private List<String> oldDepends;
    private String oldExpression;

    private DependencyJob(DesignDocument doc, String source, String target, boolean add) {
        this.doc = doc;
        this.source = source;
        this.target = target;
        this.add = add;
    }

    public static DependencyJob connect(DesignDocument doc, String source, String target) {
        return new DependencyJob(doc, source, target, true);
    }

    public static DependencyJob disconnect(DesignDocument doc, String source, String target) {
        return new DependencyJob(doc, source, target, false);
    }

    @Override
    public boolean isExecutable() {
        // a derived step (entry, exit handler) is not in a graph: it can neither wait nor be waited for
        if (source.equals(target) || doc.step(source).isEmpty() || doc.isDerived(source) || doc.isDerived(target)) {
            return false;
        }
        return doc.step(target).map(t -> t.dependsOn.contains(source) != add).orElse(false);
    }

    @Override
    public void execute() {
        Step t = doc.step(target).orElseThrow();
        oldDepends = new ArrayList<>(t.dependsOn);
        oldExpression = t.dependsExpression;
        if (add) {
            t.dependsOn.add(source);
            if (t.dependsExpression != null) {
                t.dependsExpression = "(" + t.dependsExpression + ") && " + source;
            }
        } else {
            t.dependsOn.remove(source);
            if (t.dependsExpression != null) {
                t.dependsExpression = t.dependsOn.isEmpty() ? null : String.join(" && ", t.dependsOn);
            }
        }
    }

    @Override
    public void undo() {
        Step t = doc.step(target).orElseThrow();
        t.dependsOn.clear();
        t.dependsOn.addAll(oldDepends);
        t.dependsExpression = oldExpression;
    }

    @Override
    public String description() {
        return (add ? "Connect " : "Disconnect ") + source + " → " + target;
    }
}
