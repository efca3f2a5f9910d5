package dev.orrery.core.yaml.inplace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Replacements of ranges of the source text, collected while walking the document and applied in
 * one pass. Inserted text is written with {@code '\n'} and gets the file's own line break.
 */
final class TextEdits {
    private record Edit(int start, int end, String text, int order) { }

    private final List<Edit> edits = new ArrayList<>();

    void replace(int start, int end, String text) {
        if (start < 0 || end < start) {
            throw new PatchException("bad range [" + start + ", " + end + ")");
        }
        edits.add(new Edit(start, end, text, edits.size()));
    }

    void insert(int at, String text) {
        replace(at, at, text);
    }

    int size() {
        return edits.size();
    }

    /** Drops the edits made since {@link #size()} returned {@code mark}. */
    void truncate(int mark) {
        while (edits.size() > mark) {
            edits.remove(edits.size() - 1);
        }
    }

    /** Start of the first edit in the source text (-1 if none). */
    int lowest() {
        return edits.stream().mapToInt(Edit::start).min().orElse(-1);
    }

    /** End of the last edit in the source text (-1 if none). */
    int highest() {
        return edits.stream().mapToInt(Edit::end).max().orElse(-1);
    }

    /** True if some edit inserts text exactly at {@code pos}. */
    boolean insertsAt(int pos) {
        return edits.stream().anyMatch(e -> e.start() == pos && e.end() == pos);
    }

    String apply(String text, String newline) {
        List<Edit> sorted = new ArrayList<>(edits);
        // Insertions before a replacement that starts at the same place, otherwise in order of creation.
        sorted.sort(Comparator.comparingInt(Edit::start).thenComparingInt(e -> e.end() == e.start() ? 0 : 1)
                .thenComparingInt(Edit::order));
        StringBuilder out = new StringBuilder(text.length() + 256);
        int pos = 0;
        for (Edit e : sorted) {
            if (e.start() < pos) {
                throw new PatchException("overlapping edits at " + e.start());
            }
            out.append(text, pos, e.start());
            out.append(newline.equals("\n") ? e.text() : e.text().replace("\n", newline));
            pos = e.end();
        }
        out.append(text, pos, text.length());
        return out.toString();
    }
}
