package dev.orrery.core.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static dev.orrery.core.yaml.TreeAssert.assertSameTree;
import static org.assertj.core.api.Assertions.assertThat;

/** Write with YamlWriter, read back with YamlReader: the tree, node types included, must survive. */
class YamlRoundTripTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final YamlWriter WRITER = YamlWriter.defaults();
    private static final YamlReader READER = YamlReader.defaults();

    /** Strings that a careless emitter writes in a way that reads back as something else. */
    static final List<String> TRICKY = List.of(
            // other types under YAML 1.1 or 1.2
            "5", "-5", "+5", "1.0", "1.", ".5", "-.5", "1e3", "1E-3", "0x10", "0X1f", "0o17", "0b101", "012",
            "1_000", "1:20", "190:20:30.15", "yes", "Yes", "YES", "no", "No", "on", "ON", "off", "y", "Y", "n",
            "N", "true", "True", "FALSE", "null", "Null", "NULL", "~", ".inf", "-.inf", "+.inf", ".NaN",
            ".nan", "<<", "=", "2024-01-01", "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10 -5",
            // empty and white space
            "", " ", "   ", " leading", "trailing ", "\t", "a\tb", "\u00a0nbsp", "nbsp\u00a0",
            // indicators and comments
            "a: b", "a:b", "x:", "a #x", "a#b", "#x", "- x", "-x", "-", "--- x", "---", "...", "? x", "?x",
            ": x", ",x", "[a]", "{a: 1}", "{{x}}", "{{inputs.parameters.x}}", "@x", "`x`", "*x", "&x", "!x",
            "!!str", "%x", "|x", ">x", "'x'", "\"x\"", "a'b", "a\"b", "a\\b", "C:\\path\\file", "a,b", "a[b]",
            // ordinary values that should stay plain but must still round-trip
            "python:3.12-slim", "16Gi", "500m", "nvidia.com/gpu", "http://x.y/z?a=b#c", "v1.2.3",
            // multi-line
            "x\n", "a\nb", "a\nb\n", "a\nb\n\n", "a\n\n\n", "\n", "\n\n", "\n\n\n", "\nx", "\n\nx\n",
            "  x\ny", "  x\n  y\n", " \n", "  \n  \n", "a\n   \nb", "a\n  ", "a\n  \n", "a\n  \n\n",
            "\ta\nb", "line\twith\ttabs\nnext\t", "trailing spaces  \nline", "key: |\n  nested", "# c\nl",
            "- item\n- item\n", "---\n...\n", "a\n---\nb", "%YAML 1.2\n---\n", "x\n# not a comment\n",
            // unicode and characters a literal block cannot hold
            "ünïcødé ✓ 日本語", "emoji 😀", "😀\n😀\n", "a\r\nb", "a\rb", "\r\n", "x\u0085y", "x\u2028y",
            "x\u2029y\n", "\ufeffbom", "nul\u0000", "bell\u0007\n", "del\u007f", "c1\u0090", "lone\ud800",
            "lone\udc00\n", "\ufffe", "end\uffff");

    static Stream<String> tricky() {
        return TRICKY.stream();
    }

    @ParameterizedTest
    @MethodSource("tricky")
    void trickyStringSurvivesAsValueKeyItemAndRoot(String s) throws Exception {
        ObjectNode asValue = NODES.objectNode().put("v", s);
        ObjectNode asKey = NODES.objectNode().put(s, "v");
        ArrayNode asItem = NODES.arrayNode().add(s).add("after");
        ObjectNode nested = NODES.objectNode();
        nested.putArray("list").addObject().put("first", s).put("second", s).putArray("inner").add(s);
        nested.put("tail", s);

        for (JsonNode tree : List.of(asValue, asKey, asItem, nested, NODES.textNode(s))) {
            assertRoundTrip(tree);
        }
    }

    @ParameterizedTest
    @MethodSource("tricky")
    void multiLineStringsUseLiteralBlocksWhenTheyCanHoldThemExactly(String s) {
        String yaml = WRITER.write(NODES.objectNode().put("v", s));
        boolean literalCapable = s.contains("\n") && s.codePoints().allMatch(YamlRoundTripTest::literalChar);
        if (literalCapable) {
            assertThat(yaml).startsWith("v: |");
            assertThat(yaml).doesNotContain("\\n");
        } else {
            assertThat(yaml).doesNotStartWith("v: |").doesNotStartWith("v: >");
        }
    }

    /** YAML's printable set minus what YAML 1.1 treats as line breaks and the BOM (test oracle). */
    private static boolean literalChar(int cp) {
        return cp == '\n' || cp == '\t' || (cp >= 0x20 && cp < 0x7f)
                || (cp >= 0xa0 && cp <= 0xd7ff && cp != 0x2028 && cp != 0x2029)
                || (cp >= 0xe000 && cp <= 0xfffd && cp != 0xfeff) || cp >= 0x10000;
    }

    @Test
    void scalarTypesAndNumbersKeepTheirNodeTypes() throws Exception {
        ObjectNode tree = NODES.objectNode();
        tree.put("int", 5).put("negative", -42).put("long", 1L << 40).put("minLong", Long.MIN_VALUE)
                .put("big", new BigInteger("123456789012345678901234567890"))
                .put("double", 5.0).put("tiny", 1.0e-300).put("huge", 1.0e300).put("negZero", -0.0)
                .put("nan", Double.NaN).put("inf", Double.POSITIVE_INFINITY).put("negInf", Double.NEGATIVE_INFINITY)
                .put("true", true).put("false", false).put("text5", "5").putNull("null");
        tree.putObject("emptyMap");
        tree.putArray("emptyList");
        ArrayNode empties = tree.putArray("listOfEmpties");
        empties.addObject();
        empties.addArray();
        empties.addNull();
        empties.add("");
        assertRoundTrip(tree);
    }

    @Test
    void floatsAndDecimalsComeBackAsDoubles() throws Exception {
        ObjectNode tree = NODES.objectNode().put("f", 1.5f).put("d", new BigDecimal("5"));
        JsonNode back = READER.readSingle(WRITER.write(tree));
        assertThat(back.get("f").isDouble()).isTrue();
        assertThat(back.get("f").doubleValue()).isEqualTo(1.5);
        assertThat(back.get("d").isDouble()).as("BigDecimal 5 must stay a float, not become int 5").isTrue();
    }

    @Test
    void deepAndWideStructuresSurvive() throws Exception {
        JsonNode deep = NODES.textNode("bottom\nline\n");
        for (int i = 0; i < 200; i++) {
            deep = i % 2 == 0 ? NODES.objectNode().set("k" + i, deep) : NODES.arrayNode().add(deep).add(i);
        }
        assertRoundTrip(deep);

        ObjectNode wide = NODES.objectNode();
        for (int i = 0; i < 5_000; i++) {
            wide.put("key-" + i, i % 3 == 0 ? "v" + i : "line " + i + "\nnext\n");
        }
        assertRoundTrip(wide);
    }

    /** Random trees over tricky strings, numbers and containers; seeded, so failures reproduce. */
    @Test
    void randomTreesSurviveTheRoundTrip() throws Exception {
        Random random = new Random(20240601L);
        for (int i = 0; i < 400; i++) {
            JsonNode tree = randomNode(random, 0);
            assertRoundTrip(tree);
        }
    }

    @Test
    void randomDocumentStreamsSurviveWriteAll() throws Exception {
        Random random = new Random(7L);
        for (int i = 0; i < 50; i++) {
            List<JsonNode> documents = new ArrayList<>();
            int count = 1 + random.nextInt(4);
            for (int d = 0; d < count; d++) {
                documents.add(randomNode(random, 0));
            }
            String yaml = WRITER.writeAll(documents);
            List<SourceDocument> back = READER.read(yaml);
            assertThat(back).hasSize(count);
            for (int d = 0; d < count; d++) {
                assertSameTree(documents.get(d), back.get(d).root(), "document " + d + " of\n" + yaml);
                assertThat(back.get(d).index()).isEqualTo(d);
            }
        }
    }

    private static JsonNode randomNode(Random random, int depth) {
        int kind = random.nextInt(depth >= 4 ? 6 : 9);
        switch (kind) {
            case 0, 1, 2:
                return NODES.textNode(randomString(random));
            case 3:
                return switch (random.nextInt(5)) {
                    case 0 -> NODES.numberNode(random.nextInt());
                    case 1 -> NODES.numberNode(random.nextLong() | (1L << 40));
                    case 2 -> NODES.numberNode(BigInteger.valueOf(Long.MAX_VALUE).multiply(BigInteger.TEN));
                    case 3 -> NODES.numberNode(random.nextDouble() * 1e6);
                    default -> NODES.numberNode(random.nextGaussian() * 1e-12);
                };
            case 4:
                return NODES.booleanNode(random.nextBoolean());
            case 5:
                return NODES.nullNode();
            case 6, 7: {
                ObjectNode object = NODES.objectNode();
                int n = random.nextInt(5);
                for (int i = 0; i < n; i++) {
                    object.set(randomString(random), randomNode(random, depth + 1));
                }
                return object;
            }
            default: {
                ArrayNode array = NODES.arrayNode();
                int n = random.nextInt(5);
                for (int i = 0; i < n; i++) {
                    array.add(randomNode(random, depth + 1));
                }
                return array;
            }
        }
    }

    private static final String ALPHABET = "ab1 .:#-?\n\t'\"{}[],&*!|>%@`~\\/é日😀\r";

    private static String randomString(Random random) {
        if (random.nextInt(3) == 0) {
            return TRICKY.get(random.nextInt(TRICKY.size()));
        }
        int length = random.nextInt(12);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int at = random.nextInt(ALPHABET.length());
            if (Character.isHighSurrogate(ALPHABET.charAt(at))) {
                sb.append(ALPHABET, at, at + 2);
            } else if (!Character.isLowSurrogate(ALPHABET.charAt(at))) {
                sb.append(ALPHABET.charAt(at));
            }
        }
        return sb.toString();
    }

    static void assertRoundTrip(JsonNode tree) throws YamlSyntaxException {
        String yaml = WRITER.write(tree);
        assertThat(yaml).endsWith("\n");
        List<SourceDocument> documents = READER.read(yaml);
        assertThat(documents).as("documents read back from\n%s", yaml).hasSize(1);
        assertSameTree(tree, documents.get(0).root(), "round trip of\n" + yaml);
        assertThat(WRITER.write(documents.get(0).root())).as("second write is identical").isEqualTo(yaml);
    }
}
