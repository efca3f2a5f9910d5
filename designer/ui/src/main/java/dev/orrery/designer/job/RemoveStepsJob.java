package dev.orrery.designer.job;

import dev.orrery.core.model.Graph;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Position;
import dev.orrery.core.model.Step;
import dev.orrery.core.model.Template;
import dev.orrery.core.text.Counts;
import dev.orrery.designer.doc.DesignDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Deletes steps from the shown graph, the dependencies other steps had on them, their layout, and
 * the templates only they ran. Undo puts everything back where it was.
 */
public final class RemoveStepsJob extends Job {
    private final DesignDocument doc;
    private final Set<String> names;
    private Graph before;
    private List<Template> templatesBefore;
    private Map<String, Position> layoutBefore;
    private Graph after;
    private List<Template> templatesAfter;

    public RemoveStepsJob(DesignDocument doc, Set<String> names) {
        this.doc = doc;
        this.names = Set.copyOf(names);
    }

    @Override
    public boolean isExecutable() {
        Graph g = doc.graph();
        return g != null && g.steps.stream().anyMatch(s -> names.contains(s.name));
    }

    @Override
    public void execute() {
        Pipeline p = doc.pipeline();
        Graph g = doc.graph();
        before = g.copy();
        templatesBefore = new ArrayList<>(p.templates);
        layoutBefore = new HashMap<>();
        List<String> orphanCandidates = new ArrayList<>();
        g.steps.removeIf(s -> {
            if (names.contains(s.name)) {
                orphanCandidates.add(s.template);
                return true;
            }
            return false;
        });
        for (Step s : g.steps) {
            if (s.dependsOn.removeIf(names::contains) && s.dependsExpression != null) {
                s.dependsExpression = s.dependsOn.isEmpty() ? null : String.join(" && ", s.dependsOn);
            }
        }
        for (String n : names) {
            Position old = p.layout.remove(n);
            if (old != null) {
                layoutBefore.put(n, old);
            }
        }
        for (String t : orphanCandidates) {
            if (t != null && !TemplateUse.isUsed(p, t)) {
                p.templates.removeIf(x -> t.equals(x.name));
            }
        }
        after = g.copy();
        templatesAfter = new ArrayList<>(p.templates);
        doc.selection().steps().removeAll(names);
    }

    @Override
    public void undo() {
        restore(before, templatesBefore);
        doc.pipeline().layout.putAll(layoutBefore);
    }

    @Override
    public void redo() {
        restore(after, templatesAfter);
        names.forEach(doc.pipeline().layout::remove);
        doc.selection().steps().removeAll(names);
    }

    private void restore(Graph graph, List<Template> templates) {
        Graph live = doc.graph();
        live.steps.clear();
        graph.steps.forEach(s -> live.steps.add(s.copy()));
        doc.pipeline().templates.clear();
        doc.pipeline().templates.addAll(templates);
    }

    @Override
    public String description() {
        return names.size() == 1 ? "Delete " + names.iterator().next() : "Delete " + Counts.of(names.size(), "step");
    }
}
