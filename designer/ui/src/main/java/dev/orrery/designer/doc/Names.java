package dev.orrery.designer.doc;

import java.util.Collection;
import java.util.Locale;

/** Step and template names: DNS-1123-like, unique within their scope. */
public final class Names {
    private Names() {
    }

    /** {@code base}, else {@code base-2}, {@code base-3}, … whichever is not taken. */
    public static String unique(String base, Collection<String> taken) {
        String clean = sanitize(base);
        if (!taken.contains(clean)) {
            return clean;
        }
        String stem = clean.replaceFirst("-\\d+$", "");
        for (int i = 2; ; i++) {
            String candidate = stem + "-" + i;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }

    /** Lower case letters, digits and dashes; never empty. */
    public static String sanitize(String name) {
        String s = name == null ? "" : name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-")
                .replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "step" : s;
    }

    /** Null when the name is a valid step name, else what is wrong with it. */
    public static String problem(String name) {
        if (name == null || name.isBlank()) {
            return "a name is required";
        }
        if (!name.matches("[a-zA-Z0-9][a-zA-Z0-9-]*")) {
            return "use letters, digits and dashes, starting with a letter or digit";
        }
        if (name.length() > 128) {
            return "at most 128 characters";
        }
        return null;
    }
}
