package dev.orrery.core.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class YamlReaderTest {
    private static final YamlReader READER = YamlReader.defaults();

    @Test
    void keepsScalarTypesExactly() throws Exception {
        JsonNode root = READER.readSingle("""
                text5: "5"
                int: 5
                long: 9999999999
                big: 99999999999999999999999
                double: 5.0
                exp: 1e3
                bool: true
                yes: yes
                nullWord: null
                tilde: ~
                empty:
                emptyQuoted: ''
                hex: 0x1F
                underscores: 1_000
                date: 2024-01-01
                inf: -.inf
                tagged: !!str 5
                binary: !!binary aGVsbG8=
                """);
        assertThat(root.get("text5")).isEqualTo(TextNode.valueOf("5"));
        assertThat(root.get("int")).isEqualTo(IntNode.valueOf(5));
        assertThat(root.get("long")).isEqualTo(LongNode.valueOf(9_999_999_999L));
        assertThat(root.get("big")).isInstanceOf(BigIntegerNode.class);
        assertThat(root.get("double")).isEqualTo(DoubleNode.valueOf(5.0));
        assertThat(root.get("exp")).isEqualTo(DoubleNode.valueOf(1000.0));
        assertThat(root.get("bool")).isEqualTo(BooleanNode.TRUE);
        assertThat(root.get("yes")).as("YAML 1.1 boolean, as go-yaml reads it").isEqualTo(BooleanNode.TRUE);
        assertThat(root.get("nullWord")).isEqualTo(NullNode.instance);
        assertThat(root.get("tilde")).isEqualTo(NullNode.instance);
        assertThat(root.get("empty")).isEqualTo(NullNode.instance);
        assertThat(root.get("emptyQuoted")).isEqualTo(TextNode.valueOf(""));
        assertThat(root.get("hex")).isEqualTo(IntNode.valueOf(31));
        assertThat(root.get("underscores")).isEqualTo(IntNode.valueOf(1000));
        assertThat(root.get("date")).isEqualTo(TextNode.valueOf("2024-01-01"));
        assertThat(root.get("inf")).isEqualTo(DoubleNode.valueOf(Double.NEGATIVE_INFINITY));
        assertThat(root.get("tagged")).isEqualTo(TextNode.valueOf("5"));
        assertThat(root.get("binary")).isInstanceOf(BinaryNode.class);
        assertThat(root.get("binary").binaryValue()).isEqualTo("hello".getBytes());
    }

    @Test
    void readsMultipleDocumentsSkippingEmptyOnesButKeepingTheirPosition() throws Exception {
        List<SourceDocument> docs = READER.read("""
                ---
                # only a comment
                ---
                a: 1
                ---
                ---
                - b
                ---
                null
                ---
                """);
        assertThat(docs).extracting(SourceDocument::index).containsExactly(1, 3, 4);
        assertThat(docs.get(0).root().get("a").intValue()).isEqualTo(1);
        assertThat(docs.get(1).root().get(0).textValue()).isEqualTo("b");
        assertThat(docs.get(2).root()).as("an explicit null is a document").isEqualTo(NullNode.instance);
        assertThat(docs.get(1).lines().lineOf("/0")).isEqualTo(7);
        assertThat(READER.read("")).isEmpty();
        assertThat(READER.read("# nothing\n")).isEmpty();
    }

    @Test
    void recordsTheSourceLineOfEveryValue() throws Exception {
        SourceDocument doc = READER.read("""
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata:
                  name: demo
                spec:
                  templates:
                    - name: main
                      container:
                        image: busybox
                        args: ["a/b", "c"]
                    - name: second
                      script:
                        source: |
                          echo hi
                      "a/b~c": 1
                """).get(0);
        LineIndex lines = doc.lines();
        assertThat(lines.lineOf("")).isEqualTo(1);
        assertThat(lines.lineOf("/kind")).isEqualTo(2);
        assertThat(lines.lineOf("/metadata")).isEqualTo(3);
        assertThat(lines.lineOf("/metadata/name")).isEqualTo(4);
        assertThat(lines.lineOf("/spec/templates")).isEqualTo(6);
        assertThat(lines.lineOf("/spec/templates/0")).isEqualTo(7);
        assertThat(lines.lineOf("/spec/templates/0/name")).isEqualTo(7);
        assertThat(lines.lineOf("/spec/templates/0/container/image")).isEqualTo(9);
        assertThat(lines.lineOf("/spec/templates/0/container/args/1")).isEqualTo(10);
        assertThat(lines.lineOf("/spec/templates/1")).isEqualTo(11);
        assertThat(lines.lineOf("/spec/templates/1/script/source")).isEqualTo(13);
        assertThat(lines.lineOf("/spec/templates/1/a~1b~0c")).as("RFC 6901 escapes").isEqualTo(15);
        assertThat(lines.lineOf("/spec/templates/1/missing/deeper")).as("nearest ancestor").isEqualTo(11);
        assertThat(lines.lineOf("/spec/templates/9")).isEqualTo(6);
        assertThat(lines.lineOf("spec")).as("malformed pointer").isZero();
    }

    @Test
    void linesAreAbsoluteInMultiDocumentStreamsAndCrLfFiles() throws Exception {
        List<SourceDocument> docs = READER.read("a: 1\r\n---\r\nb:\r\n  c: x\r\n");
        assertThat(docs.get(1).lines().lineOf("/b/c")).isEqualTo(4);
        assertThat(docs.get(1).root().get("b").get("c").textValue()).isEqualTo("x");
    }

    @Test
    void expandsAliasesAsIndependentCopiesAndReportsTheAliasLine() throws Exception {
        SourceDocument doc = READER.read("""
                defaults: &defaults
                  retries: 3
                  image: busybox
                a: *defaults
                b: *defaults
                """).get(0);
        ObjectNode a = (ObjectNode) doc.root().get("a");
        assertThat(a).isEqualTo(doc.root().get("defaults"));
        a.put("retries", 9);
        assertThat(doc.root().get("b").get("retries").intValue()).as("copies are not shared").isEqualTo(3);
        assertThat(doc.lines().lineOf("/b/image")).isEqualTo(5);
    }

    @Test
    void appliesMergeKeysWithExplicitKeysWinning() throws Exception {
        JsonNode root = READER.readSingle("""
                base: &base {image: busybox, retries: 1, cpu: "1"}
                extra: &extra {retries: 2, gpu: 1}
                step:
                  name: train
                  <<: [*base, *extra]
                  cpu: "4"
                quoted:
                  "<<": not a merge
                """);
        assertThat(root.get("step").toString())
                .isEqualTo("{\"name\":\"train\",\"image\":\"busybox\",\"retries\":1,\"gpu\":1,\"cpu\":\"4\"}");
        assertThat(root.get("quoted").get("<<").textValue()).isEqualTo("not a merge");
        assertThatThrownBy(() -> READER.read("a:\n  <<: 5\n"))
                .isInstanceOf(YamlSyntaxException.class).hasMessageContaining("merge key");
    }

    @Test
    @Timeout(30) // a hang guard only; speed is measured in benchmarks/, not asserted here
    void refusesABillionLaughsBomb() {
        StringBuilder bomb = new StringBuilder("lol0: &lol0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int level = 1; level <= 9; level++) {
            bomb.append("lol").append(level).append(": &lol").append(level).append(" [");
            for (int i = 0; i < 9; i++) {
                bomb.append(i == 0 ? "" : ", ").append("*lol").append(level - 1);
            }
            bomb.append("]\n");
        }
        YamlSyntaxException e = catchThrowableOfType(YamlSyntaxException.class, () -> READER.read(bomb.toString()));
        assertThat(e).isNotNull();
        assertThat(e.problem()).isEqualTo("too many aliases (possible YAML bomb); refused");
        assertThat(e.line()).isBetween(2, 10);
    }

    @Test
    void limitsAliasesToCollectionsPerDocument() throws Exception {
        String hundred = "x: &x [1]\ny: [" + "*x, ".repeat(99) + "*x]\n";
        assertThat(READER.readSingle(hundred).get("y").size()).isEqualTo(100);
        assertThatThrownBy(() -> READER.read("x: &x [1]\ny: [" + "*x, ".repeat(100) + "*x]\n"))
                .isInstanceOf(YamlSyntaxException.class).hasMessageContaining("possible YAML bomb");
        String twoDocuments = hundred + "---\n" + hundred;
        assertThat(READER.read(twoDocuments)).hasSize(2);
        assertThat(READER.read("a: &s text\nb: [" + "*s, ".repeat(500) + "*s]\n")).as("scalar aliases are free")
                .hasSize(1);
    }

    @Test
    void refusesExcessiveNesting() throws Exception {
        assertThat(READER.read("[".repeat(500) + "]".repeat(500))).hasSize(1);
        YamlSyntaxException flow = catchThrowableOfType(YamlSyntaxException.class,
                () -> READER.read("[".repeat(501) + "]".repeat(501)));
        assertThat(flow.problem()).startsWith("document nesting too deep");
        assertThat(flow.line()).isEqualTo(1);

        StringBuilder block = new StringBuilder();
        for (int i = 0; i < 600; i++) {
            block.append(" ".repeat(i)).append("k:\n");
        }
        assertThatThrownBy(() -> READER.read(block.toString())).hasMessageContaining("nesting too deep");
    }

    @Test
    void reportsSyntaxErrorsWithTheirLineAndAShortMessage() {
        YamlSyntaxException e = catchThrowableOfType(YamlSyntaxException.class, () -> READER.read("""
                a: 1
                b:
                  c: d
                  e: f: g
                """));
        assertThat(e.problem()).isEqualTo("mapping values are not allowed here");
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.column()).isEqualTo(7);
        assertThat(e.getMessage()).isEqualTo("line 4, column 7: mapping values are not allowed here");

        YamlSyntaxException colon = catchThrowableOfType(YamlSyntaxException.class,
                () -> READER.read("a: 1\nb\nc: 2\n"));
        assertThat(colon.line()).as("the key missing its colon, not where the scan gave up").isEqualTo(2);

        YamlSyntaxException tab = catchThrowableOfType(YamlSyntaxException.class, () -> READER.read("a:\n\t- b\n"));
        assertThat(tab.problem()).contains("indent with spaces");
        assertThat(tab.line()).isEqualTo(2);

        YamlSyntaxException flow = catchThrowableOfType(YamlSyntaxException.class,
                () -> READER.read("a: [1, 2\nb: 3\n"));
        assertThat(flow.line()).isPositive();
        assertThat(flow.problem()).doesNotContain("\n").doesNotContain("^");

        YamlSyntaxException complexKey = catchThrowableOfType(YamlSyntaxException.class,
                () -> READER.read("ok: 1\n? [a, b]\n: c\n"));
        assertThat(complexKey.problem()).startsWith("only text keys are supported");
        assertThat(complexKey.line()).isEqualTo(2);

        assertThatThrownBy(() -> READER.read("n: " + "9".repeat(1001) + "\n"))
                .hasMessage("line 1, column 4: a number has too many digits");
    }

    @Test
    void refusesUnknownAndRecursiveAliasesAndWarnsOnDuplicateKeys() throws YamlSyntaxException {
        SourceDocument duplicate = READER.read("name: a\nimage: b\nname: c\n").get(0);
        assertThat(duplicate.root().get("name").asText()).as("the last value wins").isEqualTo("c");
        assertThat(duplicate.lines().lineOf("/name")).isEqualTo(3);
        assertThat(duplicate.warnings()).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(3);
            assertThat(w.message()).startsWith("duplicate key \"name\"").contains("line 1");
        });
        assertThatThrownBy(() -> READER.read("a: *nowhere\n")).hasMessageContaining("unknown alias *nowhere");
        assertThatThrownBy(() -> READER.read("a: &r [1, *r]\n")).hasMessageContaining("recursive alias *r");
        YamlSyntaxException otherDocument = catchThrowableOfType(YamlSyntaxException.class,
                () -> READER.read("a: &x 1\n---\nb: *x\n"));
        assertThat(otherDocument.problem()).as("anchors belong to their document").contains("unknown alias *x");
        assertThat(otherDocument.line()).isEqualTo(3);
    }

    @Test
    void parsesDocumentsFarBeyondSnakeYamlsThreeMegabyteDefault() throws Exception {
        StringBuilder yaml = new StringBuilder("steps:\n");
        int steps = 0;
        while (yaml.length() < 5 * 1024 * 1024) {
            yaml.append("  - name: step-").append(steps).append("\n    script: |\n")
                    .append("      echo 'a line of a script that makes the document big'\n".repeat(20));
            steps++;
        }
        SourceDocument doc = READER.read(yaml.toString()).get(0);
        assertThat(doc.root().get("steps").size()).isEqualTo(steps);
        assertThat(doc.lines().lineOf("/steps/1/script")).isEqualTo(2 + 22 + 1);
    }

    @Test
    void checksTheInputSizeBeforeParsing() throws Exception {
        YamlReader small = new YamlReader(YamlReader.Limits.DEFAULTS.withMaxInputChars(20));
        assertThat(small.read("a: 1\n")).hasSize(1);
        assertThatThrownBy(() -> small.read("a: 12345678901234567890\n"))
                .isInstanceOf(YamlSyntaxException.class)
                .hasMessage("file exceeds the limit of 20 characters");
        YamlReader twoMegabytes = new YamlReader(YamlReader.Limits.DEFAULTS.withMaxInputChars(2 * 1024 * 1024));
        assertThatThrownBy(() -> twoMegabytes.read("#".repeat(2 * 1024 * 1024 + 1)))
                .hasMessage("file exceeds the limit of 2 MB");
        assertThat(YamlReader.defaults().limits().maxInputChars()).isEqualTo(64 * 1024 * 1024);
    }

    @Test
    void readSingleRejectsStreamsAndMarksEmptyInput() throws Exception {
        assertThat(READER.readSingle("").isMissingNode()).isTrue();
        assertThat(READER.readSingle("a: 1").get("a").intValue()).isEqualTo(1);
        YamlSyntaxException e = catchThrowableOfType(YamlSyntaxException.class,
                () -> READER.readSingle("a: 1\n---\nb: 2\n"));
        assertThat(e.problem()).isEqualTo("expected one YAML document but found 2");
        assertThat(e.line()).isEqualTo(3);
    }

    @Test
    void readWithoutLinesGivesTheSameTreesAndWarningsWithoutALineIndex() throws YamlSyntaxException {
        String yaml = """
                base: &b {x: 1, y: [a, b]}
                merged:
                  <<: *b
                  y: 2
                dup: 1
                dup: 2
                list:
                  - *b
                  - {z: 9223372036854775808}
                ---
                ---
                second: [1, 2.5, true, null, "5"]
                """;
        List<SourceDocument> withLines = READER.read(yaml);
        List<SourceDocument> without = READER.readWithoutLines(yaml, null);

        assertThat(without).hasSize(withLines.size());
        for (int i = 0; i < without.size(); i++) {
            assertThat(without.get(i).index()).isEqualTo(withLines.get(i).index());
            assertThat(without.get(i).root()).isEqualTo(withLines.get(i).root());
            assertThat(without.get(i).lines().lineOf("/merged/y")).isZero();
            assertThat(without.get(i).warnings()).hasSameSizeAs(withLines.get(i).warnings());
        }
        assertThat(withLines.get(0).lines().lineOf("/merged/y")).isEqualTo(4);
        assertThat(without.get(0).warnings().get(0).message())
                .isEqualTo("duplicate key \"dup\": this value replaces an earlier one, which is ignored; remove one of them");
    }
}
