package dev.orrery.designer.job;

import dev.orrery.core.model.Artifact;
import dev.orrery.core.model.Parameter;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Position;
import dev.orrery.core.model.Step;
import dev.orrery.designer.doc.DesignDocument;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renames a step of the shown graph and everything that names it: other steps' dependencies and
 * dependency expressions, {@code {{tasks.NAME.…}}} references in arguments, layout and selection.
 */
public final class RenameStepJob extends Job {
    private final DesignDocument doc;
    private final String oldName;
    private final String newName;

    public RenameStepJob(DesignDocument doc, String oldName, String newName) {
        this.doc = doc;
        this.oldName = oldName;
        this.newName = newName;
    }

    @Override
    public boolean isExecutable() {
        return !oldName.equals(newName) && doc.step(oldName).isPresent() && doc.step(newName).isEmpty()
                && !doc.isDerived(oldName);
    }

    @Override
    public void execute() {
        rename(oldName, newName);
    }

    @Override
    public void undo() {
        rename(newName, oldName);
    }

    private void rename(String from, String to) {
        Pipeline p = doc.pipeline();
        Pattern word = Pattern.compile("(?<![\\w-])" + Pattern.quote(from) + "(?![\\w-])");
        String toLiteral = Matcher.quoteReplacement(to);
        for (Step s : doc.graph().steps) {
            if (from.equals(s.name)) {
                s.name = to;
            }
            s.dependsOn.replaceAll(d -> d.equals(from) ? to : d);
            if (s.dependsExpression != null) {
                s.dependsExpression = word.matcher(s.dependsExpression).replaceAll(toLiteral);
            }
            if (s.when != null) {
                s.when = replaceRefs(s.when, from, to);
            }
            for (Parameter a : s.parameterArguments) {
                if (a.value != null && a.value.isTextual()) {
                    a.value = dev.orrery.core.model.Json.text(replaceRefs(a.value.asText(), from, to));
                }
            }
            for (Artifact a : s.artifactArguments) {
                if (a.from != null) {
                    a.from = replaceRefs(a.from, from, to);
                }
            }
        }
        Position pos = p.layout.remove(from);
        if (pos != null) {
            p.layout.put(to, pos);
        }
        if (doc.selection().steps().remove(from)) {
            doc.selection().steps().add(to);
        }
    }

    private static String replaceRefs(String text, String from, String to) {
        return text.replace("tasks." + from + ".", "tasks." + to + ".")
                .replace("steps." + from + ".", "steps." + to + ".");
    }

    @Override
    public String description() {
        return "Rename " + oldName + " to " + newName;
    }
}
