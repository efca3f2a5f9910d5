package dev.orrery.core.validate;

import java.util.regex.Pattern;

/**
 * The one rule for "this name says it holds a secret", shared by {@code validate} (inline secrets)
 * and the local runner (values masked in state files, the monitor and printed lines).
 */
public final class SecretNames {
    /** Names that say "secret"; matched against the whole name, case-insensitively. */
    private static final Pattern SECRET_NAME = Pattern.compile(
            "(?i).*(password|passwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|credentials).*");
    /** Names of things that point at a secret rather than hold it: {@code secret-name}, {@code tokenPath}, … */
    private static final Pattern POINTER_NAME = Pattern.compile(
            "(?i).*[-_.]?(name|ref|path|file|dir|url|uri|endpoint|mount|location)s?$");

    private SecretNames() {
    }

    /** True when the name says its value is a secret ({@code db-password}, {@code API_KEY}), not a pointer to one. */
    public static boolean isSecret(String name) {
        return name != null && SECRET_NAME.matcher(name).matches() && !POINTER_NAME.matcher(name).matches();
    }
}
