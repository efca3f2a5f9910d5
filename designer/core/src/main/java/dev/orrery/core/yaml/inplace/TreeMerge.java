package dev.orrery.core.yaml.inplace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The 3-way merge on trees: the source's tree with the changes from base to target applied. Where
 * base and target agree the source's own value is kept (even if it differs from base: that is a
 * difference of reading and writing, not an edit); where they differ the target's value wins.
 *
 * <p>For every merged list it records which source item each result item continues
 * ({@link #origins}), so the text patcher edits that item where it stands.
 */
final class TreeMerge {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Result list → for each of its items the index of the source item it continues, or -1 (new). */
    final Map<JsonNode, int[]> origins = new IdentityHashMap<>();

    /**
     * The merged tree; {@code source} itself (the same instance) wherever base and target agree, so
     * callers can tell unchanged subtrees by identity. Equality is found in one pass bottom-up, not
     * by comparing whole subtrees at every level.
     */
    JsonNode merge(JsonNode source, JsonNode base, JsonNode target) {
        if (base == target) {
            return source;
        }
        if (base instanceof ObjectNode b && target instanceof ObjectNode t && source instanceof ObjectNode s) {
            return objects(s, b, t);
        }
        if (base instanceof ArrayNode b && target instanceof ArrayNode t && source instanceof ArrayNode s) {
            return arrays(s, b, t);
        }
        return Semantic.equal(base, target) ? source : target;
    }

    private ObjectNode objects(ObjectNode s, ObjectNode b, ObjectNode t) {
        // Most objects are unchanged: nothing is allocated until the first change shows.
        List<String> keys = null;
        List<JsonNode> values = null;
        int seen = 0;
        for (Map.Entry<String, JsonNode> e : s.properties()) {
            String k = e.getKey();
            JsonNode sv = e.getValue();
            JsonNode bv = b.get(k);
            JsonNode tv = t.get(k);
            JsonNode merged;
            if (bv != null && tv == null) {
                merged = null; // removed
            } else if (tv == null) {
                merged = sv; // only the source has it: not ours to touch
            } else {
                merged = merge(sv, bv != null ? bv : sv, tv);
            }
            if (merged != sv && keys == null) {
                keys = new ArrayList<>(s.size() + 4);
                values = new ArrayList<>(s.size() + 4);
                Iterator<Map.Entry<String, JsonNode>> before = s.properties().iterator();
                for (int j = 0; j < seen; j++) {
                    Map.Entry<String, JsonNode> kept = before.next();
                    keys.add(kept.getKey());
                    values.add(kept.getValue());
                }
            }
            if (keys != null && merged != null) {
                keys.add(k);
                values.add(merged);
            }
            seen++;
        }
        boolean changed = keys != null;
        // New keys, placed after their nearest preceding neighbour in the target's order (else before
        // the nearest following one, else last).
        List<String> targetKeys = null;
        for (Iterator<String> it = t.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (s.has(k)) {
                continue;
            }
            JsonNode bv = b.get(k);
            if (bv != null && Semantic.equal(bv, t.get(k))) {
                continue; // the source never had it and nobody changed it
            }
            if (targetKeys == null) {
                targetKeys = new ArrayList<>(t.size());
                t.fieldNames().forEachRemaining(targetKeys::add);
            }
            if (!changed) {
                keys = new ArrayList<>(s.size() + 4);
                values = new ArrayList<>(s.size() + 4);
                for (Map.Entry<String, JsonNode> kept : s.properties()) {
                    keys.add(kept.getKey());
                    values.add(kept.getValue());
                }
                changed = true;
            }
            int i = targetKeys.indexOf(k);
            int at = -1;
            for (int p = i - 1; p >= 0 && at < 0; p--) {
                int found = keys.indexOf(targetKeys.get(p));
                at = found >= 0 ? found + 1 : -1;
            }
            for (int q = i + 1; q < targetKeys.size() && at < 0; q++) {
                at = keys.indexOf(targetKeys.get(q));
            }
            if (at < 0) {
                at = keys.size();
            }
            keys.add(at, k);
            values.add(at, t.get(k));
            changed = true;
        }
        if (!changed) {
            return s;
        }
        ObjectNode out = NODES.objectNode();
        for (int i = 0; i < keys.size(); i++) {
            out.set(keys.get(i), values.get(i));
        }
        return out;
    }

    private ArrayNode arrays(ArrayNode s, ArrayNode b, ArrayNode t) {
        ArrayNode inPlace = itemByItem(s, b, t);
        if (inPlace != null) {
            return inPlace;
        }
        int[] baseToSource = ItemMatcher.match(b, s);
        int[] targetToBase = ItemMatcher.match(t, b);
        ArrayNode out = NODES.arrayNode(t.size());
        List<Integer> origin = new ArrayList<>(t.size());
        boolean[] sourceUsed = new boolean[s.size()];
        for (int j : baseToSource) {
            if (j >= 0) {
                sourceUsed[j] = true;
            }
        }
        for (int i = 0; i < t.size(); i++) {
            int bi = targetToBase[i];
            int si = bi >= 0 ? baseToSource[bi] : -1;
            if (si >= 0) {
                out.add(merge(s.get(si), b.get(bi), t.get(i)));
                origin.add(si);
            } else if (bi < 0 || !Semantic.equal(b.get(bi), t.get(i))) {
                out.add(t.get(i));
                origin.add(-1);
            }
        }
        // Items only the source has (not in base): keep them after their source predecessor.
        for (int si = 0; si < s.size(); si++) {
            if (sourceUsed[si]) {
                continue;
            }
            int at = 0;
            for (int k = 0; k < origin.size(); k++) {
                if (origin.get(k) >= 0 && origin.get(k) < si) {
                    at = k + 1;
                }
            }
            out.insert(at, s.get(si));
            origin.add(at, si);
        }
        boolean changed = out.size() != s.size();
        for (int i = 0; i < out.size() && !changed; i++) {
            changed = out.get(i) != s.get(i);
        }
        if (!changed) {
            return s;
        }
        origins.put(out, origin.stream().mapToInt(Integer::intValue).toArray());
        return out;
    }
    /**
     * The common cases without matching: lists of one length whose items are unchanged, or named
     * items standing in the same places. Null when the items must be matched.
     */
    private ArrayNode itemByItem(ArrayNode s, ArrayNode b, ArrayNode t) {
        int n = s.size();
        if (b.size() != n || t.size() != n) {
            return null;
        }
        JsonNode[] merged = null;
        for (int i = 0; i < n; i++) {
            JsonNode m = merge(s.get(i), b.get(i), t.get(i));
            if (m != s.get(i)) {
                if (!sameName(s.get(i), b.get(i)) || !sameName(b.get(i), t.get(i))) {
                    return null;
                }
                if (merged == null) {
                    merged = new JsonNode[n];
                }
                merged[i] = m;
            }
        }
        if (merged == null) {
            return s;
        }
        ArrayNode out = NODES.arrayNode(n);
        int[] origin = new int[n];
        for (int i = 0; i < n; i++) {
            out.add(merged[i] != null ? merged[i] : s.get(i));
            origin[i] = i;
        }
        origins.put(out, origin);
        return out;
    }

    private static boolean sameName(JsonNode a, JsonNode b) {
        JsonNode x = a.get("name");
        JsonNode y = b.get("name");
        return x != null && x.isTextual() && y != null && y.isTextual() && x.textValue().equals(y.textValue());
    }
}
