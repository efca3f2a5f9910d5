package dev.orrery.core.yaml;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;

/**
 * Deterministic, diff-friendly block-style YAML for Jackson trees; what Orrery saves and exports.
 *
 * <p>Hand-written instead of SnakeYAML's emitter (used by Jackson's {@code YAMLMapper}), which folds
 * or escapes multi-line strings and quotes inconsistently. Here:
 * <ul>
 *   <li>block mappings and sequences only, 2-space indent, keys in the mapping's own order,
 *       {@code {}} and {@code []} for empty containers;</li>
 *   <li>strings plain only when no YAML 1.1/1.2 reader could take them for anything else (numbers,
 *       booleans such as {@code yes}/{@code on}, nulls, dates, indicators, {@code {{...}}});
 *       otherwise double-quoted with JSON-style escapes;</li>
 *   <li>multi-line strings as literal blocks ({@code |}, {@code |-}, {@code |+}, with {@code |2} when
 *       the first line is indented), double-quoted only when a literal block cannot hold them exactly
 *       (carriage returns, other control characters, Unicode line separators, BOM);</li>
 *   <li>equal trees give identical text, always ending in a newline. Non-ASCII is written as is, so
 *       save the result as UTF-8.</li>
 * </ul>
 * Reading the output with {@link YamlReader} gives back an equal tree with the same node types (floats
 * come back as doubles, big decimals as doubles). Stateless and thread-safe.
 */
public final class YamlWriter {

    private static final YamlWriter DEFAULTS = new YamlWriter();

    private YamlWriter() {
    }

    public static YamlWriter defaults() {
        return DEFAULTS;
    }

    /** One document. */
    public String write(JsonNode root) {
        Objects.requireNonNull(root, "root");
        StringBuilder out = new StringBuilder(256);
        new BlockEmitter(out, null).document(root);
        return out.toString();
    }

    /** One document, streamed to {@code out} (not closed). */
    public void write(JsonNode root, Writer out) throws IOException {
        writeAll(List.of(Objects.requireNonNull(root, "root")), out);
    }

    /** Several documents separated by {@code ---} lines; empty text for an empty list. */
    public String writeAll(List<? extends JsonNode> documents) {
        StringBuilder out = new StringBuilder(256);
        emitAll(documents, new BlockEmitter(out, null));
        return out.toString();
    }

    /** Several documents separated by {@code ---} lines, streamed to {@code out} (not closed). */
    public void writeAll(List<? extends JsonNode> documents, Writer out) throws IOException {
        Objects.requireNonNull(out, "out");
        try {
            BlockEmitter emitter = new BlockEmitter(new StringBuilder(1 << 12), out);
            emitAll(documents, emitter);
            emitter.drain();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void emitAll(List<? extends JsonNode> documents, BlockEmitter emitter) {
        Objects.requireNonNull(documents, "documents");
        boolean first = true;
        for (JsonNode document : documents) {
            if (!first) {
                emitter.separator();
            }
            first = false;
            emitter.document(Objects.requireNonNull(document, "document"));
        }
    }
}
