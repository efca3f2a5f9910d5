package dev.orrery.runtime.local;

import java.util.function.Function;

/**
 * Replaces Argo's {@code {{name}}} placeholders. Names the lookup knows are replaced; names in the
 * families the local runner resolves (inputs., workflow., tasks., steps., item) that it cannot
 * resolve are an error, as in Argo; anything else (other tools' braces) stays as written.
 */
final class Substitution {
    private Substitution() {
    }

    /** Thrown for a placeholder that should resolve but does not. */
    static final class UnresolvedException extends RuntimeException {
        UnresolvedException(String message) {
            super(message);
        }
    }

    static String apply(String text, Function<String, String> lookup) {
        if (text == null || !text.contains("{{")) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        while (true) {
            int open = text.indexOf("{{", at);
            if (open < 0) {
                out.append(text, at, text.length());
                return out.toString();
            }
            int close = text.indexOf("}}", open + 2);
            if (close < 0) {
                out.append(text, at, text.length());
                return out.toString();
            }
            out.append(text, at, open);
            String name = text.substring(open + 2, close).trim();
            String value = lookup.apply(name);
            if (value != null) {
                out.append(value);
            } else if (name.startsWith("=")) {
                throw new UnresolvedException("expression placeholders ({{=…}}) are not supported by the local"
                        + " runner: " + text.substring(open, close + 2));
            } else if (isOurs(name)) {
                throw new UnresolvedException("unresolved variable {{" + name + "}}");
            } else {
                out.append(text, open, close + 2);
            }
            at = close + 2;
        }
    }

    private static boolean isOurs(String name) {
        return name.startsWith("inputs.") || name.startsWith("workflow.") || name.startsWith("tasks.")
                || name.startsWith("steps.") || name.equals("item") || name.startsWith("item.");
    }
}
