package dev.orrery.designer.doc;

import dev.orrery.core.model.Graph;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Step;
import dev.orrery.core.model.Template;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The steps the canvas shows that are not steps of any graph: the entrypoint when it is a single
 * container, script or other non-graph template (Argo's {@code hello-world}), and the exit
 * handler ({@code spec.onExit}). They are derived from the templates every time, never stored, so
 * a pipeline exports exactly as it was read. Editing them edits their template; they have no
 * dependencies, conditions or arguments of their own.
 *
 * <p>The entry step is named like its template (sanitized), the name the step gets when adding
 * another step turns the entrypoint into a DAG ({@code job.EnsureGraphJob}), so its place on the
 * canvas carries over. The exit step is named like its template, made unique among the shown steps.
 */
public final class ShownSteps {
    /** What a derived step stands for. */
    public enum Role {
        /** The entrypoint template itself (it is not a graph). */
        ENTRY,
        /** The exit handler: runs when the pipeline ends, whatever the outcome. */
        EXIT
    }

    private final Graph main;
    private final Step entry;
    private final Step exit;

    private ShownSteps(Graph main, Step entry, Step exit) {
        this.main = main;
        this.entry = entry;
        this.exit = exit;
    }

    public static ShownSteps of(Pipeline p) {
        Graph main = p.mainGraph().orElse(null);
        Step entry = null;
        Optional<Template> entryTemplate = p.entryTemplate();
        if (main == null && entryTemplate.isPresent()) {
            entry = new Step(entryName(p), p.entrypoint);
        }
        Step exit = null;
        if (p.onExit != null && p.template(p.onExit).isPresent()) {
            Set<String> taken = new HashSet<>();
            if (main != null) {
                main.steps.forEach(s -> taken.add(s.name));
            }
            if (entry != null) {
                taken.add(entry.name);
            }
            exit = new Step(Names.unique(p.onExit, taken), p.onExit);
        }
        return new ShownSteps(main, entry, exit);
    }

    /** The name the entrypoint's step has on the canvas (and keeps once a DAG is made around it). */
    public static String entryName(Pipeline p) {
        return Names.sanitize(p.entrypoint);
    }

    /** Whether there is any derived step. */
    public boolean isEmpty() {
        return entry == null && exit == null;
    }

    /** The derived steps, entry first. */
    public List<Step> steps() {
        List<Step> out = new ArrayList<>(2);
        if (entry != null) {
            out.add(entry);
        }
        if (exit != null) {
            out.add(exit);
        }
        return out;
    }

    public Optional<Step> step(String name) {
        return steps().stream().filter(s -> s.name.equals(name)).findFirst();
    }

    /** The role of a derived step, or null when the name is not one. */
    public Role role(String name) {
        if (entry != null && entry.name.equals(name)) {
            return Role.ENTRY;
        }
        return exit != null && exit.name.equals(name) ? Role.EXIT : null;
    }

    /** The exit step's name, or null. */
    public String exitName() {
        return exit == null ? null : exit.name;
    }

    /**
     * The graph the canvas shows: the entrypoint's steps followed by the derived ones; the main graph
     * itself when nothing is derived, null when there is nothing at all. A new list, never edited.
     */
    public Graph graph() {
        if (isEmpty()) {
            return main;
        }
        Graph g = new Graph();
        if (main != null) {
            g.style = main.style;
            g.steps.addAll(main.steps);
        }
        g.steps.addAll(steps());
        return g;
    }
}
