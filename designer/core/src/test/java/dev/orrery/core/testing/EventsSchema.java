package dev.orrery.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;

/**
 * Validates an Argo Events document (EventBus, EventSource, Sensor) against Argo Events' schema
 * ({@code ../shared/argo-events/schema.json}, v1.9), using the definition of the document's own kind.
 * Aborts (skips) the calling test when the schema is not there. Unknown fields are accepted, as upstream;
 * {@link #validateStrict} closes every object definition so they are reported.
 */
public final class EventsSchema {
    private static final List<String> KINDS = List.of("EventBus", "EventSource", "Sensor");

    private EventsSchema() {
    }

    /** The {@code argo-events} folder beside {@code argo}; aborts the test when missing. */
    public static Path dir() {
        Path dir = SharedData.argoDir().resolveSibling("argo-events");
        Assumptions.assumeTrue(Files.isDirectory(dir.resolve("examples")) && Files.isRegularFile(dir.resolve("schema.json")),
                () -> "Argo Events reference data missing at " + dir + "; tests that need it are skipped");
        return dir;
    }

    /** Every YAML file of {@code examples/}, in a stable order. */
    public static List<Path> exampleFiles() {
        return SharedData.yamlFilesUnder(dir().resolve("examples"));
    }

    public static List<String> validate(JsonNode document) {
        dir();
        return check(document, Lenient.BY_KIND);
    }

    public static List<String> validateStrict(JsonNode document) {
        dir();
        return check(document, Strict.BY_KIND);
    }

    public static void assertValidStrict(JsonNode document, String label) {
        List<String> problems = validateStrict(document);
        if (!problems.isEmpty()) {
            throw new AssertionError(label + " does not match Argo Events' schema:\n  " + String.join("\n  ", problems));
        }
    }

    private static List<String> check(JsonNode document, Map<String, JsonSchema> schemas) {
        JsonSchema schema = schemas.get(document.path("kind").asText(""));
        if (schema == null) {
            return List.of("$.kind: not an Argo Events kind: " + document.path("kind"));
        }
        List<String> problems = new ArrayList<>();
        for (ValidationMessage m : schema.validate(document)) {
            problems.add(m.getMessage());
        }
        return List.copyOf(problems);
    }

    private static final class Lenient {
        static final Map<String, JsonSchema> BY_KIND = compile(false);
    }

    private static final class Strict {
        static final Map<String, JsonSchema> BY_KIND = compile(true);
    }

    private static Map<String, JsonSchema> compile(boolean strict) {
        ObjectNode root;
        try {
            root = (ObjectNode) new ObjectMapper().readTree(dir().resolve("schema.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ObjectNode definitions = (ObjectNode) root.required("definitions");
        if (strict) {
            definitions.properties().forEach(e -> {
                if (e.getValue() instanceof ObjectNode d && d.has("properties") && !d.has("additionalProperties")) {
                    d.put("additionalProperties", false);
                }
            });
        }
        // "$schema": "http://json-schema.org/schema#" names no draft and would be fetched: validate as 2020-12
        root.remove("$schema");
        String id = root.required("$id").asText();
        String text = root.toString();
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                builder -> builder.schemaLoaders(loaders -> loaders.schemas(Map.of(id, text))));
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().pathType(PathType.JSON_PATH).build();
        Map<String, JsonSchema> byKind = new TreeMap<>();
        for (String kind : KINDS) {
            JsonSchema schema = factory.getSchema(SchemaLocation.of(id + "#/definitions/io.argoproj.events.v1alpha1."
                    + kind), config);
            schema.initializeValidators();
            byKind.put(kind, schema);
        }
        return Map.copyOf(byKind);
    }
}
