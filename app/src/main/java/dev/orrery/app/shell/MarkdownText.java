package dev.orrery.app.shell;

import java.util.regex.Pattern;

/**
 * Markdown made comfortable to read as plain text: pictures (which a text view cannot show) become
 * their caption, links keep their words. Headings, lists and code stay as written, which reads well.
 */
final class MarkdownText {
    private static final Pattern PICTURE = Pattern.compile("!\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("(?<!!)\\[([^\\]]+)]\\(([^)]*)\\)");

    private MarkdownText() {
    }

    static String readable(String markdown) {
        String text = PICTURE.matcher(markdown).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                "[picture: " + m.group(1) + "]"));
        return LINK.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1)));
    }
}
