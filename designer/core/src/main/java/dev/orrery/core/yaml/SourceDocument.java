package dev.orrery.core.yaml;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Objects;

/**
 * One document of a YAML stream as read by {@link YamlReader}.
 *
 * @param index 0-based position of the document in the stream, counting skipped empty documents,
 *              so "document 3" in a message matches what the user sees between {@code ---} lines
 * @param root  the document's tree; scalar types are kept (a quoted {@code "5"} is a text node)
 * @param lines source lines of every value of {@code root}, by JSON Pointer
 * @param warnings what was accepted but deserves a note (duplicate keys)
 */
public record SourceDocument(int index, JsonNode root, LineIndex lines, List<YamlWarning> warnings) {
    public SourceDocument(int index, JsonNode root, LineIndex lines) {
        this(index, root, lines, List.of());
    }

    public SourceDocument {
        warnings = List.copyOf(warnings);
        if (index < 0) {
            throw new IllegalArgumentException("index must be >= 0: " + index);
        }
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(lines, "lines");
    }
}
