package dev.orrery.core.validate;

import dev.orrery.core.model.Artifact;
import dev.orrery.core.model.Parameter;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.SourceRef;
import dev.orrery.core.model.Template;
import java.util.List;
import java.util.Optional;

/**
 * Which artifact and parameter paths a step may declare. An absolute path names a place in the
 * step's own file system and is always acceptable ({@code /..} is {@code /}); a relative path is
 * taken from the step's working folder and must not climb out of it with {@code ..}. A path must
 * not be empty or hold a NUL or line break. The local runner maps paths with {@link #contained}
 * and refuses what it returns empty for; {@code validate} reports the same paths as errors.
 */
public final class PathRules {
    private final Findings out;

    PathRules(Findings out) {
        this.out = out;
    }

    /** What is wrong with a declared path, in words that end a sentence ("climbs out of …"), or null. */
    public static String problem(String path) {
        if (path == null || path.isBlank()) {
            return "is empty";
        }
        if (path.indexOf('\0') >= 0 || path.indexOf('\n') >= 0 || path.indexOf('\r') >= 0) {
            return "holds a NUL or line-break character";
        }
        if (contained(path).isEmpty()) {
            return "climbs out of the step's working folder with '..'; use a path inside it, or an absolute path";
        }
        return null;
    }

    /**
     * The path relative to the folder it belongs to, after normalisation: an absolute path relative
     * to the root ({@code /tmp/../data/x} gives {@code data/x}), a relative one relative to the
     * working folder; empty when a relative path climbs out with {@code ..}. Only '/' separates
     * names, as in a container; the result never starts with '/' or '..'.
     */
    public static Optional<String> contained(String path) {
        if (path == null || path.isEmpty() || path.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        boolean absolute = path.startsWith("/");
        java.util.ArrayDeque<String> names = new java.util.ArrayDeque<>();
        for (String name : path.split("/")) {
            if (name.isEmpty() || name.equals(".")) {
                continue;
            }
            if (name.equals("..")) {
                if (!names.isEmpty()) {
                    names.removeLast();
                } else if (!absolute) {
                    return Optional.empty();
                } // "/.." is "/"
                continue;
            }
            names.addLast(name);
        }
        return Optional.of(String.join("/", names));
    }

    void check(Pipeline p) {
        for (Template t : p.templates) {
            artifacts(t, t.inputArtifacts, Findings.at(t.source, "inputs", "artifacts"), "input artifact");
            artifacts(t, t.outputArtifacts, Findings.at(t.source, "outputs", "artifacts"), "output artifact");
            List<Parameter> params = t.outputParameters;
            SourceRef listAt = Findings.at(t.source, "outputs", "parameters");
            for (int i = 0; i < params.size(); i++) {
                Parameter param = params.get(i);
                if (param.path != null) {
                    path(t, "output parameter " + param.name, param.path,
                            Findings.at(Findings.at(Findings.at(listAt, i), "valueFrom"), "path"));
                }
            }
        }
    }

    private void artifacts(Template t, List<Artifact> list, SourceRef listAt, String what) {
        for (int i = 0; i < list.size(); i++) {
            Artifact a = list.get(i);
            if (a.path != null) {
                path(t, what + " " + a.name, a.path, Findings.at(Findings.at(listAt, i), "path"));
            }
        }
    }

    private void path(Template t, String what, String path, SourceRef at) {
        if (ArgoNames.isTemplated(path)) {
            return; // known only when the step runs; the local runner checks it then
        }
        String why = problem(path);
        if (why != null) {
            out.error(t.name, what, at, "the path '" + path + "' of " + what + " of '" + t.name + "' " + why);
        }
    }
}
