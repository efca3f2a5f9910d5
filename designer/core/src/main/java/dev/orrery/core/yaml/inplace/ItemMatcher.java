package dev.orrery.core.yaml.inplace;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Pairs the items of two versions of a list, so that a changed item is edited where it stands
 * instead of being removed and written anew.
 *
 * <p>Lists of named maps (Argo's templates, tasks, steps, parameters, artifacts, env, …: every item a
 * mapping with a unique text {@code name}) pair by name; the items left over on both sides then pair
 * in order, so a renamed item is a change of its fields. Other lists pair equal items along a longest
 * common subsequence, and the unequal items between two pairs in order (a changed command argument).
 */
final class ItemMatcher {
    /** Above this many cells the LCS table is not built; the middle pairs by position instead. */
    private static final long MAX_LCS_CELLS = 4_000_000L;

    private ItemMatcher() {
    }

    /** For each item of {@code from}, the index of its partner in {@code to}, or -1. */
    static int[] match(JsonNode from, JsonNode to) {
        int n = from.size();
        int m = to.size();
        int[] result = new int[n];
        Arrays.fill(result, -1);
        Map<String, Integer> toByName = names(to);
        Map<String, Integer> fromByName = toByName == null ? null : names(from);
        if (fromByName != null) {
            boolean[] taken = new boolean[m];
            for (int i = 0; i < n; i++) {
                Integer j = toByName.get(from.get(i).get("name").textValue());
                if (j != null) {
                    result[i] = j;
                    taken[j] = true;
                }
            }
            pairLeftovers(result, taken, 0, n, 0, m);
            return result;
        }
        int prefix = 0;
        while (prefix < n && prefix < m && Semantic.equal(from.get(prefix), to.get(prefix))) {
            result[prefix] = prefix;
            prefix++;
        }
        int suffix = 0;
        while (suffix < n - prefix && suffix < m - prefix
                && Semantic.equal(from.get(n - 1 - suffix), to.get(m - 1 - suffix))) {
            result[n - 1 - suffix] = m - 1 - suffix;
            suffix++;
        }
        int fromEnd = n - suffix;
        int toEnd = m - suffix;
        long cells = (long) (fromEnd - prefix) * (toEnd - prefix);
        if (cells > 0 && cells <= MAX_LCS_CELLS) {
            lcs(from, to, prefix, fromEnd, prefix, toEnd, result);
        }
        boolean[] taken = new boolean[m];
        for (int i = 0; i < n; i++) {
            if (result[i] >= 0) {
                taken[result[i]] = true;
            }
        }
        // Between consecutive pairs, pair the unmatched items in order.
        int fromStart = 0;
        int toStart = 0;
        for (int i = 0; i <= n; i++) {
            if (i == n || result[i] >= 0) {
                int toStop = i == n ? m : result[i];
                pairLeftovers(result, taken, fromStart, i, toStart, toStop);
                if (i < n) {
                    fromStart = i + 1;
                    toStart = result[i] + 1;
                }
            }
        }
        return result;
    }

    private static void pairLeftovers(int[] result, boolean[] taken, int fromStart, int fromEnd, int toStart, int toEnd) {
        int j = toStart;
        for (int i = fromStart; i < fromEnd; i++) {
            if (result[i] >= 0) {
                continue;
            }
            while (j < toEnd && taken[j]) {
                j++;
            }
            if (j >= toEnd) {
                return;
            }
            result[i] = j;
            taken[j++] = true;
        }
    }

    private static void lcs(JsonNode from, JsonNode to, int fs, int fe, int ts, int te, int[] result) {
        int n = fe - fs;
        int m = te - ts;
        int[][] len = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                len[i][j] = Semantic.equal(from.get(fs + i), to.get(ts + j))
                        ? len[i + 1][j + 1] + 1 : Math.max(len[i + 1][j], len[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (Semantic.equal(from.get(fs + i), to.get(ts + j))) {
                result[fs + i] = ts + j;
                i++;
                j++;
            } else if (len[i + 1][j] >= len[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
    }

    /** Item index by name if every item is a mapping with a unique text name; null otherwise. */
    private static Map<String, Integer> names(JsonNode list) {
        if (list.isEmpty()) {
            return null;
        }
        Map<String, Integer> byName = new HashMap<>(list.size() * 2);
        for (int i = 0; i < list.size(); i++) {
            JsonNode name = list.get(i).get("name");
            if (!list.get(i).isObject() || name == null || !name.isTextual()
                    || byName.put(name.textValue(), i) != null) {
                return null;
            }
        }
        return byName;
    }
}
