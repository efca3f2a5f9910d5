package dev.orrery.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** Checks {@code orrery diff --format json} output against the documented schema, docs/diff.schema.json. */
final class DiffSchema {
    static final Path FILE = Path.of("..", "docs", "diff.schema.json");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonSchema schema;

    private DiffSchema() {
    }

    /** The messages of the schema's validator: empty when the output is valid. */
    static synchronized List<String> problems(String output) {
        try {
            if (schema == null) {
                schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(JSON.readTree(FILE.toFile()));
            }
            return schema.validate(JSON.readTree(output)).stream().map(ValidationMessage::getMessage).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode parse(String output) {
        try {
            return JSON.readTree(output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
