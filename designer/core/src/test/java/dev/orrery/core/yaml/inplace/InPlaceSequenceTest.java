package dev.orrery.core.yaml.inplace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static dev.orrery.core.yaml.inplace.InPlaceTesting.edit;
import static dev.orrery.core.yaml.inplace.InPlaceTesting.lineDiff;
import static org.assertj.core.api.Assertions.assertThat;

/** Sequence items: matched by name or position, added and removed as whole lines in their siblings' style. */
class InPlaceSequenceTest {

    /** Unindented sequences, comments at every level, a blank line between items. */
    private static final String STEPS = """
            # top
            steps:
            # before first
            - name: a   # trailing a
              image: x
              # about b
            - name: b
              image: y

            - name: c
              image: z
            args:
                - one
                - two
            """;

    @Test
    void newNamedItemGoesAfterItsNeighbourInTheSiblingsStyle() {
        String out = edit(STEPS, t -> steps(t).addObject().put("name", "d").put("image", "w"));
        assertThat(out).isEqualTo(STEPS.replace("  image: z\n", "  image: z\n- name: d\n  image: w\n"));
    }

    @Test
    void newItemFirstInTargetOrderGoesBeforeTheFirstItem() {
        String out = edit(STEPS, t -> steps(t).insertObject(0).put("name", "zero").put("image", "v"));
        assertThat(out).isEqualTo(STEPS.replace("# before first\n", "# before first\n- name: zero\n  image: v\n"));
    }

    @Test
    void removedItemTakesTheCommentLinesDirectlyAboveIt() {
        String out = edit(STEPS, t -> steps(t).remove(1));
        assertThat(out).isEqualTo(STEPS.replace("  # about b\n- name: b\n  image: y\n", ""));
    }

    @Test
    void removedItemKeepsTheBlankLineAbove() {
        String out = edit(STEPS, t -> steps(t).remove(2));
        assertThat(out).isEqualTo(STEPS.replace("- name: c\n  image: z\n", ""));
    }

    @Test
    void renamedItemIsAChangeOfItsNameOnly() {
        String out = edit(STEPS, t -> ((ObjectNode) steps(t).get(1)).put("name", "b2"));
        assertThat(lineDiff(STEPS, out)).containsExactly("-- name: b", "+- name: b2");
    }

    @Test
    void itemsMatchByNameWhenOthersAreRemovedAndAdded() {
        String out = edit(STEPS, t -> {
            ArrayNode steps = steps(t);
            steps.remove(0);
            ((ObjectNode) steps.get(0)).put("image", "y2");
        });
        // "# before first" stands directly above item a and goes with it; "# about b" stays with b.
        assertThat(lineDiff(STEPS, out)).containsExactly("-# before first", "-- name: a   # trailing a",
                "-  image: x", "-  image: y", "+  image: y2");
    }

    @Test
    void scalarListsKeepTheirIndentation() {
        String out = edit(STEPS, t -> ((ArrayNode) t.get("args")).add("three"));
        assertThat(out).isEqualTo(STEPS + "    - three\n");
        String removed = edit(STEPS, t -> ((ArrayNode) t.get("args")).remove(0));
        assertThat(removed).isEqualTo(STEPS.replace("    - one\n", ""));
        String changed = edit(STEPS, t -> ((ArrayNode) t.get("args")).set(1, "deux"));
        assertThat(changed).isEqualTo(STEPS.replace("- two", "- deux"));
    }

    @Test
    void wideDashOffsetIsFollowed() {
        String text = "list:\n  -   name: a\n      x: 1\n";
        String out = edit(text, t -> ((ArrayNode) t.get("list")).addObject().put("name", "b").put("x", 2));
        assertThat(out).isEqualTo(text + "  -   name: b\n      x: 2\n");
    }

    @Test
    void movedItemsRewriteTheListAndNothingElse() {
        String out = edit(STEPS, t -> {
            ArrayNode args = (ArrayNode) t.get("args");
            args.removeAll();
            args.add("two").add("one");
        });
        assertThat(out).isEqualTo(STEPS.replace("    - one\n    - two\n", "    - two\n    - one\n"));
    }

    @Test
    void emptiedListBecomesAFlowEmptyList() {
        String out = edit(STEPS, t -> ((ArrayNode) t.get("args")).removeAll());
        assertThat(out).isEqualTo(STEPS.replace("args:\n    - one\n    - two\n", "args: []\n"));
    }

    @Test
    void nestedFlowMappingChangesShapeInFlowStyle() {
        String text = "resources: {limits: {cpu: \"1\"}}   # small\nnext: 1\n";
        String out = edit(text, t -> ((ObjectNode) t.get("resources").get("limits")).put("memory", "1Gi"));
        assertThat(out).isEqualTo("resources: {limits: {cpu: \"1\", memory: 1Gi}}   # small\nnext: 1\n");
    }

    private static ArrayNode steps(JsonNode t) {
        return (ArrayNode) t.get("steps");
    }
}
