package dev.orrery.core.yaml;

/**
 * Something the reader accepted but the user should know about, such as a key given twice in one
 * mapping (the later value wins, as in Kubernetes' own YAML tooling, and the earlier one is lost).
 */
public record YamlWarning(int line, int column, String message) {
}
