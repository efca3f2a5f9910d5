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
import dev.orrery.designer.job.MoveStepsJob;
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

    /** Adds a new step of the kind at (or, if taken, nearest to) a world position; see below. */
    public String addStep(StepKind kind, Position at) {
        return addStep(kind, at, doc.pipeline().layout);
    }

    /**
     * Adds a new step of the kind at the free grid place nearest to a world position, selects it;
     * one undo step. Steps derived from templates (a non-graph entrypoint, the exit handler) keep
     * the place they are shown at: when the entrypoint is a single template, a DAG is made that runs
     * it as its first step, and the new step is added beside it.
     *
     * @param shown where the steps are drawn now (their boxes are avoided)
     */
    public String addStep(StepKind kind, Position at, Map<String, Position> shown) {
        BatchJob batch = new BatchJob("Add " + kind.title());
        pinDerivedSteps(batch, shown);
        EnsureGraphJob ensure = new EnsureGraphJob(doc);
        if (ensure.isExecutable()) {
            batch.add(ensure);
        }
        StepFactory.NewStep created = StepFactory.create(kind, doc.pipeline());
        Position free = new FreeSpot(shown.values()).near(at);
        batch.add(new AddStepJob(doc, created.step(), created.template(), free));
        doc.execute(batch);
        doc.selection().select(created.step().name);
        return created.step().name;
    }

    /** Stores where derived steps are drawn, so turning the entrypoint into a DAG does not move them. */
    private void pinDerivedSteps(BatchJob batch, Map<String, Position> shown) {
        Map<String, Position> from = new HashMap<>();
        Map<String, Position> to = new HashMap<>();
        for (Step s : doc.shownSteps().steps()) {
            Position at = shown.get(s.name);
            if (at != null && !doc.pipeline().layout.containsKey(s.name)) {
                from.put(s.name, null);
                to.put(s.name, at);
            }
        }
        if (!to.isEmpty()) {
            batch.add(new MoveStepsJob(doc, from, to, "Keep the places of derived steps"));
        }
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
        return paste(doc.pipeline().layout);
    }

    /**
     * As {@link #paste()}, the copied steps keeping their arrangement; when 40 units down and right
     * would overlap a step drawn now, the whole group goes to the nearest free offset instead.
     *
     * @param shown where the steps are drawn now
     */
    public List<String> paste(Map<String, Position> shown) {
        return paste(shown, null);
    }

    /**
     * Pastes with the copied steps' top left corner at {@code anchor} (the context menu's "Paste
     * Here"), or at the nearest offset where no pasted step overlaps one drawn now.
     *
     * @param anchor a world point, or null for 40 units down and right of the copied steps
     */
    public List<String> paste(Map<String, Position> shown, Position anchor) {
        if (clip == null) {
            return List.of();
        }
        Pipeline p = doc.pipeline();
        Set<String> taken = new HashSet<>();
        p.templates.forEach(t -> taken.add(t.name));
        if (doc.shownGraph() != null) {
            doc.shownGraph().steps.forEach(s -> taken.add(s.name));
        }
        List<Position> group = new ArrayList<>();
        clip.steps().forEach(s -> group.add(clip.positions().get(s.name)));
        Position wanted = new Position(40, 40);
        if (anchor != null) {
            double left = group.stream().filter(java.util.Objects::nonNull).mapToDouble(Position::x).min().orElse(0);
            double top = group.stream().filter(java.util.Objects::nonNull).mapToDouble(Position::y).min().orElse(0);
            wanted = snap(new Position(anchor.x() - left, anchor.y() - top));
        }
        Position offset = new FreeSpot(shown.values()).offsetFor(group, wanted);
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
        pinDerivedSteps(batch, shown);
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
            Position moved = at == null ? null : new Position(at.x() + offset.x(), at.y() + offset.y());
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
