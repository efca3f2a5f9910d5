package dev.orrery.designer.canvas;

import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Position;
import dev.orrery.core.model.Step;
import dev.orrery.core.model.StepKind;
import dev.orrery.core.model.Template;
import dev.orrery.core.text.Counts;
import dev.orrery.designer.doc.DesignDocument;
import dev.orrery.designer.doc.Names;
import dev.orrery.designer.job.AddStepJob;
import dev.orrery.designer.job.BatchJob;
import dev.orrery.designer.job.EnsureGraphJob;
import dev.orrery.designer.job.RemoveStepsJob;
import dev.orrery.designer.palette.StepFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The canvas's structural edits as jobs: add from the palette, delete, copy and paste. */
public final class CanvasEdits {
    /** What was copied: steps with their own templates and positions. */
    public record Clip(List<Step> steps, List<Template> templates, Map<String, Position> positions) {
    }

    private final DesignDocument doc;
    private Clip clip;

    public CanvasEdits(DesignDocument doc) {
        this.doc = doc;
    }

    /** Adds a new step of the kind at a world position (snapped), selects it; one undo step. */
    public String addStep(StepKind kind, Position at) {
        BatchJob batch = new BatchJob("Add " + kind.title());
        EnsureGraphJob ensure = new EnsureGraphJob(doc);
        if (ensure.isExecutable()) {
            batch.add(ensure);
        }
        StepFactory.NewStep created = StepFactory.create(kind, doc.pipeline());
        batch.add(new AddStepJob(doc, created.step(), created.template(), snap(at)));
        doc.execute(batch);
        doc.selection().select(created.step().name);
        return created.step().name;
    }

    public boolean deleteSelection() {
        Set<String> names = new LinkedHashSet<>(doc.selection().steps());
        return !names.isEmpty() && doc.execute(new RemoveStepsJob(doc, names));
    }

    /** Copies the selected steps (with copies of their templates); returns how many. */
    public int copySelection(Map<String, Position> positions) {
        Pipeline p = doc.pipeline();
        List<Step> steps = new ArrayList<>();
        List<Template> templates = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<String, Position> where = new HashMap<>();
        for (String name : doc.selection().steps()) {
            doc.step(name).ifPresent(s -> {
                steps.add(s.copy());
                where.put(s.name, positions.get(s.name));
                if (s.template != null && seen.add(s.template)) {
                    p.template(s.template).ifPresent(t -> templates.add(t.copy()));
                }
            });
        }
        clip = steps.isEmpty() ? clip : new Clip(steps, templates, where);
        return steps.size();
    }

    public boolean canPaste() {
        return clip != null;
    }

    /**
     * Pastes the copied steps with fresh names, 40 units down and right; dependencies among them
     * are kept, those on steps outside the copy are dropped. One undo step; selects the pasted steps.
     */
    public List<String> paste() {
        if (clip == null) {
            return List.of();
        }
        Pipeline p = doc.pipeline();
        Set<String> taken = new HashSet<>();
        p.templates.forEach(t -> taken.add(t.name));
        if (doc.graph() != null) {
            doc.graph().steps.forEach(s -> taken.add(s.name));
        }
        Map<String, String> stepNames = new HashMap<>();
        Map<String, String> templateNames = new HashMap<>();
        for (Step s : clip.steps()) {
            String n = Names.unique(s.name, taken);
            taken.add(n);
            stepNames.put(s.name, n);
            // a template named like its step (the palette's way) follows the step's new name
            if (s.template != null && s.template.equals(s.name) && !templateNames.containsKey(s.template)) {
                templateNames.put(s.template, n);
            }
        }
        for (Template t : clip.templates()) {
            if (!templateNames.containsKey(t.name)) {
                String n = Names.unique(t.name, taken);
                taken.add(n);
                templateNames.put(t.name, n);
            }
        }
        BatchJob batch = new BatchJob("Paste " + Counts.of(clip.steps().size(), "step"));
        EnsureGraphJob ensure = new EnsureGraphJob(doc);
        if (ensure.isExecutable()) {
            batch.add(ensure);
        }
        Set<String> templatesAdded = new HashSet<>();
        List<String> pasted = new ArrayList<>();
        for (Step original : clip.steps()) {
            Step s = original.copy();
            s.name = stepNames.get(original.name);
            s.dependsOn.removeIf(d -> !stepNames.containsKey(d));
            s.dependsOn.replaceAll(stepNames::get);
            if (s.dependsExpression != null) {
                s.dependsExpression = s.dependsOn.isEmpty() ? null : String.join(" && ", s.dependsOn);
            }
            Template t = null;
            if (original.template != null && templateNames.containsKey(original.template)) {
                s.template = templateNames.get(original.template);
                if (templatesAdded.add(s.template)) {
                    t = clip.templates().stream().filter(x -> x.name.equals(original.template)).findFirst()
                            .orElseThrow().copy();
                    t.name = s.template;
                }
            }
            Position at = clip.positions().get(original.name);
            Position moved = at == null ? null : new Position(at.x() + 40, at.y() + 40);
            batch.add(new AddStepJob(doc, s, t, moved));
            pasted.add(s.name);
        }
        doc.execute(batch);
        doc.selection().selectAll(pasted);
        return pasted;
    }

    public static Position snap(Position p) {
        double g = GraphCanvas.GRID;
        return new Position(Math.round(p.x() / g) * g, Math.round(p.y() / g) * g);
    }
}
