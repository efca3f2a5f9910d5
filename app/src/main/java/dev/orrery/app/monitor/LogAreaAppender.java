package dev.orrery.app.monitor;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.fxmisc.richtext.util.UndoUtils;

/**
 * Puts parsed log lines into a RichTextFX area and keeps it bounded: one prebuilt document per
 * append (text and style runs in one pass), an optional marker line for lines skipped before it,
 * and trimming of the oldest lines. The log view uses it on the FX thread; {@link LogViewWarmUp}
 * runs the same code on an off-screen area so that the first log shown does not run it cold.
 */
final class LogAreaAppender {
    /** Most stale lines removed in one append: removing 50,000 paragraphs at once costs a frame of its own. */
    static final int TRIM_CHUNK = 5_000;
    static final String SKIPPED_STYLE = "log-skipped";

    private final StyleClassedTextArea area;
    private final int maxLines;
    private int shownLines;
    /** Lines at the top of the area that a skip made stale; trimmed a chunk per append. */
    private int stale;

    LogAreaAppender(StyleClassedTextArea area, int maxLines) {
        this.area = area;
        this.maxLines = maxLines;
    }

    /** A read-only area with the log's style class and no undo history. */
    static StyleClassedTextArea newLogArea() {
        StyleClassedTextArea area = new StyleClassedTextArea();
        area.setEditable(false);
        // a log is never undone: without this, RichTextFX's undo history keeps every appended line
        area.setUndoManager(UndoUtils.noOpUndoManager());
        area.getStyleClass().add("log-area");
        return area;
    }

    /** Empties the area. */
    void clear() {
        area.clear();
        shownLines = 0;
        stale = 0;
    }

    int shownLines() {
        return shownLines;
    }

    /**
     * Appends {@code lines}, after a marker line when {@code skipped} lines were left out before
     * them (what the area showed until then becomes stale and is trimmed a chunk at a time); then
     * trims, and shows the last line when {@code follow}.
     */
    void append(List<AnsiText.Parsed> lines, int skipped, boolean follow) {
        if (lines.isEmpty() && skipped == 0) {
            return;
        }
        if (skipped > 0) {
            stale = shownLines;
        }
        ReadOnlyStyledDocumentBuilder<Collection<String>, String, Collection<String>> doc =
                new ReadOnlyStyledDocumentBuilder<>(area.getSegOps(), area.getInitialParagraphStyle());
        if (shownLines > 0) {
            doc.addParagraph("", List.of()); // joins the area's last line: what follows starts a new one
        }
        int n = 0;
        if (skipped > 0) {
            doc.addParagraph(String.format(Locale.ROOT, "[… %,d lines not shown here: Save full log… has every line]",
                    skipped), List.of(SKIPPED_STYLE));
            n++;
        }
        for (AnsiText.Parsed line : lines) {
            addParagraph(doc, line);
            n++;
        }
        area.append(doc.build());
        shownLines += n;
        trim();
        if (follow) {
            area.showParagraphAtBottom(area.getParagraphs().size() - 1);
        }
    }

    private static void addParagraph(ReadOnlyStyledDocumentBuilder<Collection<String>, String, Collection<String>> doc,
                                     AnsiText.Parsed line) {
        if (line.runs().isEmpty()) {
            doc.addParagraph(line.text(), List.of());
        } else if (line.runs().size() == 1) {
            doc.addParagraph(line.text(), line.runs().get(0).styles());
        } else {
            StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>(line.runs().size());
            for (AnsiText.Run r : line.runs()) {
                spans.add(r.styles(), r.length());
            }
            doc.addParagraph(line.text(), spans.create());
        }
    }

    /**
     * Drops stale lines (at most {@link #TRIM_CHUNK} an append), else the oldest lines once the area
     * holds 10% more than the limit (batched: each delete costs a re-layout).
     */
    private void trim() {
        int drop = 0;
        if (stale > 0) {
            drop = Math.min(stale, TRIM_CHUNK);
            stale -= drop;
        } else if (shownLines > maxLines + maxLines / 10) {
            drop = shownLines - maxLines;
        }
        if (drop > 0) {
            area.deleteText(0, area.getAbsolutePosition(drop, 0));
            shownLines -= drop;
        }
    }
}
