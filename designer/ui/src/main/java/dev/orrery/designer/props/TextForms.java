package dev.orrery.designer.props;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.core.model.EnvVar;
import dev.orrery.core.model.Json;
import dev.orrery.core.model.KeyRef;
import dev.orrery.core.model.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The text forms of list-like fields in the property sheet, both ways: command words, env lines,
 * key=value lines, tolerations. Parsers return a problem message instead of throwing.
 */
public final class TextForms {
    static final Set<String> TAINT_EFFECTS = Set.of("NoSchedule", "PreferNoSchedule", "NoExecute");

    /** A parse result: a value, or a message saying what is wrong. */
    public record Parsed<T>(T value, String problem) {
        static <T> Parsed<T> ok(T value) {
            return new Parsed<>(value, null);
        }

        static <T> Parsed<T> bad(String problem) {
            return new Parsed<>(null, problem);
        }
    }

    private TextForms() {
    }

    /** Reads one non-blank line into the value being built; returns what is wrong with it, or null. */
    private interface LineReader {
        String read(String line);
    }

    /**
     * Gives each non-blank line of {@code text} to {@code reader}, which adds it to the value being
     * built; stops at the first bad line and names it by its number (blank lines counted, as the user
     * sees them). Without a bad line, the result is {@code built}'s value.
     */
    private static <T> Parsed<T> eachLine(String text, LineReader reader, Supplier<T> built) {
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                String problem = reader.read(lines[i]);
                if (problem != null) {
                    return Parsed.bad("line " + (i + 1) + ": " + problem);
                }
            }
        }
        return Parsed.ok(built.get());
    }

    /** Shell-like words: spaces separate, single or double quotes group. */
    public static Parsed<List<String>> words(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        char quote = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    cur.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    out.add(cur.toString());
                    cur.setLength(0);
                    inWord = false;
                }
            } else {
                cur.append(c);
                inWord = true;
            }
        }
        if (quote != 0) {
            return Parsed.bad("a quote (" + quote + ") is not closed");
        }
        if (inWord) {
            out.add(cur.toString());
        }
        return Parsed.ok(out);
    }

    public static String words(List<String> words) {
        if (words == null) {
            return "";
        }
        List<String> shown = new ArrayList<>();
        for (String w : words) {
            if (w.isEmpty() || w.chars().anyMatch(c -> Character.isWhitespace(c) || c == '"' || c == '\'')) {
                shown.add(w.contains("\"") ? "'" + w + "'" : "\"" + w + "\"");
            } else {
                shown.add(w);
            }
        }
        return String.join(" ", shown);
    }

    /** Env lines: {@code NAME=value}, {@code NAME=secret:SECRET/KEY}, {@code NAME=configmap:MAP/KEY}. */
    public static Parsed<List<EnvVar>> env(String text, List<EnvVar> previous) {
        List<EnvVar> out = new ArrayList<>();
        return eachLine(text, line -> readEnvLine(line, previous, out), () -> out);
    }

    /** One env line into {@code out}; what is wrong with it, or null. */
    private static String readEnvLine(String line, List<EnvVar> previous, List<EnvVar> out) {
        int eq = line.indexOf('=');
        if (eq <= 0) {
            return "write NAME=value, NAME=secret:secret-name/key or NAME=configmap:map/key";
        }
        String name = line.substring(0, eq).trim();
        String value = line.substring(eq + 1);
        if (!name.matches("[A-Za-z_][A-Za-z0-9_.-]*")) {
            return "'" + name + "' is not a valid variable name";
        }
        EnvVar e;
        if (value.startsWith("secret:") || value.startsWith("configmap:")) {
            String ref = value.substring(value.indexOf(':') + 1).trim();
            int slash = ref.indexOf('/');
            if (slash <= 0 || slash == ref.length() - 1) {
                return "a reference is secret:NAME/KEY or configmap:NAME/KEY";
            }
            e = new EnvVar();
            e.name = name;
            KeyRef k = new KeyRef(ref.substring(0, slash), ref.substring(slash + 1));
            if (value.startsWith("secret:")) {
                e.secretRef = k;
            } else {
                e.configMapRef = k;
            }
        } else {
            e = EnvVar.literal(name, value);
        }
        // keep passthrough fields of a variable that is still there under the same name
        for (EnvVar old : previous) {
            if (name.equals(old.name)) {
                e.extra = old.extra.deepCopy();
            }
        }
        out.add(e);
        return null;
    }

    public static String env(List<EnvVar> env) {
        StringBuilder sb = new StringBuilder();
        for (EnvVar e : env) {
            sb.append(e.name).append('=');
            if (e.secretRef != null) {
                sb.append("secret:").append(e.secretRef.name()).append('/').append(e.secretRef.key());
            } else if (e.configMapRef != null) {
                sb.append("configmap:").append(e.configMapRef.name()).append('/').append(e.configMapRef.key());
            } else if (e.value != null) {
                sb.append(e.value.asText());
            }
            sb.append('\n');
        }
        return sb.toString().stripTrailing();
    }

    /**
     * Pipeline parameter lines: {@code name=value}, or {@code name} alone for one without a value;
     * a parameter that is still there under the same name keeps its other fields (default, enum, …).
     */
    public static Parsed<List<Parameter>> parameters(String text, List<Parameter> previous) {
        List<Parameter> out = new ArrayList<>();
        return eachLine(text, line -> {
            int eq = line.indexOf('=');
            String name = (eq < 0 ? line : line.substring(0, eq)).trim();
            if (!name.matches("[A-Za-z0-9_-]+")) {
                return "write name=value";
            }
            Parameter p = previous.stream().filter(x -> name.equals(x.name)).findFirst().map(Parameter::copy)
                    .orElseGet(() -> new Parameter(name, null));
            p.value = eq < 0 ? null : Json.text(line.substring(eq + 1).trim());
            out.add(p);
            return null;
        }, () -> out);
    }

    public static String parameters(List<Parameter> parameters) {
        StringBuilder sb = new StringBuilder();
        for (Parameter x : parameters) {
            sb.append(x.name);
            if (x.value != null) {
                sb.append('=').append(x.value.asText());
            }
            sb.append('\n');
        }
        return sb.toString().stripTrailing();
    }

    /** {@code key=value} lines into an object (null for none). */
    public static Parsed<ObjectNode> keyValues(String text) {
        ObjectNode o = Json.object();
        return eachLine(text, line -> {
            int eq = line.indexOf('=');
            if (eq <= 0) {
                return "write key=value";
            }
            o.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
            return null;
        }, () -> o.isEmpty() ? null : o);
    }

    public static String keyValues(JsonNode o) {
        if (o == null || !o.isObject()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, JsonNode> e : o.properties()) {
            sb.append(e.getKey()).append('=').append(e.getValue().asText()).append('\n');
        }
        return sb.toString().stripTrailing();
    }

    /** Toleration lines: {@code key[=value][:Effect]}; no value means operator Exists. */
    public static Parsed<ArrayNode> tolerations(String text) {
        ArrayNode a = Json.array();
        return eachLine(text, line -> {
            String body = line.trim();
            String effect = null;
            int colon = body.lastIndexOf(':');
            if (colon >= 0) {
                effect = body.substring(colon + 1).trim();
                body = body.substring(0, colon).trim();
                if (!effect.isEmpty() && !TAINT_EFFECTS.contains(effect)) {
                    return "the effect must be NoSchedule, PreferNoSchedule or NoExecute";
                }
            }
            ObjectNode t = a.addObject();
            int eq = body.indexOf('=');
            if (eq >= 0) {
                t.put("key", body.substring(0, eq).trim()).put("operator", "Equal").put("value", body.substring(eq + 1).trim());
            } else {
                if (!body.isEmpty()) {
                    t.put("key", body);
                }
                t.put("operator", "Exists");
            }
            if (effect != null && !effect.isEmpty()) {
                t.put("effect", effect);
            }
            return null;
        }, () -> a.isEmpty() ? null : a);
    }

    public static String tolerations(ArrayNode a) {
        if (a == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (JsonNode t : a) {
            sb.append(t.path("key").asText(""));
            if ("Equal".equals(t.path("operator").asText("Equal")) && t.has("value")) {
                sb.append('=').append(t.path("value").asText());
            }
            if (t.has("effect")) {
                sb.append(':').append(t.path("effect").asText());
            }
            sb.append('\n');
        }
        return sb.toString().stripTrailing();
    }

    /** A JSON scalar from field text: whole numbers stay numbers, everything else text; blank is null. */
    public static JsonNode scalar(String text) {
        String t = text.trim();
        if (t.isEmpty()) {
            return null;
        }
        if (t.matches("-?\\d{1,9}")) {
            return Json.F.numberNode(Integer.parseInt(t));
        }
        return Json.text(t);
    }

    public static String text(JsonNode n) {
        return n == null || n.isNull() ? "" : n.asText();
    }
}
