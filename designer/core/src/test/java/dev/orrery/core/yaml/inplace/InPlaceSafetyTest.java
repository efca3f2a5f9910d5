package dev.orrery.core.yaml.inplace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.core.yaml.YamlWriter;
import org.junit.jupiter.api.Test;

import static dev.orrery.core.yaml.inplace.InPlaceTesting.document;
import static dev.orrery.core.yaml.inplace.InPlaceTesting.edit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The 3-way merge, anchors and aliases, and the safety net that rewrites the document when a patch is wrong. */
class InPlaceSafetyTest {

    @Test
    void whereBaseAndTargetAgreeTheSourceFormStaysEvenIfBaseDiffers() {
        String text = "# source as written\ncount: \"5\"\nretries: 3\nextra: kept   # unknown to the exporter\n";
        ObjectNode base = (ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
        base.put("retries", 3).put("count", 5); // an exporter's normalised view: order, type, no "extra"
        ObjectNode target = base.deepCopy().put("retries", 4);
        String out = InPlaceYaml.rewrite(text, 0, base, target);
        assertThat(out).isEqualTo(text.replace("retries: 3", "retries: 4"));
    }

    @Test
    void changeInsideAnAnchorOthersRepeatRewritesTheSmallestNodeHoldingThemAll() {
        String text = "keep: 1   # stays\nspec:\n  base: &b {image: alpine}\n  copy: *b\ntail: 2   # stays too\n";
        String out = edit(text, t -> ((ObjectNode) t.get("spec").get("base")).put("image", "busybox"));
        assertThat(out).isEqualTo("keep: 1   # stays\nspec:\n  base:\n    image: busybox\n  copy:\n    image: alpine\n"
                + "tail: 2   # stays too\n");
    }

    @Test
    void changeInsideAnAliasExpandsOnlyThatAlias() {
        String text = "spec:\n  base: &b\n    image: alpine\n  copy: *b   # a copy\n";
        String out = edit(text, t -> ((ObjectNode) t.get("spec").get("copy")).put("image", "busybox"));
        assertThat(out).isEqualTo("spec:\n  base: &b\n    image: alpine\n  copy:\n    image: busybox   # a copy\n");
    }

    @Test
    void changeOfAMergedKeyExpandsTheMergingMapping() {
        String text = "defaults: &d\n  image: alpine\n  retries: 2\njob:\n  <<: *d\n  name: job\nother: *d\n";
        String out = edit(text, t -> ((ObjectNode) t.get("job")).put("image", "busybox"));
        assertThat(out).isEqualTo("defaults: &d\n  image: alpine\n  retries: 2\njob:\n  image: busybox\n  retries: 2\n"
                + "  name: job\nother: *d\n");
    }

    @Test
    void explicitKeyNextToAMergeIsEditedInPlace() {
        String text = "defaults: &d\n  image: alpine\njob:\n  <<: *d\n  name: job\n";
        String out = edit(text, t -> ((ObjectNode) t.get("job")).put("name", "renamed"));
        assertThat(out).isEqualTo(text.replace("name: job", "name: renamed"));
    }

    @Test
    void removingAnAnchorThatAnAliasStillNeedsExpandsTheAliasInstead() {
        String text = "top: 0   # stays\nspec:\n  old: &img {image: alpine}\n  uses: *img\n";
        String out = edit(text, t -> ((ObjectNode) t.get("spec")).remove("old"));
        assertThat(out).isEqualTo("top: 0   # stays\nspec:\n  uses:\n    image: alpine\n");
    }

    @Test
    void aPatchThatDoesNotReadBackFallsBackToRewritingTheDocument() {
        String text = "# first\na: 1\n---\n# second, above the document\nb: 2\nc: [x, y]\n";
        JsonNode base = document(text, 1);
        ObjectNode target = ((ObjectNode) base.deepCopy()).put("b", 3);
        InPlaceYaml.Result result = InPlaceYaml.rewrite(text, 1, base, target, patched -> patched.replace("b: 3", "b: 4"));
        assertThat(result.inPlace()).isFalse();
        assertThat(result.reason()).contains("does not read back");
        assertThat(result.text()).isEqualTo("# first\na: 1\n---\n# second, above the document\n"
                + YamlWriter.defaults().write(target));
        InPlaceYaml.Result broken = InPlaceYaml.rewrite(text, 1, base, target, patched -> patched + "\n: : [");
        assertThat(broken.inPlace()).isFalse();
        assertThat(broken.text()).startsWith("# first\na: 1\n---\n");
    }

    @Test
    void aPatchThatChangesAnotherDocumentFallsBackToo() {
        String text = "a: 1\n---\nb: 2\n";
        JsonNode base = document(text, 1);
        ObjectNode target = ((ObjectNode) base.deepCopy()).put("b", 3);
        InPlaceYaml.Result result = InPlaceYaml.rewrite(text, 1, base, target, patched -> patched.replace("a: 1", "a: 0"));
        assertThat(result.inPlace()).isFalse();
        assertThat(result.text()).isEqualTo("a: 1\n---\nb: 3\n");
    }

    @Test
    void invalidSourceOrMissingDocumentIsAClearError() {
        JsonNode target = document("a: 1\n", 0);
        assertThatThrownBy(() -> InPlaceYaml.rewrite("a: [\n", 0, null, target))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not valid YAML");
        assertThatThrownBy(() -> InPlaceYaml.rewrite("a: 1\n", 3, null, target))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no document 3");
    }
}
