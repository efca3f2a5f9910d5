package dev.orrery.designer.yaml;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/** Simple YAML colouring: comments, keys, quoted strings, numbers and booleans, document markers. */
final class YamlHighlighter {
    private static final Pattern TOKENS = Pattern.compile(
            "(?<COMMENT>(?<=^|\\s)#[^\\n]*)"
                    + "|(?<KEY>^[ \\t]*(?:- )?[^\\s:#'\"{}\\[\\],][^:#\\n]*?(?=:(?:\\s|$)))"
                    + "|(?<STRING>\"(?:[^\"\\\\\\n]|\\\\.)*\"|'(?:[^'\\n]|'')*')"
                    + "|(?<NUMBER>(?<=[:\\-\\[,]\\s?)-?\\d+(?:\\.\\d+)?(?=\\s*$|\\s*[,\\]]))"
                    + "|(?<BOOL>(?<=:\\s)(?:true|false|null)(?=\\s*$))"
                    + "|(?<MARKER>^---\\s*$)",
            Pattern.MULTILINE);

    private YamlHighlighter() {
    }

    /**
     * Texts longer than this are shown without colours: a span per token of a 10 MB document is
     * millions of objects, rebuilt on every keystroke (it ran a 10,000-step pipeline out of a 1 GB heap).
     */
    static final int MAX_HIGHLIGHTED_CHARS = 2_000_000;

    static StyleSpans<Collection<String>> spans(String text) {
        if (text.length() > MAX_HIGHLIGHTED_CHARS) {
            return StyleSpans.singleton(Collections.emptyList(), text.length());
        }
        Matcher m = TOKENS.matcher(text);
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        int last = 0;
        while (m.find()) {
            String style = m.group("COMMENT") != null ? "yaml-comment"
                    : m.group("KEY") != null ? "yaml-key"
                    : m.group("STRING") != null ? "yaml-string"
                    : m.group("NUMBER") != null ? "yaml-number"
                    : m.group("BOOL") != null ? "yaml-bool" : "yaml-marker";
            b.add(Collections.emptyList(), m.start() - last);
            b.add(List.of(style), m.end() - m.start());
            last = m.end();
        }
        b.add(Collections.emptyList(), text.length() - last);
        return b.create();
    }
}
