package dev.orrery.core.validate;

import java.util.ArrayList;
import java.util.List;

/**
 * Argo's simple placeholders in a string: the trimmed text between {@code {{} and {@code }}}.
 * Expression placeholders ({@code {{=...}}}) are left out: they are evaluated, not looked up.
 */
final class Placeholders {
    private Placeholders() {
    }

    static List<String> tags(String text) {
        List<String> tags = new ArrayList<>();
        if (text == null) {
            return tags;
        }
        int from = 0;
        while (true) {
            int open = text.indexOf("{{", from);
            if (open < 0) {
                return tags;
            }
            int close = text.indexOf("}}", open + 2);
            if (close < 0) {
                return tags;
            }
            String tag = text.substring(open + 2, close).trim();
            if (!tag.startsWith("=") && !tag.isEmpty()) {
                tags.add(tag);
            }
            from = close + 2;
        }
    }
}
