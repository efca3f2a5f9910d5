package dev.orrery.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/** Reads test YAML (possibly several {@code ---} separated documents per file) into Jackson trees. */
public final class YamlDocuments {

    private static final YAMLMapper YAML = new YAMLMapper();

    private YamlDocuments() {
    }

    /** All non-empty documents of the file, in file order; an empty document ({@code ---} at the end) is skipped. */
    public static List<JsonNode> read(Path file) {
        try (MappingIterator<JsonNode> docs = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
            List<JsonNode> result = new ArrayList<>();
            while (docs.hasNextValue()) {
                JsonNode doc = docs.nextValue();
                if (doc != null && !doc.isMissingNode() && !doc.isNull()) {
                    result.add(doc);
                }
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read YAML " + file, e);
        }
    }

    /** All non-empty documents of a YAML stream held in a string. */
    public static List<JsonNode> readAll(String yaml) {
        try (MappingIterator<JsonNode> docs = YAML.readerFor(JsonNode.class).readValues(yaml)) {
            List<JsonNode> result = new ArrayList<>();
            while (docs.hasNextValue()) {
                JsonNode doc = docs.nextValue();
                if (doc != null && !doc.isMissingNode() && !doc.isNull()) {
                    result.add(doc);
                }
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("invalid YAML", e);
        }
    }

    /** Parses one YAML document from a string (for inline test fixtures). */
    public static JsonNode parse(String yaml) {
        try {
            return YAML.readTree(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException("invalid YAML fixture", e);
        }
    }

    /** True for documents of Argo's API group, i.e. {@code apiVersion: argoproj.io/...}. */
    public static boolean isArgo(JsonNode document) {
        return document.path("apiVersion").asText("").startsWith("argoproj.io/");
    }
}
