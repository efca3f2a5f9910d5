package dev.orrery.core.yaml.inplace;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.core.yaml.SourceDocument;
import dev.orrery.core.yaml.YamlReader;
import dev.orrery.core.yaml.YamlSyntaxException;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** Helpers for the in-place tests: edit a parsed copy, rewrite, and compare texts line by line. */
final class InPlaceTesting {
    private InPlaceTesting() {
    }

    static JsonNode document(String text, int index) {
        try {
            return YamlReader.defaults().read(text).stream().filter(d -> d.index() == index)
                    .map(SourceDocument::root).findFirst().orElseThrow();
        } catch (YamlSyntaxException e) {
            throw new AssertionError(e);
        }
    }

    /** Applies {@code change} to a copy of document {@code index}'s tree and rewrites; asserts it stayed in place. */
    static String edit(String text, int index, Consumer<JsonNode> change) {
        JsonNode base = document(text, index);
        JsonNode target = base.deepCopy();
        change.accept(target);
        InPlaceYaml.Result result = InPlaceYaml.rewriteWithReport(text, index, base, target);
        assertThat(result.reason()).as("fell back to a full rewrite").isNull();
        assertThat(result.inPlace()).isTrue();
        assertThat(Semantic.equal(document(result.text(), index), target)).as("reads back as the target").isTrue();
        return result.text();
    }

    static String edit(String text, Consumer<JsonNode> change) {
        return edit(text, 0, change);
    }

    /** The lines removed from {@code before} and added in {@code after} (a line diff, LCS-based), as "-x" / "+y". */
    static List<String> lineDiff(String before, String after) {
        String[] a = before.split("\n", -1);
        String[] b = after.split("\n", -1);
        int prefix = 0;
        while (prefix < a.length && prefix < b.length && a[prefix].equals(b[prefix])) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.length - prefix && suffix < b.length - prefix
                && a[a.length - 1 - suffix].equals(b[b.length - 1 - suffix])) {
            suffix++;
        }
        int n = a.length - prefix - suffix;
        int m = b.length - prefix - suffix;
        int[][] len = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                len[i][j] = a[prefix + i].equals(b[prefix + j]) ? len[i + 1][j + 1] + 1 : Math.max(len[i + 1][j], len[i][j + 1]);
            }
        }
        List<String> diff = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a[prefix + i].equals(b[prefix + j])) {
                i++;
                j++;
            } else if (j >= m || (i < n && len[i + 1][j] >= len[i][j + 1])) {
                diff.add("-" + a[prefix + i++]);
            } else {
                diff.add("+" + b[prefix + j++]);
            }
        }
        return diff;
    }
}
