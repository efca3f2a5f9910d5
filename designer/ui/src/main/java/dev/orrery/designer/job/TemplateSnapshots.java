package dev.orrery.designer.job;

import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Template;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Copies of some templates before and after an edit that may change any of them (a rename that
 * follows references), so that undo and redo put the copies back in place: one undo step, exact
 * whatever the edit touched, without copying the templates it cannot touch.
 */
final class TemplateSnapshots {
    private final List<Template> before;
    private List<Template> after = List.of();

    /** Copies the named templates as they are now (the edit must not rename templates). */
    TemplateSnapshots(Pipeline p, Collection<String> names) {
        before = copies(p, names);
    }

    /** Call after the edit: copies the same templates again. */
    void edited(Pipeline p) {
        after = copies(p, before.stream().map(t -> t.name).toList());
    }

    void restoreBefore(Pipeline p) {
        restore(p, before);
    }

    void restoreAfter(Pipeline p) {
        restore(p, after);
    }

    private static List<Template> copies(Pipeline p, Collection<String> names) {
        List<Template> out = new ArrayList<>();
        for (Template t : p.templates) {
            if (names.contains(t.name)) {
                out.add(t.copy());
            }
        }
        return out;
    }

    private static void restore(Pipeline p, List<Template> copies) {
        for (Template c : copies) {
            for (int i = 0; i < p.templates.size(); i++) {
                if (c.name.equals(p.templates.get(i).name)) {
                    p.templates.set(i, c.copy());
                }
            }
        }
    }
}
