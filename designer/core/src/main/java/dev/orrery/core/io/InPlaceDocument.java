package dev.orrery.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.core.yaml.inplace.InPlaceYaml;
import dev.orrery.core.argo.ArgoExporter;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.nativefmt.NativeWriter;
import java.util.List;
import java.util.Objects;

/**
 * What a save in place starts from: the file's text as last read or written, which document of it
 * the pipeline is, in which format, and {@code base}, the tree that format's writer gives for the
 * pipeline as it was then. Saving writes only the differences between {@code base} and the tree of
 * the pipeline now into the text, so comments and style survive and untouched documents stay bytes.
 *
 * @param text   the whole file's text
 * @param index  the document's position in the file, as {@link dev.orrery.core.yaml.YamlReader} counts
 * @param format the file's format for this document (an Argo file is saved as Argo, a native one as native)
 * @param base   the writer's tree of the pipeline as read (or as last saved)
 */
public record InPlaceDocument(String text, int index, PipelineFormat format, JsonNode base) {

    public InPlaceDocument {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(base, "base");
    }

    /**
     * The reference for a document just read from {@code fileText}; call before anything changes the
     * pipeline (the designer fills in missing layout afterwards, which a save then writes).
     */
    public static InPlaceDocument opened(String fileText, LoadedDocument document) {
        return new InPlaceDocument(fileText, document.index(), document.format(),
                tree(document.pipeline(), document.format()));
    }

    /** The tree the writer of {@code format} gives for the pipeline (Argo: as the kind it was read as). */
    public static JsonNode tree(Pipeline p, PipelineFormat format) {
        return format == PipelineFormat.NATIVE ? new NativeWriter().write(p) : new ArgoExporter().export(p, p.argoKind);
    }

    /** The new file text and the reference for the save after it. */
    public record Written(String text, InPlaceDocument next) {
    }

    /**
     * The file's text with this document changed to {@code now}; every other byte as in {@link #text}.
     *
     * @throws IllegalArgumentException when the pipeline holds a number that is not finite
     */
    public Written write(Pipeline now) {
        return writeTree(tree(now, format));
    }

    /** As {@link #write}, for a tree already made (off the model, or parsed from text). */
    public Written writeTree(JsonNode target) {
        List<String> infinite = DocumentChecks.nonFiniteNumbers(target);
        if (!infinite.isEmpty()) {
            throw new IllegalArgumentException("the number at " + infinite.get(0) + " is not finite;"
                    + " Kubernetes cannot hold it, so it is not written");
        }
        String out = InPlaceYaml.rewrite(text, index, base, target);
        return new Written(out, new InPlaceDocument(out, index, format, target));
    }
}
