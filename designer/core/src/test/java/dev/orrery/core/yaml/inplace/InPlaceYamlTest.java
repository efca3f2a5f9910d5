package dev.orrery.core.yaml.inplace;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static dev.orrery.core.yaml.inplace.InPlaceTesting.document;
import static dev.orrery.core.yaml.inplace.InPlaceTesting.edit;
import static org.assertj.core.api.Assertions.assertThat;

/** Scalars and mapping keys: each edit changes only its own text. */
class InPlaceYamlTest {

    private static final String COMMENTED = """
            # Workflow header comment
            apiVersion: argoproj.io/v1alpha1
            kind: Workflow   # trailing comment on kind
            metadata:
              generateName: hello-   # the prefix
              labels: {team: ml, tier: "gold"}
            spec:
              entrypoint: main

              # the templates
              templates:
              - name: main
                container:
                  image: 'alpine:3.7'    # pinned
                  command: [echo, "hello world"]
                  args:
                  - one
                  - two
            """;

    @Test
    void identicalTreesGiveTheIdenticalString() {
        String text = COMMENTED;
        assertThat(InPlaceYaml.rewrite(text, 0, document(text, 0), document(text, 0))).isSameAs(text);
        assertThat(InPlaceYaml.rewrite(text, 0, null, document(text, 0))).isSameAs(text);
    }

    @Test
    void changedPlainScalarKeepsItsTrailingComment() {
        String out = edit(COMMENTED, t -> ((ObjectNode) t.get("metadata")).put("generateName", "bye-"));
        assertThat(out).isEqualTo(COMMENTED.replace("generateName: hello-   # the prefix", "generateName: bye-   # the prefix"));
    }

    @Test
    void singleQuotedScalarStaysSingleQuoted() {
        String out = edit(COMMENTED, t -> container(t).put("image", "registry.example/new:1"));
        assertThat(out).isEqualTo(COMMENTED.replace("'alpine:3.7'", "'registry.example/new:1'"));
    }

    @Test
    void doubleQuotedScalarInsideFlowMappingStaysDoubleQuoted() {
        String out = edit(COMMENTED, t -> ((ObjectNode) t.get("metadata").get("labels")).put("tier", "silver"));
        assertThat(out).isEqualTo(COMMENTED.replace("tier: \"gold\"", "tier: \"silver\""));
    }

    @Test
    void plainScalarThatWouldReadAsAnotherTypeIsQuoted() {
        String out = edit(COMMENTED, t -> ((ObjectNode) t.get("spec")).put("entrypoint", "true"));
        assertThat(out).isEqualTo(COMMENTED.replace("entrypoint: main", "entrypoint: \"true\""));
    }

    @Test
    void plainVersionStaysPlainWhenTheReaderTakesItAsText() {
        String text = "version: 1.2.3\ncount: 3\n";
        String out = edit(text, t -> ((ObjectNode) t).put("version", "1.2.4"));
        assertThat(out).isEqualTo("version: 1.2.4\ncount: 3\n");
        assertThat(edit(text, t -> ((ObjectNode) t).put("count", 4))).isEqualTo("version: 1.2.3\ncount: 4\n");
    }

    @Test
    void changeInsideFlowSequenceStaysInPlace() {
        String out = edit(COMMENTED, t -> ((ArrayNode) container(t).get("command")).set(1, "hi there"));
        assertThat(out).isEqualTo(COMMENTED.replace("[echo, \"hello world\"]", "[echo, \"hi there\"]"));
    }

    @Test
    void reshapedFlowSequenceIsRewrittenInFlowStyleOnly() {
        String out = edit(COMMENTED, t -> ((ArrayNode) container(t).get("command")).add("--verbose"));
        assertThat(out).isEqualTo(COMMENTED.replace("[echo, \"hello world\"]", "[echo, hello world, \"--verbose\"]"));
    }

    @Test
    void newKeyGoesAfterItsNeighbourInTargetOrderWithSiblingIndentation() {
        String text = """
                spec:
                    entrypoint: main
                    # comment about templates
                    templates: []
                """;
        String out = edit(text, t -> {
            ObjectNode spec = (ObjectNode) t.get("spec");
            ObjectNode copy = spec.objectNode();
            copy.put("entrypoint", "main");
            copy.putObject("arguments").putArray("parameters").addObject().put("name", "x").put("value", "1");
            copy.set("templates", spec.get("templates"));
            ((ObjectNode) t).set("spec", copy);
        });
        assertThat(out).isEqualTo("""
                spec:
                    entrypoint: main
                    arguments:
                        parameters:
                            - name: x
                              value: "1"
                    # comment about templates
                    templates: []
                """);
    }

    @Test
    void newKeyWithoutNeighbourInTargetOrderGoesLast() {
        String out = edit(COMMENTED, t -> ((ObjectNode) t.get("metadata")).put("namespace", "argo"));
        assertThat(out).isEqualTo(COMMENTED.replace("  labels: {team: ml, tier: \"gold\"}\n",
                "  labels: {team: ml, tier: \"gold\"}\n  namespace: argo\n"));
    }

