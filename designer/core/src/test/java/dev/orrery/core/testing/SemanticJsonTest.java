package dev.orrery.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class SemanticJsonTest {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private static JsonNode yaml(String text) {
        return YamlDocuments.parse(text);
    }

    private static ObjectNode with(String field, JsonNode value) {
        return F.objectNode().set(field, value);
    }

    @Test
    void aQuotedNumberIsNotANumber() {
        assertThat(SemanticJson.equal(yaml("port: \"5\""), yaml("port: 5"))).isFalse();
        assertThat(SemanticJson.firstDifference(yaml("port: \"5\""), yaml("port: 5")))
                .contains("$.port: expected \"5\" (string) but was 5 (integer)");
    }

    @Test
    void booleansAndTheirSpellingAsStringsDiffer() {
        assertThat(SemanticJson.equal(yaml("a: true"), yaml("a: \"true\""))).isFalse();
        assertThat(SemanticJson.equal(yaml("a: true"), yaml("a: true"))).isTrue();
    }

    @Test
    void integersOfEveryWidthWithTheSameValueAreEqual() {
        JsonNode asInt = with("n", F.numberNode(5));
        JsonNode asLong = with("n", F.numberNode(5L));
        JsonNode asShort = with("n", F.numberNode((short) 5));
        JsonNode asBig = with("n", F.numberNode(BigInteger.valueOf(5)));

        assertThat(SemanticJson.equal(asInt, asLong)).isTrue();
        assertThat(SemanticJson.equal(asLong, asBig)).isTrue();
        assertThat(SemanticJson.equal(asShort, asInt)).isTrue();
        assertThat(SemanticJson.equal(asInt, with("n", F.numberNode(6L)))).isFalse();
    }

    @Test
    void decimalsOfEveryPrecisionWithTheSameValueAreEqual() {
        JsonNode asDouble = with("x", F.numberNode(1.5d));
        JsonNode asDecimal = with("x", F.numberNode(new BigDecimal("1.50")));
        JsonNode asFloat = with("x", F.numberNode(1.5f));

        assertThat(SemanticJson.equal(asDouble, asDecimal)).isTrue();
        assertThat(SemanticJson.equal(asFloat, asDouble)).isTrue();
        assertThat(SemanticJson.equal(with("x", F.numberNode(0.1d)), with("x", F.numberNode(new BigDecimal("0.1")))))
                .isTrue();
        assertThat(SemanticJson.equal(with("x", F.numberNode(0.1f)), with("x", F.numberNode(0.1d)))).isTrue();
        assertThat(SemanticJson.equal(asDouble, with("x", F.numberNode(1.25d)))).isFalse();
    }

    @Test
    void anIntegerIsNotADecimalOfTheSameValue() {
        assertThat(SemanticJson.firstDifference(yaml("cpu: 5"), yaml("cpu: 5.0")))
                .contains("$.cpu: expected 5 (integer) but was 5.0 (decimal)");
    }

    @Test
    void nullsAndEmptyContainersAreDroppedRepeatedlyUntilNothingChanges() {
        JsonNode noisy = yaml("""
                keep: 1
                gone: null
                emptyMap: {}
                emptyList: []
                nested: {inner: {deepest: null, list: []}, alsoEmpty: {}}
                list: [{a: null}]
                """);

        assertThat(SemanticJson.normalize(noisy)).isEqualTo(yaml("{keep: 1, list: [{}]}"));
        assertThat(SemanticJson.equal(noisy, yaml("{list: [{}], keep: 1}"))).isTrue();
    }

    @Test
    void normalizeLeavesItsInputUntouchedAndKeepsTheRoot() {
        JsonNode input = yaml("{a: null, b: {}}");
        String before = input.toString();

        assertThat(SemanticJson.normalize(input)).isEqualTo(F.objectNode());
        assertThat(input.toString()).isEqualTo(before);
    }

    @Test
    void listOrderMattersAndListElementsAreNeverDropped() {
        assertThat(SemanticJson.equal(yaml("args: [a, b]"), yaml("args: [b, a]"))).isFalse();
        assertThat(SemanticJson.firstDifference(yaml("args: [a, b]"), yaml("args: [b, a]")))
                .contains("$.args[0]: expected \"a\" (string) but was \"b\" (string)");
        // [{}] and [null] still have one element; dropping it would shift every later position.
        assertThat(SemanticJson.equal(yaml("args: [{}]"), yaml("{}"))).isFalse();
        assertThat(SemanticJson.equal(yaml("args: [null, a]"), yaml("args: [a]"))).isFalse();
    }

    @Test
    void mapKeyOrderDoesNotMatter() {
        assertThat(SemanticJson.equal(yaml("{a: 1, b: {c: 2, d: 3}}"), yaml("{b: {d: 3, c: 2}, a: 1}"))).isTrue();
    }

    @Test
    void firstDifferenceNamesMissingExtraAndLengthDifferences() {
        assertThat(SemanticJson.firstDifference(yaml("{a: 1, b: 2}"), yaml("{a: 1}")))
                .contains("$.b: expected 2 (integer) but was <absent>");
        assertThat(SemanticJson.firstDifference(yaml("{a: 1}"), yaml("{a: 1, c: [x]}")))
                .contains("$.c: expected <absent> but was [\"x\"] (array)");
        assertThat(SemanticJson.firstDifference(yaml("steps: [a]"), yaml("steps: [a, b]")))
                .contains("$.steps[1]: expected <absent> but was \"b\" (string) (list sizes 1 and 2)");
        assertThat(SemanticJson.firstDifference(yaml("{a: {b: 1}}"), yaml("{a: [1]}")))
                .contains("$.a: expected {\"b\":1} (object) but was [1] (array)");
    }

    @Test
    void pathsQuoteKeysThatAreNotPlainNames() {
        JsonNode expected = yaml("metadata: {annotations: {workflows.argoproj.io/description: a}}");
        JsonNode actual = yaml("metadata: {annotations: {workflows.argoproj.io/description: b}}");

        assertThat(SemanticJson.firstDifference(expected, actual)).get().asString()
                .startsWith("$.metadata.annotations['workflows.argoproj.io/description']:");
    }

    @Test
    void theFirstDifferenceIsInDocumentOrder() {
        JsonNode expected = yaml("spec: {templates: [{name: a, image: x}, {name: b, image: y}]}");
        JsonNode actual = yaml("spec: {templates: [{name: a, image: x}, {name: b, image: z}], extra: 1}");

        assertThat(SemanticJson.firstDifference(expected, actual))
                .contains("$.spec.templates[1].image: expected \"y\" (string) but was \"z\" (string)");
    }

    @Test
    void longValuesAreShortenedInMessages() {
        String longText = "x".repeat(500);
        String message = SemanticJson.firstDifference(with("s", F.textNode(longText)), yaml("s: y")).orElseThrow();

        assertThat(message).hasSizeLessThan(300).contains("…");
    }

    @Test
    void assertSemanticallyEqualPassesQuietlyOrFailsWithPathAndFullTrees() {
        SemanticJson.assertSemanticallyEqual(yaml("{a: 1, b: null}"), yaml("{a: 1}"), "round trip");

        assertThatThrownBy(() -> SemanticJson.assertSemanticallyEqual(yaml("{a: 1}"), yaml("{a: 2}"), "round trip"))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage("round trip: not semantically equal at $.a: expected 1 (integer) but was 2 (integer)")
                .satisfies(e -> {
                    AssertionFailedError failure = (AssertionFailedError) e;
                    assertThat(failure.isExpectedDefined()).isTrue();
                    assertThat(failure.getActual().getStringRepresentation()).contains("\"a\" : 2");
                });
    }
}
