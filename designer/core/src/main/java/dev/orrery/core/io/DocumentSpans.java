package dev.orrery.core.io;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;

/**
 * Where each document of a YAML stream lies in its text, so that one document's text can be shown
 * alone (the YAML tab) and put back without touching the others. Document {@code i} runs from the
 * start of the line of its {@code ---} (the file's start for the first) to where the next begins;
 * documents are counted as {@link dev.orrery.core.yaml.YamlReader} counts them (empty ones too).
 */
public final class DocumentSpans {
    private final String text;
    private final List<Integer> starts;

    private DocumentSpans(String text, List<Integer> starts) {
        this.text = text;
        this.starts = starts;
    }

    /** The spans of {@code text}, which must be YAML the reader accepted. */
    public static DocumentSpans of(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Integer.MAX_VALUE); // the text was already read within Orrery's own limits
        options.setMaxAliasesForCollections(Integer.MAX_VALUE); // events only: aliases are not expanded
        List<Integer> lineStarts = lineStarts(text);
        List<Integer> starts = new ArrayList<>();
        for (Event e : new Yaml(options).parse(new StringReader(text))) {
            if (e instanceof DocumentStartEvent) {
                int line = e.getStartMark().getLine();
                starts.add(starts.isEmpty() ? 0 : lineStarts.get(Math.min(line, lineStarts.size() - 1)));
            }
        }
        return new DocumentSpans(text, starts);
    }

    public int count() {
        return starts.size();
    }

    /** The text of document {@code index}, including its {@code ---} line and the comments after it. */
    public String document(int index) {
        return text.substring(starts.get(index), end(index));
    }

    /**
     * The whole text with document {@code index} replaced by {@code documentText}; a document after the
     * first keeps a {@code ---} line, and a document followed by another ends with a line break.
     */
    public String replace(int index, String documentText) {
        String replacement = documentText;
        if (index > 0 && !replacement.startsWith("---")) {
            replacement = "---" + lineBreak() + replacement;
        }
        boolean last = index == starts.size() - 1;
        if (!last && !replacement.isEmpty() && !replacement.endsWith("\n")) {
            replacement = replacement + lineBreak();
        }
        return text.substring(0, starts.get(index)) + replacement + text.substring(end(index));
    }

    private int end(int index) {
        return index + 1 < starts.size() ? starts.get(index + 1) : text.length();
    }

    private String lineBreak() {
        return text.contains("\r\n") ? "\r\n" : "\n";
    }

    /** Offsets where lines start; a line ends at \n, \r\n or a lone \r, as YAML counts them. */
    private static List<Integer> lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                starts.add(i + 1);
            }
        }
        return starts;
    }
}
