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

    static StyleSpans<Collection<String>> spans(String text) {
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
