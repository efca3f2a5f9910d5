package dev.orrery.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class ArgoSchemaTest {

    private static final String HELLO = """
            apiVersion: argoproj.io/v1alpha1
            kind: Workflow
            metadata: {generateName: hello-}
            spec:
              entrypoint: main
              templates:
              - name: main
                container: {image: "busybox:1.36", command: [echo, hello]}
            """;

    /** One parsed argoproj.io document of the examples, with a label for failure messages. */
    private record Example(String label, JsonNode document) {
    }

    private static List<Example> argoExamples() {
        List<Example> examples = new ArrayList<>();
        for (Path file : SharedData.exampleFiles()) {
            List<JsonNode> documents = YamlDocuments.read(file);
            assertThat(documents).as("documents in %s", file).isNotEmpty();
            for (int i = 0; i < documents.size(); i++) {
                if (YamlDocuments.isArgo(documents.get(i))) { // ConfigMap, PVC, ResourceQuota are not ours
                    String label = SharedData.examplesDir().relativize(file) + "#" + i;
                    examples.add(new Example(label, documents.get(i)));
                }
            }
        }
        return examples;
    }

    @Test
    void everyArgoExampleMatchesTheSchemaOfItsKind() {
        assertEveryExampleValid(ArgoSchema::validate, "validate");
    }

    @Test
    void everyArgoExampleAlsoPassesStrictMode() {
        assertEveryExampleValid(ArgoSchema::validateStrict, "validateStrict");
    }

    private static void assertEveryExampleValid(Function<JsonNode, List<String>> validator, String mode) {
        List<Example> examples = argoExamples();
        List<String> failures = new ArrayList<>();
        Set<String> kinds = new TreeSet<>();
        for (Example example : examples) {
            kinds.add(example.document().path("kind").asText());
            List<String> problems = validator.apply(example.document());
            if (!problems.isEmpty()) {
                failures.add(example.label() + ": " + problems);
            }
        }
        System.out.printf("ArgoSchema.%s: %d argoproj.io documents from %d example files, %d failed; kinds %s%n",
                mode, examples.size(), SharedData.exampleFiles().size(), failures.size(), kinds);

        assertThat(failures).as("examples failing ArgoSchema.%s", mode).isEmpty();
        assertThat(examples).isNotEmpty();
        assertThat(kinds).as("every kind's definition is exercised").isEqualTo(ArgoSchema.DEFINITION_BY_KIND.keySet());
    }

    @Test
    void statusSamplesMatchTheSchemaIncludingNullTimes() {
        List<Path> files = SharedData.statusFiles();
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            for (JsonNode document : YamlDocuments.read(file)) {
                ObjectNode workflow = document.deepCopy();
                // The controller's test data omits apiVersion/kind on some samples; all are Workflows.
                workflow.putIfAbsent("apiVersion", workflow.textNode("argoproj.io/v1alpha1"));
                workflow.putIfAbsent("kind", workflow.textNode("Workflow"));
                ArgoSchema.assertValidStrict(workflow, "status sample " + file.getFileName());
            }
        }
    }

    @Test
    void theMinimalFixtureIsValid() {
        assertThat(ArgoSchema.validate(hello())).isEmpty();
        assertThat(ArgoSchema.validateStrict(hello())).isEmpty();
    }

    @Test
    void templatesGivenAsAStringAreRejected() {
        ObjectNode workflow = hello();
        workflow.withObject("/spec").put("templates", "main");

        assertThat(ArgoSchema.validate(workflow))
                .containsExactly("$.spec.templates: string found, array expected");
    }

    @Test
    void aNonStringImageIsRejectedWithItsPath() {
        ObjectNode workflow = hello();
        workflow.withObject("/spec/templates/0/container").put("image", 5);

        assertThat(ArgoSchema.validate(workflow))
                .containsExactly("$.spec.templates[0].container.image: integer found, string expected");
    }

    @Test
    void eachDocumentIsCheckedAgainstItsOwnKind() {
        ObjectNode template = hello();
        template.put("kind", "WorkflowTemplate");
        template.withObject("/metadata").put("name", "hello");
        ObjectNode binding = hello();
        binding.put("kind", "WorkflowEventBinding");

        assertThat(ArgoSchema.validate(template)).isEmpty();
        // A binding's spec needs an event and has no templates: the Workflow shape does not fit it.
        assertThat(ArgoSchema.validateStrict(binding)).isNotEmpty();
    }

    @Test
    void anUnknownOrMissingKindOrANonMappingIsReportedNotThrown() {
        ObjectNode pipeline = hello();
        pipeline.put("kind", "Pipeline");
        ObjectNode kindless = hello();
        kindless.remove("kind");

        assertThat(ArgoSchema.validate(pipeline)).singleElement().asString()
                .startsWith("$.kind: \"Pipeline\" is not an Argo kind").contains("CronWorkflow");
        assertThat(ArgoSchema.validate(kindless)).singleElement().asString().startsWith("$.kind: missing");
        assertThat(ArgoSchema.validate(YamlDocuments.parse("[1, 2]"))).singleElement().asString()
                .contains("must be a mapping");
    }

    @Test
    void aForeignApiVersionIsRejected() {
        ObjectNode workflow = hello();
        workflow.put("apiVersion", "orrery.dev/v1alpha1");

        assertThat(ArgoSchema.validate(workflow)).singleElement().asString().startsWith("$.apiVersion:");
    }

    @Test
    void integersAreAcceptedAsIntOrStringAndNumbersAsQuantities() {
        ObjectNode workflow = (ObjectNode) YamlDocuments.parse("""
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {generateName: typed-}
                spec:
                  entrypoint: main
                  activeDeadlineSeconds: 600
                  templates:
                  - name: main
                    retryStrategy: {limit: 3}
                    container:
                      image: nginx:1.27
                      readinessProbe: {httpGet: {path: /, port: 80}}
                      resources: {requests: {cpu: 0.5, memory: 64Mi}, limits: {cpu: 1, nvidia.com/gpu: 1}}
                """);
        assertThat(ArgoSchema.validateStrict(workflow)).isEmpty();

        // The patches widen the type, they do not switch the check off.
        workflow.withObject("/spec/templates/0/container/resources/limits").put("cpu", true);
        workflow.withObject("/spec/templates/0/retryStrategy").put("limit", 2.5);
        assertThat(ArgoSchema.validate(workflow)).containsExactlyInAnyOrder(
                "$.spec.templates[0].container.resources.limits.cpu: boolean found, [string, number] expected",
                "$.spec.templates[0].retryStrategy.limit: number found, [integer, string] expected");
    }

    @Test
    void aMalformedTimestampIsRejectedBecauseFormatsAreAsserted() {
        ObjectNode workflow = hello();
        workflow.withObject("/metadata").put("creationTimestamp", "yesterday");

        assertThat(ArgoSchema.validate(workflow)).singleElement().asString()
                .startsWith("$.metadata.creationTimestamp:").contains("date-time");
    }

    @Test
    void unknownFieldsPassTheUpstreamSchemaButNotStrictMode() {
        ObjectNode workflow = hello();
        workflow.withObject("/spec/templates/0").set("contianer", workflow.objectNode().put("image", "typo"));
        workflow.withObject("/spec").put("dependsOn", "nothing");

        assertThat(ArgoSchema.validate(workflow)).as("the upstream schema is open").isEmpty();
        assertThat(ArgoSchema.validateStrict(workflow)).hasSize(2)
                .anySatisfy(p -> assertThat(p).startsWith("$.spec.templates[0]:").contains("'contianer'"))
                .anySatisfy(p -> assertThat(p).startsWith("$.spec:").contains("'dependsOn'"));
    }

    @Test
    void assertValidListsEveryProblemUnderTheLabel() {
        // Silent for a valid document. Called first and outside assertThatThrownBy so that missing shared
        // data skips this test instead of being caught as the "wrong exception".
        ArgoSchema.assertValid(hello(), "hello");
        ObjectNode workflow = hello();
        workflow.withObject("/spec").put("entrypoint", 1);
        workflow.withObject("/spec/templates/0/container").put("image", 5);

        assertThatThrownBy(() -> ArgoSchema.assertValid(workflow, "exported hello"))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("exported hello does not match Argo's schema (2 problems)")
                .hasMessageContaining("$.spec.entrypoint:")
                .hasMessageContaining("$.spec.templates[0].container.image:");
    }

    @Test
    void validationGivesTheSameAnswersFromManyThreads() throws Exception {
        List<Example> examples = argoExamples();
        ObjectNode invalid = hello();
        invalid.withObject("/spec/templates/0/container").put("image", 5);
        List<String> expectedInvalid = ArgoSchema.validate(invalid);

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (Example example : examples) {
                    results.add(pool.submit(() -> ArgoSchema.validateStrict(example.document())));
                }
                results.add(pool.submit(() -> ArgoSchema.validate(invalid)));
            }
            for (int i = 0; i < results.size(); i++) {
                boolean isInvalidProbe = (i + 1) % (examples.size() + 1) == 0;
                assertThat(results.get(i).get()).isEqualTo(isInvalidProbe ? expectedInvalid : List.of());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static ObjectNode hello() {
        return (ObjectNode) YamlDocuments.parse(HELLO);
    }
}
