package dev.orrery.core.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.core.model.EnvVar;
import dev.orrery.core.model.Parameter;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.SourceRef;
import dev.orrery.core.model.Step;
import dev.orrery.core.model.Template;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Secrets written inline: literal environment values and parameter values that are named like a
 * secret or look like a known kind of credential. They end up in the workflow object, its logs and
 * the UI; a Kubernetes Secret reference keeps them out. Placeholders ({@code {{...}}}) are not secrets.
 */
final class SecretRules {
    private static final Pattern AWS_ACCESS_KEY = Pattern.compile("\\bAKIA[0-9A-Z]{16}\\b");
    private static final Pattern GITHUB_TOKEN = Pattern.compile("\\b(ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36,}\\b"
            + "|\\bgithub_pat_[A-Za-z0-9_]{22,}\\b");
    private static final Pattern PEM_PRIVATE_KEY = Pattern.compile("-----BEGIN ([A-Z]+ )?PRIVATE KEY-----");

    private final Findings out;

    SecretRules(Findings out) {
        this.out = out;
    }

    void check(Pipeline p) {
        SourceRef spec = Findings.specOf(p);
        parameters(p.parameters, null, Findings.at(spec, "arguments", "parameters"), "workflow parameter");
        for (Template t : p.templates) {
            parameters(t.inputParameters, t.name, Findings.at(t.source, "inputs", "parameters"), "input parameter");
            if (t.container != null) {
                String body = t.container.isScript() ? "script" : "container";
                List<EnvVar> env = t.container.env;
                for (int i = 0; i < env.size(); i++) {
                    envVar(t, env.get(i), Findings.at(Findings.at(t.source, body, "env"), i));
                }
            }
            otherContainers(t);
            if (t.graph != null) {
                for (Step s : t.graph.steps) {
                    parameters(s.parameterArguments, s.name, Findings.at(s.source, "arguments", "parameters"),
                            "argument");
                }
            }
        }
    }

    private void envVar(Template t, EnvVar e, SourceRef at) {
        if (e.value == null || !e.value.isValueNode() || e.name == null) {
            return;
        }
        String why = secretReason(e.name, e.value.asText());
        if (why != null) {
            out.warning(t.name, "env " + e.name, Findings.at(at, "value"), "environment variable " + e.name + " of '"
                    + t.name + "' " + why + " written inline: store it in a Kubernetes Secret and reference it"
                    + " (valueFrom.secretKeyRef, or secret: {name, key} in Orrery's format)");
        }
    }

    /** Env of the containers the model keeps raw: sidecars, init containers, container sets. */
    private void otherContainers(Template t) {
        for (String list : new String[] {"sidecars", "initContainers"}) {
            rawContainers(t, t.extra.path(list), Findings.at(t.source, list));
        }
        rawContainers(t, t.extra.path("containerSet").path("containers"),
                Findings.at(t.source, "containerSet", "containers"));
    }

    private void rawContainers(Template t, JsonNode containers, SourceRef at) {
        if (!containers.isArray()) {
            return;
        }
        for (int i = 0; i < containers.size(); i++) {
            JsonNode env = containers.get(i).path("env");
            if (!env.isArray()) {
                continue;
            }
            for (int j = 0; j < env.size(); j++) {
                JsonNode e = env.get(j);
                if (e.path("name").isTextual() && e.path("value").isValueNode()) {
                    EnvVar v = EnvVar.literal(e.path("name").textValue(), e.path("value").asText());
                    envVar(t, v, Findings.at(Findings.at(Findings.at(at, i), "env"), j));
                }
            }
        }
    }

    private void parameters(List<Parameter> list, String owner, SourceRef listAt, String what) {
        for (int i = 0; i < list.size(); i++) {
            Parameter p = list.get(i);
            if (p.name == null) {
                continue;
            }
            SourceRef at = listAt == null ? null : listAt.child(i);
            for (String field : new String[] {"value", "default"}) {
                JsonNode v = "value".equals(field) ? p.value : p.defaultValue;
                if (v == null || !v.isValueNode()) {
                    continue;
                }
                String why = secretReason(p.name, v.asText());
                if (why != null) {
                    out.warning(owner, what + " " + p.name, Findings.at(at, field), what + " " + p.name
                            + (owner == null ? "" : " of '" + owner + "'") + " " + why + " written inline: pass a"
                            + " reference to a Kubernetes Secret instead and read it in the step with"
                            + " valueFrom.secretKeyRef (secret: {name, key} in Orrery's format)");
                    break;
                }
            }
        }
    }

    /** Why the value looks like an inline secret ("looks like an AWS access key", …), or null. */
    static String secretReason(String name, String value) {
        if (value == null || value.isBlank() || ArgoNames.isTemplated(value)) {
            return null;
        }
        if (AWS_ACCESS_KEY.matcher(value).find()) {
            return "holds what looks like an AWS access key";
        }
        if (GITHUB_TOKEN.matcher(value).find()) {
            return "holds what looks like a GitHub token";
        }
        if (PEM_PRIVATE_KEY.matcher(value).find()) {
            return "holds a private key";
        }
        if (namedLikeSecret(name) && !looksHarmless(value)) {
            return "is named like a secret and has a literal value";
        }
        return null;
    }

    static boolean namedLikeSecret(String name) {
        return SecretNames.isSecret(name);
    }

    /**
     * Values that a secret-like name can carry without being a secret: a file path (where a mounted
     * secret is), a URL without credentials, or a boolean.
     */
    private static boolean looksHarmless(String value) {
        String v = value.trim();
        String lower = v.toLowerCase(Locale.ROOT);
        if (lower.equals("true") || lower.equals("false") || lower.equals("none") || lower.equals("null")) {
            return true;
        }
        if (v.startsWith("/") || v.startsWith("./") || v.startsWith("~/")) {
            return true;
        }
        return lower.matches("[a-z][a-z0-9+.-]*://[^@\\s]*");
    }
}
