package dev.orrery.designer.yaml;

import dev.orrery.core.io.DocumentSpans;
import dev.orrery.core.io.InPlaceDocument;
import dev.orrery.core.io.PipelineFormat;
import dev.orrery.core.model.Pipeline;

/**
 * The YAML tab over a document read from a file: it shows the document as a save would write it
 * (the file's own comments and style, the edits in place), and Apply makes the typed text the
 * document's text, so the next save writes exactly what was typed.
 */
final class InPlaceTab {
    private InPlaceTab() {
    }

    /** Whether the tab, showing {@code format}, shows the file's own text. */
    static boolean covers(InPlaceDocument source, PipelineFormat format) {
        return source != null && source.format() == format;
    }

    /** The document's text (with its {@code ---} line, if it has one) as a save would write it now. */
    static String text(InPlaceDocument source, Pipeline now) {
        String whole = source.write(now).text();
        return DocumentSpans.of(whole).document(source.index());
    }

    /**
     * The reference after Apply: the file's text with the typed text as this document, and as base the
     * tree of the pipeline read from it (taken before anything fills in layout).
     */
    static InPlaceDocument applied(InPlaceDocument source, String typed, Pipeline parsed) {
        String whole = DocumentSpans.of(source.text()).replace(source.index(), typed);
        return new InPlaceDocument(whole, source.index(), source.format(), InPlaceDocument.tree(parsed,
                source.format()));
    }
}