    @Test
    void removedKeyTakesItsCommentLinesButNotTheBlankLineAbove() {
        String out = edit(COMMENTED, t -> ((ObjectNode) t.get("spec")).remove("templates"));
        assertThat(out).isEqualTo("""
                # Workflow header comment
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow   # trailing comment on kind
                metadata:
                  generateName: hello-   # the prefix
                  labels: {team: ml, tier: "gold"}
                spec:
                  entrypoint: main

                """);
    }

    @Test
    void removedFirstKeyOfASequenceItemLetsTheNextKeyMoveUp() {
        String text = "items:\n- name: a\n  value: 1\n- name: b\n  value: 2\n";
        String out = edit(text, t -> ((ObjectNode) t.get("items").get(0)).remove("name"));
        assertThat(out).isEqualTo("items:\n- value: 1\n- name: b\n  value: 2\n");
    }

    @Test
    void literalBlockKeepsItsStyleChompingAndIndentation() {
        String text = """
                script:
                    source: |-
                        echo one
                        echo two
                    keep: |+
                      a

                    next: 1
                """;
        String out = edit(text, t -> ((ObjectNode) t.get("script")).put("source", "echo one\necho three"));
        assertThat(out).isEqualTo(text.replace("echo two", "echo three"));
        String kept = edit(text, t -> ((ObjectNode) t.get("script")).put("keep", "b\n\n"));
        assertThat(kept).isEqualTo(text.replace("      a\n", "      b\n"));
    }

    @Test
    void foldedBlockStaysFoldedAndAScriptInASequenceItemKeepsItsBlock() {
        String text = "args:\n- >-   # folded\n  first line\n  folded on\n- |\n  echo a\n  echo b\n";
        String out = edit(text, t -> ((com.fasterxml.jackson.databind.node.ArrayNode) t.get("args")).set(0, "one\ntwo"));
        assertThat(out).isEqualTo("args:\n- >-   # folded\n  one\n\n  two\n- |\n  echo a\n  echo b\n");
        String script = edit(text, t -> ((com.fasterxml.jackson.databind.node.ArrayNode) t.get("args")).set(1, "echo a\necho c\n"));
        assertThat(script).isEqualTo(text.replace("echo b", "echo c"));
        String grown = edit(text, t -> ((com.fasterxml.jackson.databind.node.ArrayNode) t.get("args")).set(1, "echo a\n\n"));
        assertThat(grown).isEqualTo("args:\n- >-   # folded\n  first line\n  folded on\n- |+\n  echo a\n\n");
    }

    @Test
    void plainMultiLineValueBecomesALiteralBlockAndItsCommentMovesToTheHeader() {
        String text = "spec:\n  script: echo hi   # say hi\n  other: 1\n";
        String out = edit(text, t -> ((ObjectNode) t.get("spec")).put("script", "echo hi\necho there\n"));
        assertThat(out).isEqualTo("spec:\n  script: |   # say hi\n    echo hi\n    echo there\n  other: 1\n");
    }

    @Test
    void crlfNoFinalNewlineAndOtherDocumentsAreKept() {
        String text = "a: 1\r\n---\r\n# second\r\nb:\r\n  c: 2\r\n---\r\nz: [1, 2]";
        String out = edit(text, 1, t -> ((ObjectNode) t.get("b")).put("d", "new"));
        assertThat(out).isEqualTo("a: 1\r\n---\r\n# second\r\nb:\r\n  c: 2\r\n  d: new\r\n---\r\nz: [1, 2]");
        String last = edit(text, 2, t -> ((ObjectNode) t).put("w", true));
        assertThat(last).isEqualTo("a: 1\r\n---\r\n# second\r\nb:\r\n  c: 2\r\n---\r\nz: [1, 2]\r\nw: true");
    }

    @Test
    void quotedKeysStayAndNewKeysFollowTheirQuoting() {
        String text = "\"a\": 1\n\"b c\": 2\n";
        String out = edit(text, t -> ((ObjectNode) t).put("b c", 3).put("d", 4));
        assertThat(out).isEqualTo("\"a\": 1\n\"b c\": 3\n\"d\": 4\n");
    }

    @Test
    void characterOutsideTheBmpBeforeTheChangeIsCountedRight() {
        String text = "greeting: \"hi 😀\"\nimage: alpine\n";
        String out = edit(text, t -> ((ObjectNode) t).put("image", "busybox"));
        assertThat(out).isEqualTo("greeting: \"hi 😀\"\nimage: busybox\n");
    }

    private static ObjectNode container(com.fasterxml.jackson.databind.JsonNode t) {
        return (ObjectNode) t.get("spec").get("templates").get(0).get("container");
    }
}
