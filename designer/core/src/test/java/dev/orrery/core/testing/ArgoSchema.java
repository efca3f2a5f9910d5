package dev.orrery.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * Validates an Argo document against Argo's JSON schema ({@code ../shared/argo/schema.json}, draft 2020-12),
 * using the definition of the document's own {@code kind} rather than the root {@code oneOf}, whose
 * failures would list the mismatches against all five kinds.
 *
 * <p>The schema is loaded, patched and compiled once per JVM (per mode); the compiled schemas are fully
 * initialised before first use and safe to share between threads.
 *
 * <p><b>Unknown fields:</b> the schema never sets {@code additionalProperties} on an object definition (it
 * uses it only to type map values such as labels or resource limits), so {@link #validate} accepts unknown
 * or misspelt fields silently, as the upstream schema does. {@link #validateStrict} closes every object
 * definition ({@code additionalProperties: false}), so a field Argo does not know is reported; all upstream
 * examples pass in strict mode too. Prefer strict for documents Orrery writes.
 *
 * <p>Patches applied to the upstream schema, each making it agree with what Kubernetes accepts:
 * <ul>
 *   <li>{@code IntOrString} is declared {@code type: string}; Kubernetes decodes an integer or a string
 *       (11 upstream example documents use an integer: probe ports, {@code retryStrategy.limit},
 *       {@code activeDeadlineSeconds}, {@code podDisruptionBudget.minAvailable}).</li>
 *   <li>{@code Quantity} is declared {@code type: string}; Kubernetes also decodes a JSON number
 *       ({@code cpu: 1}, {@code cpu: 0.5}).</li>
 *   <li>{@code Time} and {@code MicroTime} are declared {@code type: string}; Kubernetes writes a zero time as
 *       {@code null} (e.g. {@code finishedAt: null} of a running node in the status samples).</li>
 * </ul>
 */
public final class ArgoSchema {

    /** Argo kind → its definition in the schema's {@code definitions} section. */
    static final SortedMap<String, String> DEFINITION_BY_KIND = Collections.unmodifiableSortedMap(new TreeMap<>(
            Map.of("Workflow", "io.argoproj.workflow.v1alpha1.Workflow",
                    "WorkflowTemplate", "io.argoproj.workflow.v1alpha1.WorkflowTemplate",
                    "ClusterWorkflowTemplate", "io.argoproj.workflow.v1alpha1.ClusterWorkflowTemplate",
                    "CronWorkflow", "io.argoproj.workflow.v1alpha1.CronWorkflow",
                    "WorkflowEventBinding", "io.argoproj.workflow.v1alpha1.WorkflowEventBinding")));

    static final String INT_OR_STRING = "io.k8s.apimachinery.pkg.util.intstr.IntOrString";
    static final String QUANTITY = "io.k8s.apimachinery.pkg.api.resource.Quantity";
    static final String TIME = "io.k8s.apimachinery.pkg.apis.meta.v1.Time";
    static final String MICRO_TIME = "io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime";

    private ArgoSchema() {
    }

    /**
     * Problems of {@code document} against the definition of its kind, each as "JSON path: message";
     * empty when it is valid. Unknown fields are accepted, as in the upstream schema.
     * Aborts (skips) the calling test when the schema file is not available.
     */
    public static List<String> validate(JsonNode document) {
        SharedData.schemaFile(); // skip cleanly here, before a holder class would fail to initialise
        return check(document, Lenient.BY_KIND);
    }

    /** Like {@link #validate}, but a field that the kind's schema does not declare is a problem too. */
    public static List<String> validateStrict(JsonNode document) {
        SharedData.schemaFile();
        return check(document, Strict.BY_KIND);
    }

    /**
     * Problems against the schema exactly as published, without the patches above: what an editor or a
     * CI linter using {@code schema.json} reports (quantities and int-or-strings must be strings).
     * Unknown fields are problems too. Use it for documents Orrery writes.
     */
    public static List<String> validatePublished(JsonNode document) {
        SharedData.schemaFile();
        return check(document, Published.BY_KIND);
    }

    /**
     * Throws an {@link AssertionError} listing every problem when {@code document} is not valid. Like
     * {@link #validate}, it aborts the test when the schema is missing: do not wrap it in a catch-all.
     */
    public static void assertValid(JsonNode document, String label) {
        failOnProblems(validate(document), label);
    }

    /** Throws an {@link AssertionError} listing every problem, unknown fields included. */
    public static void assertValidStrict(JsonNode document, String label) {
        failOnProblems(validateStrict(document), label);
    }

    private static List<String> check(JsonNode document, Map<String, JsonSchema> schemas) {
        Objects.requireNonNull(document, "document");
        if (!document.isObject()) {
            return List.of("$: an Argo document must be a mapping, found " + document.getNodeType());
        }
        JsonNode kind = document.path("kind");
        JsonSchema schema = schemas.get(kind.asText(""));
        if (schema == null) {
            return List.of("$.kind: " + (kind.isMissingNode() ? "missing" : kind + " is not an Argo kind")
                    + "; expected one of " + DEFINITION_BY_KIND.keySet());
        }
        List<String> problems = new ArrayList<>();
        for (ValidationMessage message : schema.validate(document)) {
            problems.add(message.getMessage()); // "$.spec.templates[0].name: integer found, string expected"
        }
        return List.copyOf(problems);
    }

    private static void failOnProblems(List<String> problems, String label) {
        if (!problems.isEmpty()) {
            throw new AssertionError(label + " does not match Argo's schema (" + problems.size() + " problem"
                    + (problems.size() == 1 ? "" : "s") + "):\n  " + String.join("\n  ", problems));
        }
    }

    /** Applies the documented patches to the schema's {@code definitions}, in place. */
    static void patch(ObjectNode definitions, boolean strict) {
        replaceType(definitions, INT_OR_STRING, "integer", "string");
        replaceType(definitions, QUANTITY, "string", "number");
        replaceType(definitions, TIME, "string", "null");
        replaceType(definitions, MICRO_TIME, "string", "null");
        if (strict) {
            close(definitions);
        }
    }

    /** Makes every object definition refuse fields it does not declare. */
    private static void close(ObjectNode definitions) {
        // Every object definition of this schema is a named top-level definition (none is inline and
        // none is combined with allOf), so closing each one is enough and never rejects a declared field.
        definitions.properties().forEach(entry -> {
            if (entry.getValue() instanceof ObjectNode definition && definition.has("properties")
                    && !definition.has("additionalProperties")) {
                definition.put("additionalProperties", false);
            }
        });
    }

    private static void replaceType(ObjectNode definitions, String name, String... types) {
        JsonNode definition = definitions.get(name);
        if (!(definition instanceof ObjectNode object) || !"string".equals(object.path("type").asText())) {
            // Fail loudly: a new schema version changed this definition, so the patch needs review.
            throw new IllegalStateException("schema patch for " + name + " no longer applies: " + definition);
        }
        ArrayNode typeList = object.putArray("type");
        for (String type : types) {
            typeList.add(type);
        }
    }

    /** Loaded on first use (class-holder idiom: once, thread-safe, no locking afterwards). */
    private static final class Lenient {
        static final Map<String, JsonSchema> BY_KIND = compile(SharedData.schemaFile(), false);
    }

    private static final class Strict {
        static final Map<String, JsonSchema> BY_KIND = compile(SharedData.schemaFile(), true);
    }

    private static final class Published {
        static final Map<String, JsonSchema> BY_KIND = compile(SharedData.schemaFile(), true, false);
    }

    private static Map<String, JsonSchema> compile(Path file, boolean strict) {
        return compile(file, strict, true);
    }

    private static Map<String, JsonSchema> compile(Path file, boolean strict, boolean kubernetesTypes) {
        ObjectNode root;
        try {
            root = (ObjectNode) new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Argo schema " + file, e);
        }
        ObjectNode definitions = (ObjectNode) root.required("definitions");
        if (kubernetesTypes) {
            patch(definitions, strict);
        } else if (strict) {
            close(definitions);
        }
        // The schema's $id is an https URL; serve the patched copy under it so nothing is fetched.
        String id = root.required("$id").asText();
        String patched = root.toString();
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                builder -> builder.schemaLoaders(loaders -> loaders.schemas(Map.of(id, patched))));
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_PATH)
                // 2020-12 treats "format" as a note; assert it so a bad date-time is reported.
                // (The validator does not range-check Kubernetes' int32/int64 formats.)
                .formatAssertionsEnabled(true)
                .build();
        Map<String, JsonSchema> byKind = new TreeMap<>();
        DEFINITION_BY_KIND.forEach((kind, definition) -> {
            JsonSchema schema = factory.getSchema(SchemaLocation.of(id + "#/definitions/" + definition), config);
            schema.initializeValidators(); // resolve every $ref now, not lazily during concurrent use
            byKind.put(kind, schema);
        });
        return Map.copyOf(byKind);
    }
}
