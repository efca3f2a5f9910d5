package dev.orrery.app.cli;

import dev.orrery.core.diff.PipelineDiff;
import dev.orrery.core.io.LoadResult;
import dev.orrery.core.io.LoadedDocument;
import dev.orrery.core.model.Pipeline;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pipelines of two files side by side: one pipeline each are compared whatever their names;
 * otherwise pipelines pair by name (in file order when a name repeats), and the others were added or
 * removed.
 */
final class PipelinePairs {
    /** One pipeline's comparison; {@code before} or {@code after} is null when it is only on one side. */
    record Pair(String name, Pipeline before, Pipeline after, PipelineDiff diff) {
        String status() {
            if (before == null) {
                return "added";
            }
            if (after == null) {
                return "removed";
            }
            return diff.isEmpty() ? "equal" : "changed";
        }

        boolean differs() {
            return !status().equals("equal");
        }
    }

    private PipelinePairs() {
    }

    static List<Pair> of(LoadResult before, LoadResult after) {
        List<Pipeline> a = pipelines(before);
        List<Pipeline> b = pipelines(after);
        List<Pair> out = new ArrayList<>();
        if (a.size() == 1 && b.size() == 1) {
            out.add(compare(a.get(0), b.get(0)));
            return out;
        }
        Map<String, List<Pipeline>> remaining = new LinkedHashMap<>();
        a.forEach(p -> remaining.computeIfAbsent(p.displayName(), k -> new ArrayList<>()).add(p));
        for (Pipeline p : b) {
            List<Pipeline> same = remaining.get(p.displayName());
            if (same != null && !same.isEmpty()) {
                out.add(compare(same.remove(0), p));
            } else {
                out.add(new Pair(p.displayName(), null, p, null));
            }
        }
        remaining.values().forEach(left -> left.forEach(p -> out.add(new Pair(p.displayName(), p, null, null))));
        return out;
    }

    private static Pair compare(Pipeline before, Pipeline after) {
        return new Pair(after.displayName(), before, after, PipelineDiff.between(before, after));
    }

    private static List<Pipeline> pipelines(LoadResult r) {
        return r.documents().stream().map(LoadedDocument::pipeline).toList();
    }
}
