package dev.orrery.core.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The exact text YamlWriter produces: layout, quoting and literal block headers. */
class YamlWriterFormatTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final YamlWriter WRITER = YamlWriter.defaults();

    @Test
    void writesBlockLayoutWithSequencesUnderTheirKeyAndMappingsOnTheDashLine() {
        ObjectNode root = NODES.objectNode();
        root.put("apiVersion", "orrery.dev/v1alpha1").put("kind", "Pipeline");
        root.putObject("metadata").put("name", "churn-model");
        ArrayNode steps = root.putObject("spec").putArray("steps");
        ObjectNode train = steps.addObject().put("name", "train").put("image", "pytorch/pytorch:2.4.0");
        train.putArray("command").add("python").add("--lr").add("{{workflow.parameters.learning-rate}}");
        train.putArray("dependsOn").add("prepare-data");
        train.putObject("resources").put("cpu", "4").put("memory", "16Gi");
        train.putObject("argo");
        train.putArray("volumes");
        train.putObject("script").put("source", "import torch\nprint(torch.cuda.is_available())\n");
        ArrayNode matrix = steps.addObject().put("name", "matrix").putArray("withItems");
        matrix.addArray().add(1).add(2);
        matrix.addArray().add("a").addObject().put("k", "v").put("l", 2);

        assertThat(WRITER.write(root)).isEqualTo("""
                apiVersion: orrery.dev/v1alpha1
                kind: Pipeline
                metadata:
                  name: churn-model
                spec:
                  steps:
                    - name: train
                      image: pytorch/pytorch:2.4.0
                      command:
                        - python
                        - "--lr"
                        - "{{workflow.parameters.learning-rate}}"
                      dependsOn:
                        - prepare-data
                      resources:
                        cpu: "4"
                        memory: 16Gi
                      argo: {}
                      volumes: []
                      script:
                        source: |
                          import torch
                          print(torch.cuda.is_available())
                    - name: matrix
                      withItems:
                        - - 1
                          - 2
                        - - a
                          - k: v
                            l: 2
                """);
    }

    @ParameterizedTest
    @ValueSource(strings = {"5", "-5", "+5", "1.0", "1.", ".5", "1e3", "0x10", "0o17", "0b101", "012", "1_000",
        "1:20", "12:30:45", "2024-01-01", "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10 -5",
        "yes", "No", "ON", "off", "y", "N", "True", "null", "NULL", "~", ".inf", "+.inf", ".NaN", "<<", "=",
        "", " x", "x ", "\u00a0x", "a: b", "x:", "a #b", "#x", "-x", "- x", "?x", ":x", ",x", "[x", "]x", "{x",
        "}x", "{{x}}", "&x", "*x", "!x", "|x", ">x", "'x", "\"x", "%x", "@x", "`x", "...", "a\tb"})
    void quotesStringsThatCouldBeReadAsSomethingElse(String s) {
        String yaml = WRITER.write(NODES.objectNode().put("v", s));
        assertThat(yaml).startsWith("v: \"").endsWith("\"\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"hello world", "python:3.12-slim", "16Gi", "500m", "nvidia.com/gpu", "v1.2.3",
        "a:b", "a#b", "a-b", "x?", "http://x.y/z?a=b#c", "ünïcødé", "日本語", "😀", "yess", "nul", "Infinity",
        "inf", "a, b", "a [b] {c}", "it's", "say \"hi\"", "C:\\dir", "abc1", "0xG", "1Gi"})
    void writesSafeStringsPlain(String s) {
        assertThat(WRITER.write(NODES.objectNode().put("v", s))).isEqualTo("v: " + s + "\n");
    }

    @Test
    void literalBlocksCarryTheRightChompingAndIndentationIndicators() {
        assertThat(value("a\nb\n")).isEqualTo("v: |\n  a\n  b\n");
        assertThat(value("a\nb")).isEqualTo("v: |-\n  a\n  b\n");
        assertThat(value("a\nb\n\n")).isEqualTo("v: |+\n  a\n  b\n\n");
        assertThat(value("\n")).isEqualTo("v: |+\n\n");
        assertThat(value("  a\nb\n")).isEqualTo("v: |2\n    a\n  b\n");
        assertThat(value("\n  a")).isEqualTo("v: |2-\n\n    a\n");
        assertThat(value("\ta\nb")).as("go-yaml rejects a leading tab without indicator")
                .isEqualTo("v: |2-\n  \ta\n  b\n");
        assertThat(value("a\n\nb\n")).as("empty lines carry no trailing spaces").isEqualTo("v: |\n  a\n\n  b\n");
        assertThat(value("a\n   \nb\n")).as("a line of spaces is content").isEqualTo("v: |\n  a\n     \n  b\n");
    }

    @Test
    void literalBlocksNestUnderSequenceItemsAndDashLineMappings() {
        ArrayNode list = NODES.arrayNode();
        list.add("x\ny\n");
        list.addObject().put("name", "s").put("source", " indented\n");
        assertThat(WRITER.write(NODES.objectNode().set("steps", list))).isEqualTo("""
                steps:
                  - |
                    x
                    y
                  - name: s
                    source: |2
                       indented
                """);
    }

    @Test
    void fallsBackToDoubleQuotesOnlyWhenALiteralBlockCannotHoldTheText() {
        assertThat(value("a\r\nb\r\n")).isEqualTo("v: \"a\\r\\nb\\r\\n\"\n");
        assertThat(value("a\u2028b\n")).isEqualTo("v: \"a\\u2028b\\n\"\n");
        assertThat(value("bell\u0007\nx")).isEqualTo("v: \"bell\\u0007\\nx\"\n");
        assertThat(value("tab\tinside\nok\n")).isEqualTo("v: |\n  tab\tinside\n  ok\n");
    }

    @Test
    void escapesJsonStyleAndKeepsUnicodeReadable() {
        assertThat(value("say \"hi\" \\ \u0000 \u007f")).isEqualTo("v: \"say \\\"hi\\\" \\\\ \\u0000 \\u007F\"\n");
        assertThat(value("- ünï 日本 😀")).isEqualTo("v: \"- ünï 日本 😀\"\n");
    }

    @Test
    void rootScalarsAndEmptyContainers() {
        assertThat(WRITER.write(NODES.textNode("plain"))).isEqualTo("plain\n");
        assertThat(WRITER.write(NODES.textNode("a\nb\n"))).isEqualTo("|\n  a\n  b\n");
        assertThat(WRITER.write(NODES.textNode(" a\nb\n"))).as("indicator at root is parser-dependent")
                .isEqualTo("\" a\\nb\\n\"\n");
        assertThat(WRITER.write(NODES.nullNode())).isEqualTo("null\n");
        assertThat(WRITER.write(NODES.objectNode())).isEqualTo("{}\n");
        assertThat(WRITER.write(NODES.arrayNode())).isEqualTo("[]\n");
    }

    @Test
    void writesNumbersPlainAndSpecialFloatsTheYamlWay() {
        ObjectNode numbers = NODES.objectNode().put("i", 7).put("l", 1L << 40).put("d", 2.5).put("e", 1e21)
                .put("nan", Double.NaN).put("inf", Double.POSITIVE_INFINITY).put("ninf", Double.NEGATIVE_INFINITY)
                .put("dec", new BigDecimal("5")).put("t", true).putNull("none").putNull("n");
        assertThat(WRITER.write(numbers)).isEqualTo("""
                i: 7
                l: 1099511627776
                d: 2.5
                e: 1.0E21
                nan: .nan
                inf: .inf
                ninf: -.inf
                dec: 5.0
                t: true
                none: null
                "n": null
                """);
    }

    @Test
    void quotesKeysLikeValuesAndUsesExplicitKeysBeyondTheSimpleKeyLimit() {
        ObjectNode keys = NODES.objectNode().put("5", 1).put("on", 2).put("a b", 3).put("multi\nline", 4);
        assertThat(WRITER.write(keys)).isEqualTo("\"5\": 1\n\"on\": 2\na b: 3\n\"multi\\nline\": 4\n");

        String longKey = "k".repeat(1500);
        ObjectNode item = NODES.objectNode();
        item.putObject(longKey).put("x", 1);
        String yaml = WRITER.write(NODES.arrayNode().add(item));
        assertThat(yaml).isEqualTo("- ? " + longKey + "\n  :\n    x: 1\n");
    }

    @Test
    void writeAllSeparatesDocumentsAndEqualTreesGiveIdenticalText() throws Exception {
        List<JsonNode> documents = List.of(NODES.objectNode().put("a", 1), NODES.textNode("x\n\n"),
                NODES.arrayNode().add("b"));
        String yaml = WRITER.writeAll(documents);
        assertThat(yaml).isEqualTo("a: 1\n---\n|+\n  x\n\n---\n- b\n");
        assertThat(WRITER.writeAll(List.of())).isEmpty();

        JsonNode copy = YamlReader.defaults().readSingle(WRITER.write(documents.get(0)));
        assertThat(WRITER.write(copy)).isEqualTo(WRITER.write(documents.get(0)));
    }

    @Test
    void streamingToAWriterGivesTheSameTextAsTheStringVariant() throws Exception {
        ObjectNode big = NODES.objectNode();
        for (int i = 0; i < 20_000; i++) { // several drain cycles of the 64 KB buffer
            big.putObject("step-" + i).put("image", "img:" + i).put("script", "echo " + i + "\n");
        }
        StringWriter out = new StringWriter();
        WRITER.write(big, out);
        assertThat(out.toString()).isEqualTo(WRITER.write(big));

        StringWriter all = new StringWriter();
        WRITER.writeAll(List.of(big, big), all);
        assertThat(all.toString()).isEqualTo(WRITER.writeAll(List.of(big, big)));
    }

    private static String value(String s) {
        return WRITER.write(NODES.objectNode().put("v", s));
    }
}
