package dev.orrery.core.diag;

/** How bad a diagnostic is; errors block export, warnings only inform. */
public enum Severity {
    ERROR, WARNING, INFO;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
