package dev.orrery.designer.doc;

import dev.orrery.core.model.Graph;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Step;
import dev.orrery.core.model.Template;

/**
 * Names of steps inside sub-pipelines as the canvas shows them: the path of step names from the
 * shown graph down, joined by {@code /} ({@code train-all/prepare} is step {@code prepare} of the
 * graph template that step {@code train-all} runs). Argo step names cannot contain {@code /}, so a
 * path never clashes with a plain name. Every step that runs the same template shows the same
 * inner graph: an edit through one path changes the template for all of them.
 */
public final class StepPaths {
    public static final String SEPARATOR = "/";

    private StepPaths() {
    }

    public static boolean isInner(String name) {
        return name != null && name.contains(SEPARATOR);
    }

    public static String child(String parent, String name) {
        return parent + SEPARATOR + name;
    }

    /** The last step name of a path (the name itself for a plain name). */
    public static String leaf(String name) {
        int i = name.lastIndexOf(SEPARATOR);
        return i < 0 ? name : name.substring(i + 1);
    }

    /** The path of the group a step is in, or null for a step of the shown graph. */
    public static String parent(String name) {
        int i = name.lastIndexOf(SEPARATOR);
        return i < 0 ? null : name.substring(0, i);
    }

    /** The graph template a step runs, or null when it runs something else or a missing template. */
    public static Template graphTemplate(Pipeline p, Step s) {
        if (s == null || s.template == null || s.templateRef != null) {
            return null;
        }
        Template t = p.template(s.template).orElse(null);
        return t != null && t.graph != null ? t : null;
    }

    /** The graph a path's last step lives in, walking down from the shown graph; null if it leads nowhere. */
    static Graph graphOf(Pipeline p, Graph shown, String path) {
        Graph g = shown;
        String[] names = path.split(SEPARATOR, -1);
        for (int i = 0; i < names.length - 1 && g != null; i++) {
            Template t = graphTemplate(p, g.step(names[i]).orElse(null));
            g = t == null ? null : t.graph;
        }
        return g;
    }
}
