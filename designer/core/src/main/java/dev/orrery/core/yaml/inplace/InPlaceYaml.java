package dev.orrery.core.yaml.inplace;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.core.yaml.SourceDocument;
import dev.orrery.core.yaml.YamlReader;
import dev.orrery.core.yaml.YamlSyntaxException;
import dev.orrery.core.yaml.YamlWriter;

import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Edits YAML text in place: writes the difference between two trees into the text the way a careful
 * person would in an editor, and leaves every other byte alone (comments, blank lines, quoting,
 * flow or block style, indentation, line endings, other documents of the stream).
 *
 * <p>It is a 3-way merge: {@code base} is the tree the document had when the file was read (as the
 * caller's writer produces it), {@code target} the tree it should have now. Only the changes from
 * base to target are written; where they agree the source text stays, even if it differs from base
 * in form, so normalisation by an importer or exporter never shows up as a change.
 *
 * <p>Safety net: the result is read back with {@link YamlReader}; if the edited document does not
 * read as the merged tree, or another document changed, the whole document is rewritten with
 * {@link YamlWriter} instead (its comments are lost, its data never). See docs/yaml-in-place.md.
 * Stateless and thread-safe; CPU-bound, so call it off the FX thread.
 */
public final class InPlaceYaml {

    private InPlaceYaml() {
    }

    /**
     * What a rewrite did.
     *
     * @param text     the new text of the whole file
     * @param inPlace  true if only the changed parts were written; false if the document had to be
     *                 rewritten whole ({@code reason} says why)
     * @param reason   why the in-place edit was given up, or null
     */
    public record Result(String text, boolean inPlace, String reason) {
    }

    /**
     * The new text of the whole file: {@code sourceText} with document {@code documentIndex} (0-based,
     * as {@link YamlReader} counts) changed from {@code base} to {@code target}; every other byte
     * unchanged. {@code base} may be null: the document's own tree.
     *
     * @throws IllegalArgumentException if {@code sourceText} is not valid YAML or has no such document
     */
    public static String rewrite(String sourceText, int documentIndex, JsonNode base, JsonNode target) {
        return rewriteWithReport(sourceText, documentIndex, base, target).text();
    }

    /** Like {@link #rewrite}, and says whether the edit stayed in place. */
    public static Result rewriteWithReport(String sourceText, int documentIndex, JsonNode base, JsonNode target) {
        return rewrite(sourceText, documentIndex, base, target, UnaryOperator.identity());
    }

    /** {@code tamper} sees the patched text before the safety net does (tests use it to break it). */
    static Result rewrite(String sourceText, int documentIndex, JsonNode base, JsonNode target,
                          UnaryOperator<String> tamper) {
        Objects.requireNonNull(sourceText, "sourceText");
        Objects.requireNonNull(target, "target");
        if (documentIndex < 0) {
            throw new IllegalArgumentException("document index must be >= 0: " + documentIndex);
        }
        if (base != null && Semantic.equal(base, target)) {
            return new Result(sourceText, true, null);
        }
        TextLines lines = new TextLines(sourceText);
        SourceTreeReader positions = new SourceTreeReader(sourceText, lines, documentIndex);
        List<SourceDocument> documents = read(sourceText, positions);
        SourceTree tree = positions.tree();
        JsonNode source = documents.stream().filter(d -> d.index() == documentIndex).findFirst()
                .map(SourceDocument::root).orElse(null);
        JsonNode from = base != null ? base : source;
        // With a base, base == target was ruled out above; comparing again would walk the tree twice.
        if (source != null && base == null && Semantic.equal(from, target)) {
            return new Result(sourceText, true, null);
        }
        String reason;
        if (source == null) {
            reason = "the document is empty";
        } else {
            TreeMerge merge = new TreeMerge();
            JsonNode merged = merge.merge(source, from, target);
            if (merged == source) {
                return new Result(sourceText, true, null);
            }
            try {
                DocumentPatcher patcher = new DocumentPatcher(lines, tree, merge.origins,
                        DocumentStyle.detect(tree.root, lines));
                patcher.patch(tree.root, source, merged);
                String patched = tamper.apply(patcher.edits.apply(sourceText, lines.newline));
                reason = new ReadBackCheck(sourceText, lines, tree).check(patched, patcher, documents, documentIndex, merged);
                if (reason == null) {
                    return new Result(patched, true, null);
                }
            } catch (PatchException e) {
                reason = e.getMessage();
            }
        }
        String whole = rewriteDocument(sourceText, lines, tree.root, target);
        String problem = ReadBackCheck.readsBackAs(whole, documents, documentIndex, target);
        if (problem != null) {
            throw new IllegalStateException("rewriting document " + documentIndex + " failed: " + problem);
        }
        return new Result(whole, false, reason);
    }

    private static List<SourceDocument> read(String text, SourceTreeReader positions) {
        try {
            return YamlReader.defaults().readWithoutLines(text, positions); // the engine needs no line index
        } catch (YamlSyntaxException e) {
            throw new IllegalArgumentException("the text to edit is not valid YAML: " + e.getMessage(), e);
        }
    }

    /** The whole document written by {@link YamlWriter} over the old one's text; comments around it stay. */
    private static String rewriteDocument(String text, TextLines lines, SourceNode root, JsonNode target) {
        String written = YamlWriter.defaults().write(target);
        int start = root.start;
        int end = root.isEmptyPlain() ? root.start : root.end;
        String prefix = "";
        if (lines.onlySpacesBefore(start)) {
            start = lines.startOfLine(start);
        } else {
            prefix = "\n";
        }
        boolean lineFollows = end < text.length() && (text.charAt(end) == '\n' || text.charAt(end) == '\r');
        if (root.isEmptyPlain()) {
            lineFollows = false;
        }
        if (lineFollows || end == text.length() && !lines.endsWithLineBreak()) {
            written = written.substring(0, written.length() - 1);
        }
        String body = prefix + written;
        if (!lines.newline.equals("\n")) {
            body = body.replace("\n", lines.newline);
        }
        return text.substring(0, start) + body + text.substring(end);
    }
}
