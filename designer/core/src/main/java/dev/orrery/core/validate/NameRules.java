package dev.orrery.core.validate;

import dev.orrery.core.model.ArgoKind;
import dev.orrery.core.model.Artifact;
import dev.orrery.core.model.Graph;
import dev.orrery.core.model.Parameter;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.SourceRef;
import dev.orrery.core.model.Step;
import dev.orrery.core.model.Template;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Names: the document's name, template and step names, parameter and artifact names. Each must be
 * present, unique where Argo needs it to be, and follow Argo's character rules (see {@link ArgoNames}).
 */
final class NameRules {
    private final Findings out;

    NameRules(Findings out) {
        this.out = out;
    }

    void check(Pipeline p) {
        documentName(p);
        SourceRef spec = Findings.specOf(p);
        parameters(p.parameters, null, "parameter", Findings.at(spec, "arguments", "parameters"));
        Set<String> seen = new HashSet<>();
        for (Template t : p.templates) {
            templateName(t, seen);
            parameters(t.inputParameters, t.name, "input parameter", Findings.at(t.source, "inputs", "parameters"));
            artifacts(t.inputArtifacts, t.name, "input artifact", Findings.at(t.source, "inputs", "artifacts"));
            parameters(t.outputParameters, t.name, "output parameter", Findings.at(t.source, "outputs", "parameters"));
            artifacts(t.outputArtifacts, t.name, "output artifact", Findings.at(t.source, "outputs", "artifacts"));
            if (t.graph != null) {
                steps(t, t.graph);
            }
        }
    }

    private void documentName(Pipeline p) {
        SourceRef meta = Findings.at(p.source, "metadata");
        String kind = p.argoKind.kind();
        if (blank(p.name) && blank(p.generateName)) {
            // Argo's validator does not check this (its own examples include such documents), but
            // Kubernetes refuses to create an object without either: a note, not an error.
            out.info(null, "metadata.name", meta, "the " + kind + " has no name: set metadata.name (or"
                    + " metadata.generateName, for a Workflow submitted many times) before submitting it");
            return;
        }
        if (p.name != null) {
            if (!ArgoNames.isDnsSubdomain(p.name)) {
                out.error(null, "metadata.name", Findings.at(meta, "name"), "name '" + p.name + "' is not a valid"
                        + " Kubernetes name: use lowercase letters, digits, '-' and '.', starting and ending with a"
                        + " letter or digit (e.g. '" + ArgoNames.dnsSuggestion(p.name) + "')");
            } else {
                int max = p.argoKind == ArgoKind.CRON_WORKFLOW ? ArgoNames.CRON_NAME_MAX : ArgoNames.OBJECT_NAME_MAX;
                if (p.name.length() > max) {
                    out.error(null, "metadata.name", Findings.at(meta, "name"), "name '" + p.name + "' has "
                            + p.name.length() + " characters; Argo accepts at most " + max + " for a " + kind
                            + ": shorten it");
                }
            }
        }
        if (p.generateName != null) {
            String g = p.generateName;
            String masked = g.endsWith("-") ? g.substring(0, g.length() - 1) + "a" : g;
            if (!ArgoNames.isDnsSubdomain(masked)) {
                out.error(null, "metadata.generateName", Findings.at(meta, "generateName"), "generateName '" + g
                        + "' is not a valid Kubernetes name prefix: use lowercase letters, digits, '-' and '.',"
                        + " starting with a letter or digit (a trailing '-' is fine), e.g. '"
                        + ArgoNames.dnsSuggestion(g) + "-'");
            }
        }
    }

    private void templateName(Template t, Set<String> seen) {
        if (blank(t.name)) {
            out.error(null, "name", t.source, "a template has no name: give it a unique name");
            return;
        }
        String problem = ArgoNames.fieldNameProblem(t.name);
        if (problem != null) {
            out.error(t.name, "name", Findings.at(t.source, "name"), "template name '" + t.name + "' " + problem
                    + ": rename the template");
        }
        if (!seen.add(t.name)) {
            out.error(t.name, "name", Findings.at(t.source, "name"), "there is more than one template named '"
                    + t.name + "': rename one of them so that steps know which to run");
        }
    }

    private void steps(Template t, Graph g) {
        boolean usesDependencies = g.steps.stream().anyMatch(s -> !s.dependsOn.isEmpty() || s.dependsExpression != null);
        Set<String> seen = new HashSet<>();
        for (Step s : g.steps) {
            if (blank(s.name)) {
                out.error(t.name, "steps", s.source, "a step of '" + t.name + "' has no name: give it a name that is"
                        + " unique in this graph");
                continue;
            }
            SourceRef at = Findings.at(s.source, "name");
            String problem = ArgoNames.fieldNameProblem(s.name);
            if (problem != null) {
                out.error(s.name, "name", at, "step name '" + s.name + "' " + problem + ": rename the step");
            } else if (g.style == dev.orrery.core.model.GraphStyle.DAG && usesDependencies
                    && Character.isDigit(s.name.charAt(0))) {
                out.error(s.name, "name", at, "step name '" + s.name + "' starts with a digit, which Argo does not"
                        + " allow in a DAG with dependencies: rename it to start with a letter");
            }
            if (!seen.add(s.name)) {
                out.error(s.name, "name", at, "there is more than one step named '" + s.name + "' in '" + t.name
                        + "': rename one of them");
            }
            parameters(s.parameterArguments, s.name, "argument", Findings.at(s.source, "arguments", "parameters"));
            artifacts(s.artifactArguments, s.name, "artifact argument", Findings.at(s.source, "arguments", "artifacts"));
        }
    }

    private void parameters(List<Parameter> list, String owner, String what, SourceRef listAt) {
        names(list, x -> x.name, owner, what, listAt);
    }

    private void artifacts(List<Artifact> list, String owner, String what, SourceRef listAt) {
        names(list, x -> x.name, owner, what, listAt);
    }

    private <T> void names(List<T> list, Function<T, String> nameOf, String owner, String what, SourceRef listAt) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String name = nameOf.apply(list.get(i));
            SourceRef at = Findings.at(listAt, i);
            String field = what + "s";
            if (blank(name)) {
                out.error(owner, field, at, article(what) + " " + what + " has no name: give it one");
                continue;
            }
            if (!ArgoNames.isParameterName(name)) {
                out.error(owner, field, Findings.at(at, "name"), what + " name '" + name + "' may contain only letters,"
                        + " digits, '_' and '-': rename it");
            }
            if (!seen.add(name)) {
                out.error(owner, field, Findings.at(at, "name"), "there is more than one " + what + " named '" + name
                        + "': remove or rename the duplicate");
            }
        }
    }

    private static String article(String noun) {
        return "aeiou".indexOf(noun.charAt(0)) >= 0 ? "an" : "a";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
