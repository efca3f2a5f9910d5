package dev.orrery.designer.job;

import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Step;
import dev.orrery.core.model.Template;

/** Whether a template is still run by something: a step of any graph, the entrypoint or the exit handler. */
final class TemplateUse {
    private TemplateUse() {
    }

    static boolean isUsed(Pipeline p, String template) {
        if (template.equals(p.entrypoint) || template.equals(p.onExit)) {
            return true;
        }
        for (Template t : p.templates) {
            if (t.graph != null) {
                for (Step s : t.graph.steps) {
                    if (template.equals(s.template)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
